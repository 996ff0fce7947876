package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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

    /**
     * SIGINT reaches a loop whose passes alternate between its trace's arm and a side trace that
     * exits back into the trace's peeled first pass, so that no pass closes the trace's loop (where
     * traces check the eval breaker): the side trace checks it at the loop's back edge. Before, the
     * interrupt waited for the whole loop (2e9 passes: 117 s with --stats, 13 s in linked machine code).
     */
    @ParameterizedTest(name = "pyvm run {0}")
    @ValueSource(strings = {"--jit", "--jit --stats"})
    void ctrlCStopsALoopOfStitchedTraces(String mode) throws Exception {
        Path p = program("""
                def spin(n):
                    t = 0
                    for i in range(n):
                        if i % 2 == 0:
                            t = t + 1
                        else:
                            t = t + 3
                    return t
                print("started")
                print(spin(10 ** 12))
                """);
        Process process = PyvmProcess.start(p, mode.split(" "));
        Thread.sleep(4000);
        PyvmProcess.interrupt(process);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "pyvm did not stop on SIGINT");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // --stats prints its tables after the traceback
        assertTrue(err.contains("\nKeyboardInterrupt\n"), err);
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

    /**
     * A printing loop whose reader stops after two lines ({@code pyvm run p.py | head -2}) stops at
     * once with BrokenPipeError, exit status 1 (CPython: the same; before: it ran until killed).
     */
    @Test
    void closedPipeStopsAPrintingLoop() throws Exception {
        Path p = program("""
                i = 0
                while True:
                    print("line", i)
                    i += 1
                """);
        Process process = PyvmProcess.start(p);
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("line 0", lines.readLine());
        assertEquals("line 1", lines.readLine());
        lines.close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pyvm went on printing into a closed pipe");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("BrokenPipeError: [Errno 32] Broken pipe", lastLine(err), err);
        assertTrue(err.contains("print(\"line\", i)"), err);
        assertEquals(1, process.exitValue(), err);
    }

    /**
     * A program whose output is still buffered when its reader has gone: CPython's report of the
     * failed flush at exit and status 120 (before: status 0, the output silently lost).
     */
    @Test
    void closedPipeAtExitIsReported() throws Exception {
        Path p = program("""
                x = 0
                for i in range(3000000):
                    x += i
                print("a")
                """);
        Process process = PyvmProcess.start(p);
        process.getInputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                + "BrokenPipeError: [Errno 32] Broken pipe\n", err);
        assertEquals(120, process.exitValue(), err);
    }

    /**
     * On a terminal each line shows when it is printed (CPython: line-buffered; before: only at
     * exit). Runs pyvm under {@code script}, which gives it a pseudo-terminal.
     */
    @Test
    void terminalOutputIsLineBuffered() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) from util-linux");
        Path p = program("""
                print("tick")
                i = 0
                while True:
                    i += 1
                """);
        String command = String.join(" ", PyvmProcess.command(p).stream().map(a -> "'" + a + "'").toList());
        Process process = new ProcessBuilder("/usr/bin/script", "-qfec", command, "/dev/null")
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try {
                Future<String> first = reader.submit(lines::readLine);
                assertEquals("tick", first.get(60, TimeUnit.SECONDS).strip());
            } finally {
                reader.shutdownNow();
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /**
     * Running out of memory is Python's MemoryError: catchable where an operation fails to make its
     * result ({@code "a" * 10**8} under -Xmx64m), and uncaught when the live objects fill the Java
     * heap, with the traceback and exit status 1 (CPython: the same at its own limit; before: "pyvm:
     * internal error: java.lang.OutOfMemoryError", exit 3).
     */
    @ParameterizedTest(name = "pyvm run {0}")
    @ValueSource(strings = {"", "--jit --jit-all"})
    void runningOutOfMemoryIsMemoryError(String mode) throws Exception {
        Path p = program("""
                try:
                    s = "a" * 10**8
                except MemoryError:
                    print("caught")
                def grow():
                    items = []
                    i = 0
                    while True:
                        items.append(str(i) * 50)
                        i += 1
                grow()
                """);
        Process process = new ProcessBuilder(PyvmProcess.command(List.of("-Xmx64m"), p,
                mode.isEmpty() ? new String[0] : mode.split(" "))).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pyvm did not stop");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("caught\n", out, err);
        assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
        assertTrue(err.contains("in grow\n"), err);
        assertEquals("MemoryError", lastLine(err), err);
        assertEquals(1, process.exitValue(), err);
    }

    /**
     * Under {@code ulimit -v 1500000} (with the JVM options ./pyvm gives under a limit) the VM
     * starts and runs a program (before: the fixed 512 MiB table of the object heap and the 512 MiB
     * interpreter stack did not fit, and the run failed).
     */
    @Test
    void startsUnderAnAddressSpaceLimit() throws Exception {
        Path p = program("print(sum(range(10)))\n");
        List<String> java = PyvmProcess.command(List.of("-Xmx375m", "-XX:CompressedClassSpaceSize=64m",
                "-XX:ReservedCodeCacheSize=64m", "-Xlog:os+thread=off", "-XX:ErrorFile=" + dir.resolve("hs_err.log")), p);
        String command = "ulimit -v 1500000 && exec " + String.join(" ", java.stream().map(a -> "'" + a + "'").toList());
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command);
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pyvm did not stop");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("45\n", out, err);
        assertEquals(0, process.exitValue(), err);
    }
}
