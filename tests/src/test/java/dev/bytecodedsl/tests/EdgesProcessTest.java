package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VM at the edges of a process, as CPython 3.11 behaves there (measured with python3): Ctrl-C,
 * closed pipes, terminals. Each test runs {@code pyvm run} as a separate process.
 */
class EdgesProcessTest {
    /** How a JVM reports a child that died of SIGINT (128 + 2), as a shell does. */
    private static final int DIED_OF_SIGINT = 130;

    @TempDir
    Path dir;

    private Path program(String source) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source);
        return file;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /**
     * SIGINT during a loop raises KeyboardInterrupt in the program: what it printed is flushed, the
     * traceback ends in KeyboardInterrupt and the process dies of SIGINT (CPython: the same; before:
     * empty stdout and stderr).
     */
    @ParameterizedTest(name = "pyvm run {0}")
    @ValueSource(strings = {"", "--tier2", "--jit --jit-all"})
    void ctrlCRaisesKeyboardInterrupt(String mode) throws Exception {
        Path p = program("""
                print("started")
                i = 0
                while True:
                    i += 1
                """);
        Process process = PyvmProcess.start(p, mode.isEmpty() ? new String[0] : mode.split(" "));
        Thread.sleep(4000);
        PyvmProcess.interrupt(process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pyvm did not stop on SIGINT");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("started\n", out, err);
        assertEquals("KeyboardInterrupt", lastLine(err), err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertEquals(DIED_OF_SIGINT, process.exitValue(), err);
    }

    /** A KeyboardInterrupt the program handles lets it go on; raised by the program it ends it like SIGINT. */
    @Test
    void keyboardInterruptCanBeCaught() throws Exception {
        Path p = program("""
                try:
                    while True:
                        pass
                except KeyboardInterrupt:
                    print("caught")
                print("after")
                raise KeyboardInterrupt
                """);
        Process process = PyvmProcess.start(p);
        Thread.sleep(4000);
        PyvmProcess.interrupt(process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pyvm did not stop on SIGINT");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("caught\nafter\n", out, err);
        assertEquals("KeyboardInterrupt", lastLine(err), err);
        assertEquals(DIED_OF_SIGINT, process.exitValue(), err);
    }
}
