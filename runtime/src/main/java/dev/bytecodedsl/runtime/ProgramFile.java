package dev.bytecodedsl.runtime;

import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The program named on the command line, opened as CPython's does: a directory runs its
 * {@code __main__.py}, and a file that cannot be read or is not UTF-8 gets CPython's message and
 * exit status.
 */
final class ProgramFile {
    /** What opening gave. */
    sealed interface Opened permits Read, Refused {
    }

    record Read(SourceFile file) implements Opened {
    }

    /** One stderr line and the exit status. */
    record Refused(String message, int exitStatus) implements Opened {
    }

    private ProgramFile() {
    }

    static Opened open(Path source) {
        Path file = source;
        if (Files.isDirectory(source)) {
            file = source.resolve("__main__.py");
            if (!Files.isRegularFile(file)) {
                return new Refused("pyvm: can't find '__main__' module in '" + source + "'", Vm.EXIT_ERROR);
            }
        }
        try {
            return new Read(SourceFile.read(file));
        } catch (SourceFile.InvalidUtf8Exception e) {
            return new Refused(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    e.badByte(), file, e.pos().line()), Vm.EXIT_ERROR);
        } catch (NoSuchFileException e) {
            return cannotOpen(source, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            return cannotOpen(source, "[Errno 13] Permission denied");
        } catch (IOException e) {
            return cannotOpen(source, e.getMessage());
        }
    }

    private static Refused cannotOpen(Path source, String why) {
        return new Refused("pyvm: can't open file '" + source + "': " + why, Vm.EXIT_NO_FILE);
    }
}
