package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Dumps the AST of a program that uses every construct and compares it with the checked-in dump.
 * Run with {@code -Dgolden.update=true} to rewrite the expected file after an intended change, then
 * review it with git diff.
 */
class GoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    @Test
    void sampleProgram() throws IOException {
        String actual = Parsing.dump(Files.readString(DIR.resolve("sample.py")));
        Path expected = DIR.resolve("sample.ast");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual);
    }
}
