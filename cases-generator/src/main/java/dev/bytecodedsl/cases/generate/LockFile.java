package dev.bytecodedsl.cases.generate;

import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The number lock file as the command line and the Maven plugin see it ({@code bytecodes.lock} next to the first DSL
 * file unless {@code --lock} says otherwise): read when it exists, rewritten atomically by {@code
 * generate} when the run changed it, and part of the drift that {@code check} reports.
 *
 * @param path    where the lock lives (printed as given)
 * @param current its content, empty when there is no lock yet
 */
public record LockFile(Path path, Optional<SourceFile> current) {

    public static final String DEFAULT_NAME = "bytecodes.lock";

    /** The default lock for these DSL files: next to the first one. */
    public static Path defaultPath(String firstDef) {
        return Path.of(firstDef).resolveSibling(DEFAULT_NAME);
    }

    public static LockFile read(Path path) throws IOException {
        if (!Files.exists(path)) {
            return new LockFile(path, Optional.empty());
        }
        try {
            return new LockFile(path, Optional.of(SourceFile.read(path)));
        } catch (NoSuchFileException e) {
            return new LockFile(path, Optional.empty());
        }
    }

    /** Writes {@code text} when it differs from the lock on disk; returns whether it wrote. */
    public boolean update(String text) throws IOException {
        if (current.map(SourceFile::text).filter(text::equals).isPresent()) {
            return false;
        }
        OutputTree.writeAtomically(path, text.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** How the lock differs from {@code text}, in the drift report's format; "" when it does not. */
    public String drift(String text) {
        if (current.isEmpty()) {
            return "missing: " + path + " (the number lock)\n";
        }
        String onDisk = current.get().text();
        if (onDisk.equals(text)) {
            return "";
        }
        return "stale:   " + path + " (the number lock)\n"
                + LineDiff.unified(path + " (on disk)", path + " (generated)", onDisk, text, LineDiff.DEFAULT_MAX_LINES);
    }
}
