package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.runtime.VmOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The stress suite (issue 20): random well-formed programs of the corpus subset from
 * {@code tests/stress/generate.py} (hot loops, calls, classes, exceptions, type changes inside hot
 * loops, numbers on the 63/64-bit boundaries), each run in every mode and compared with CPython
 * 3.11's result. {@code ./run-tests} runs a sample ({@value #DEFAULT_PROGRAMS} programs);
 * {@code tests/stress/run.sh [COUNT] [SEED]} runs the full suite. Skipped when no CPython 3.11 is
 * found ({@code PYTHON}, else {@code python3.11}).
 *
 * <p>System properties: {@code stress.programs} (how many), {@code stress.seed}, {@code stress.dir}
 * (programs already generated there with their results; nothing is generated then).
 */
class StressTest {
    private static final int DEFAULT_PROGRAMS = 24;
    private static final Path GENERATOR = Path.of("stress", "generate.py");

    /** The modes: tier 1, tier 2 and the JIT at threshold 1 (every loop traced), and the JIT with the GC at every safepoint. */
    private static final Map<String, VmOptions> MODES = modes();

    private static Map<String, VmOptions> modes() {
        Map<String, VmOptions> modes = new LinkedHashMap<>();
        modes.put("tier1", VmOptions.defaults());
        modes.put("tier2", VmOptions.defaults().withTier2(true).withHotThreshold(1));
        modes.put("jit", VmOptions.defaults().withJit(true).withJitAll(true).withHotThreshold(1));
        modes.put("jit+gc-stress", VmOptions.defaults().withJit(true).withJitAll(true).withHotThreshold(1).withGcStress(true));
        return modes;
    }

    @Test
    void randomProgramsMatchCPythonInEveryMode() throws Exception {
        Path dir = programs();
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<String> differences = new ArrayList<>();
        for (Path program : programs) {
            ExpectedResult expected = ExpectedResult.of(program);
            for (Map.Entry<String, VmOptions> mode : MODES.entrySet()) {
                Optional<String> difference = expected.difference(ExpectedResult.Run.of(program, mode.getValue()));
                difference.ifPresent(d -> differences.add(program.getFileName() + " (" + mode.getKey() + "): " + d));
            }
        }
        String report = "stress: " + programs.size() + " programs x " + MODES.size() + " modes " + MODES.keySet()
                + " = " + programs.size() * MODES.size() + " runs, " + differences.size() + " differences (programs in "
                + dir + ")";
        System.out.println(report);
        Files.writeString(Path.of("target", "stress-report.txt"), report + "\n" + String.join("\n", differences) + "\n");
        assertEquals(List.of(), differences, report);
    }

    /** The programs' directory: {@code stress.dir}, or a fresh one generated under target/. */
    private static Path programs() throws IOException, InterruptedException {
        String given = System.getProperty("stress.dir", "");
        if (!given.isEmpty()) {
            return Path.of(given);
        }
        String python = System.getenv().getOrDefault("PYTHON", "python3.11");
        Assumptions.assumeTrue(isCPython311(python), "the stress suite needs CPython 3.11 (PYTHON or python3.11)");
        int count = Integer.getInteger("stress.programs", DEFAULT_PROGRAMS);
        int seed = Integer.getInteger("stress.seed", 20);
        Path dir = Path.of("target", "stress", "seed-" + seed + "-n" + count);
        Process generate = new ProcessBuilder(python, GENERATOR.toString(), dir.toString(), Integer.toString(count),
                Integer.toString(seed)).inheritIO().start();
        assertEquals(0, generate.waitFor(), "tests/stress/generate.py failed");
        return dir;
    }

    private static boolean isCPython311(String python) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(python, "-c",
                    "import platform, sys; print(platform.python_implementation(), sys.version_info[:2] == (3, 11))")
                    .redirectErrorStream(true).start();
            String answer = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && answer.equals("CPython True");
        } catch (IOException e) {
            return false;
        }
    }
}
