package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.kit.trace.TraceStats;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test: every tests/corpus program run in-process through {@link Vm#run} must match
 * CPython 3.11's stdout exactly, its exit status, and the last line of its stderr (see
 * tests/corpus/README.md), also when the collector runs at every safepoint and when hot loops run
 * as tier-2 traces (threshold 2, so nearly every loop gets a trace) on the uop interpreter or
 * compiled by the JIT (which must then really have run them natively).
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d\\d_.*\\.py"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPython(String program) throws IOException {
        check(program, VmOptions.defaults().withGcStress(false));
    }

    @ParameterizedTest(name = "{0} (GC stress)")
    @MethodSource("programs")
    void matchesCPythonUnderGcStress(String program) throws IOException {
        check(program, VmOptions.defaults().withGcStress(true));
    }

    @ParameterizedTest(name = "{0} (tier 2)")
    @MethodSource("programs")
    void matchesCPythonWithTraces(String program) throws IOException {
        check(program, VmOptions.defaults().withGcStress(false).withTier2(true).withHotThreshold(2));
    }

    @ParameterizedTest(name = "{0} (tier 2, traces as projected)")
    @MethodSource("programs")
    void matchesCPythonWithUnoptimizedTraces(String program) throws IOException {
        check(program, VmOptions.defaults().withGcStress(false).withTier2(true).withHotThreshold(2).withOptimize(false));
    }

    @ParameterizedTest(name = "{0} (tier 2, GC stress)")
    @MethodSource("programs")
    void matchesCPythonWithTracesUnderGcStress(String program) throws IOException {
        check(program, VmOptions.defaults().withGcStress(true).withTier2(true).withHotThreshold(2));
    }

    @ParameterizedTest(name = "{0} (JIT)")
    @MethodSource("programs")
    void matchesCPythonWithTheJit(String program) throws IOException {
        assertTheJitRan(check(program, VmOptions.defaults().withGcStress(false).withJit(true).withJitAll(true).withHotThreshold(2)));
    }

    @ParameterizedTest(name = "{0} (JIT, GC stress)")
    @MethodSource("programs")
    void matchesCPythonWithTheJitUnderGcStress(String program) throws IOException {
        assertTheJitRan(check(program, VmOptions.defaults().withGcStress(true).withJit(true).withJitAll(true).withHotThreshold(2)));
    }

    /**
     * With --jit-all and without --jit-fallback every trace is compiled (helper-bound loops too, so
     * every stencil the corpus reaches runs) (a uop without a stencil fails the run), and
     * every executor entry of the run was native: nothing silently ran on the uop interpreter.
     */
    private static void assertTheJitRan(Vm.Result result) {
        TraceStats stats = result.tier2().stats();
        assertEquals(stats.executorEntries(), stats.nativeEntries(), "executor entries that ran machine code");
    }

    private static Vm.Result check(String program, VmOptions options) throws IOException {
        ExpectedResult expected = ExpectedResult.of(CORPUS.resolve(program));
        ExpectedResult.Run run = ExpectedResult.Run.of(CORPUS.resolve(program), options);
        assertEquals(expected.out(), run.out(), "stdout; stderr was:\n" + run.err());
        assertEquals(expected.exit(), run.result().exitStatus(), "exit status; stderr was:\n" + run.err());
        assertEquals(expected.error(), run.lastErrLine(), "last stderr line");
        return run.result();
    }
}
