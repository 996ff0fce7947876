package dev.bytecodedsl.cases.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files the generators wrote, with the generator of each: the only files a later run
 * may delete. One line per file, {@code GENERATOR PATH}, the path relative to the manifest's own
 * directory with forward slashes (so a manifest checked in next to its files is valid in every
 * clone), sorted by path.
 */
public record Manifest(Path file, Map<Path, String> generatorOf) {

    static final String HEADER = """
            # Files written by the bytecodedsl generators, one per line: GENERATOR PATH (relative to this file).
            # The generators delete or overwrite only files listed here (or files carrying their header).
            """;

    public Manifest {
        generatorOf = Map.copyOf(generatorOf);
    }

    /** The manifest at {@code file}, empty when there is none yet. */
    public static Manifest read(Path file) throws IOException {
        Map<Path, String> entries = new TreeMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Manifest(file, entries);
        }
        Path dir = directory(file);
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1) {
                throw new IOException(file + ":" + lineNumber + ": not a manifest line (GENERATOR PATH): " + line);
            }
            entries.put(dir.resolve(line.substring(space + 1)).normalize(), line.substring(0, space));
        }
        return new Manifest(file, entries);
    }

    public boolean lists(Path path) {
        return generatorOf.containsKey(path.toAbsolutePath().normalize());
    }

    /** The manifest's text for these entries (absolute, normalized paths). */
    public String render() {
        Path dir = directory(file);
        TreeMap<String, String> lines = new TreeMap<>();
        generatorOf.forEach((path, generator) -> lines.put(
                dir.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"), generator));
        StringBuilder out = new StringBuilder(HEADER);
        lines.forEach((path, generator) -> out.append(generator).append(' ').append(path).append('\n'));
        return out.toString();
    }

    private static Path directory(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }
}
