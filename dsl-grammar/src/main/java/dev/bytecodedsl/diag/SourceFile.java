package dev.bytecodedsl.diag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of one DSL source file, kept so diagnostics can quote the offending line.
 *
 * @param name the name diagnostics print (as given on the command line, so IDEs can link it)
 * @param text the whole file
 */
public record SourceFile(String name, String text) {

    public static SourceFile read(Path path) throws IOException {
        return new SourceFile(path.toString(), Files.readString(path));
    }

    /** Returns line {@code line} (1-based) without its terminator, or "" when out of range. */
    public String line(int line) {
        List<String> lines = text.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}
