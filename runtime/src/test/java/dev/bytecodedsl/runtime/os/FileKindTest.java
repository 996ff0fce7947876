package dev.bytecodedsl.runtime.os;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files stdout's buffering may call not a terminal without asking libc. */
class FileKindTest {
    @Test
    void aRegularFileIsNoTerminal(@TempDir Path dir) throws IOException {
        assertTrue(FileKind.surelyNotTerminal(Files.writeString(dir.resolve("out.txt"), "")));
    }

    @Test
    void theNullDeviceIsNoTerminal() {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertTrue(FileKind.surelyNotTerminal(Path.of("/dev/null")));
    }

    @Test
    void aTerminalDeviceMayBeOne() {
        // /dev/tty is the controlling terminal's character device (major 5), whether or not there is one.
        assumeTrue(Files.exists(Path.of("/dev/tty")));
        assertFalse(FileKind.surelyNotTerminal(Path.of("/dev/tty")));
    }

    @Test
    void whatCannotBeReadIsLeftToLibc(@TempDir Path dir) {
        assertFalse(FileKind.surelyNotTerminal(dir.resolve("missing")));
    }
}
