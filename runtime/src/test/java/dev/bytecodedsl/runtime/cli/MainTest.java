package dev.bytecodedsl.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: usage errors, --help, check, --stats, --dis, the tier-2 and the JIT flags. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int main(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(0, main("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--stats"));
        assertEquals(Main.EXIT_USAGE, main());
        assertEquals(Main.EXIT_USAGE, main("run"));
        assertEquals(Main.EXIT_USAGE, main("run", "a.py", "--bogus"));
        assertEquals(Main.EXIT_USAGE, main("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--bogus'"));
    }

    @Test
    void checkCompilesWithoutRunningAndReportsEveryBadFile(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.py"), "print(1)\n");
        Path bad = Files.writeString(dir.resolve("bad.py"), "x = 1\nf = lambda: x\n");
        assertEquals(0, main("check", good.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "check runs nothing");
        assertEquals(1, main("check", bad.toString(), good.toString()));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("bad.py\", line 2"), report);
        assertEquals(2, main("check", dir.resolve("missing.py").toString()));
        assertEquals(Main.EXIT_USAGE, main("check"));
    }

    @Test
    void statsAndDisassemblyFollowTheRun(@TempDir Path dir) throws IOException {
        Path program = loopProgram(dir);
        assertEquals(0, main("run", program.toString(), "--stats", "--dis"));
        assertEquals("45\n", out.toString(StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("FOR_ITER_RANGE"), report);
        assertTrue(report.contains("BINARY_OP_ADD_INT"), report);
        assertTrue(report.contains("executions"), report);
    }

    @Test
    void tier2PrintsTracesAndCountsUops(@TempDir Path dir) throws IOException {
        Path program = loopProgram(dir);
        assertEquals(0, main("run", program.toString(), "--tier2", "--hot-threshold", "3", "--trace", "--stats"));
        assertEquals("45\n", out.toString(StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("Created executor 0 for <module>"), report);
        assertTrue(report.contains("_JUMP_TO_TOP"), report);
        assertTrue(report.contains("traces created        1"), report);
        assertTrue(!report.contains("uops executed         0\n"), report);
    }

    @Test
    void jitRunsTracesNativelyAndDumpsThem(@TempDir Path dir) throws IOException {
        Path program = loopProgram(dir);
        // --jit-all: the module-level loop reads and writes globals through helpers, so by default
        // it would stay in tier 1.
        assertEquals(0, main("run", program.toString(), "--jit", "--jit-all", "--hot-threshold", "3", "--jit-dump",
                "--stats"));
        assertEquals("45\n", out.toString(StandardCharsets.UTF_8));
        String report = err.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("JIT code for <module>, loop "), report);
        assertTrue(report.contains("_BINARY_OP_ADD_INT"), report);
        assertTrue(report.contains("X86_64_"), report);
        assertTrue(report.contains("uops executed         0\n"), "the uop interpreter did not run: " + report);
        assertTrue(report.contains("native entries        1\n"), report);
        assertTrue(report.contains("traces compiled       1\n"), report);
    }

    /** A module-level loop that prints 45. */
    private static Path loopProgram(Path dir) throws IOException {
        Path program = dir.resolve("p.py");
        Files.writeString(program, "t = 0\nfor i in range(10):\n    t = t + i\nprint(t)\n");
        return program;
    }

    @Test
    void hotThresholdNeedsAPositiveNumber() {
        assertEquals(Main.EXIT_USAGE, main("run", "a.py", "--tier2", "--hot-threshold"));
        assertEquals(Main.EXIT_USAGE, main("run", "a.py", "--tier2", "--hot-threshold", "0"));
        assertEquals(Main.EXIT_USAGE, main("run", "a.py", "--tier2", "--hot-threshold", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--hot-threshold needs a positive number"));
    }
}
