package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Coverage;
import dev.bytecodedsl.kit.jit.UpcallCounts;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.runtime.VmOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The --stats "Coverage" figures are exact: machine code's uops agree with the uop interpreter's
 * count of the same traces and grow by one loop body per iteration; upcalls are one per call of
 * the helper; and without --stats nothing is counted.
 */
class CoverageTest {
    private static final VmOptions JIT = VmOptions.defaults().withGcStress(false).withStats(true).withJit(true)
            .withHotThreshold(2);

    /** A loop without helper calls. */
    private static String sumTo(int n) {
        return """
                def total(n):
                    t = 0
                    for i in range(n):
                        t += i
                    return t
                print(total(%d))
                """.formatted(n);
    }

    /** A loop with one dict_subscr call per iteration (compiled with --jit-all: it is helper-bound). */
    private static String dictReads(int n) {
        return """
                def reads(n, d):
                    t = 0
                    for i in range(n):
                        t += d[3]
                    return t
                print(reads(%d, {3: 1}))
                """.formatted(n);
    }

    private static Coverage coverage(ProgramRun run) {
        return run.result().tier2().coverage(run.result().stats().totalExecutions());
    }

    @Test
    void machineCodeRunsAsManyUopsAsTheUopInterpreterCounts() {
        Coverage jit = coverage(ProgramRun.of(sumTo(1000), JIT));
        Coverage interpreted = coverage(ProgramRun.of(sumTo(1000), JIT.withJit(false).withTier2(true)));
        assertEquals(0, jit.interpretedUops());
        assertTrue(jit.nativeUops() > 1000 * 4, "uops in machine code: " + jit.nativeUops());
        assertEquals(interpreted.interpretedUops(), jit.nativeUops());
        assertEquals(interpreted.tier1Instructions(), jit.tier1Instructions());
    }

    @Test
    void eachMoreIterationRunsOneLoopBodyOfUops() {
        ProgramRun thousand = ProgramRun.of(sumTo(1000), JIT);
        ProgramRun twoThousand = ProgramRun.of(sumTo(2000), JIT);
        Trace trace = thousand.result().module().nested().getFirst().executors().all().getFirst().trace();
        int last = trace.length() - 1;
        int body = trace.length() - trace.successor(last, Uops._JUMP_TO_TOP);
        assertEquals(1000L * body, coverage(twoThousand).nativeUops() - coverage(thousand).nativeUops());
        assertEquals(0, coverage(thousand).totalUpcalls());
    }

    @Test
    void oneUpcallPerIterationOfALoopCallingOneHelper() {
        Coverage thousand = coverage(ProgramRun.of(dictReads(1000), JIT.withJitAll(true)));
        Coverage twoThousand = coverage(ProgramRun.of(dictReads(2000), JIT.withJitAll(true)));
        UpcallCounts.Calls reads = twoThousand.upcalls().getFirst();
        assertEquals("dict_subscr", reads.helper());
        assertEquals(1000, reads.calls() - thousand.upcalls().getFirst().calls());
        assertEquals(twoThousand.totalUpcalls(), twoThousand.escapingUpcalls(), "dict_subscr may raise");
        assertTrue(twoThousand.format().contains("    dict_subscr                  "), twoThousand.format());
    }

    @Test
    void withoutStatsNothingIsCounted() {
        ProgramRun run = ProgramRun.of(dictReads(1000), JIT.withStats(false).withJitAll(true));
        Coverage coverage = coverage(run);
        assertTrue(run.result().tier2().stats().nativeEntries() > 0, "the loop ran as machine code");
        assertEquals(new Coverage(0, 0, 0, List.of(), Map.of()), coverage);
    }

    @Test
    void loopsLeftInTierOneAreCountedByReason() {
        Coverage coverage = coverage(ProgramRun.of(ProgramRun.HELPER_BOUND, JIT));
        assertEquals(Map.of("helper-bound", 1L), coverage.loopsLeft());
        assertTrue(coverage.format().contains("  loops left in tier 1           1 (helper-bound 1)\n"), coverage.format());
    }
}
