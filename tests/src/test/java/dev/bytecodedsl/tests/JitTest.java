package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.TraceStats;
import dev.bytecodedsl.runtime.VmOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The copy-and-patch JIT end to end: hot loops run as machine code, with tier 1's output. */
class JitTest {
    private static final VmOptions JIT = VmOptions.defaults().withGcStress(false).withStats(true).withJit(true)
            .withHotThreshold(2);

    /** The fibonacci loop entered many times (one call per n), then fibonacci(40). */
    private static final String FIBONACCI = ProgramRun.FIBONACCI.replace("print(", """
            for i in range(30):
                x = fibonacci(i)
            print(""");

    @Test
    void fibonacciLoopRunsAsMachineCode() {
        ProgramRun run = ProgramRun.of(FIBONACCI, JIT);
        assertEquals("102334155\n", run.out());
        List<Executor<UopContext>> executors = run.result().module().nested().stream()
                .filter(c -> c.name().equals("fibonacci")).findFirst().orElseThrow().executors().all();
        assertEquals(1, executors.size());
        Executor<UopContext> loop = executors.get(0);
        assertTrue(loop.isNative());
        assertTrue(loop.nativeEntries() > 0, "native entries: " + loop.nativeEntries());
        TraceStats stats = run.result().tier2().stats();
        assertEquals(stats.executorEntries(), stats.nativeEntries());
        assertEquals(0, stats.uopsExecuted(), "nothing ran on the uop interpreter");
        // Each call leaves the loop once, through the range's exhaustion guard.
        assertEquals(loop.nativeEntries(), loop.totalExits());
    }

    @Test
    void sameOutputAsTier1UnderGcStress() {
        String program = """
                def build(n):
                    items = []
                    for i in range(n):
                        items.append(str(i) + "!")
                    return items

                total = 0
                for i in range(200):
                    total = total + len(build(i % 7))
                print(total, build(3))
                """;
        ProgramRun tier1 = ProgramRun.of(program, VmOptions.defaults().withGcStress(true));
        // --jit-all: these loops allocate through helpers, so by default they would stay in tier 1.
        ProgramRun jit = ProgramRun.of(program, JIT.withGcStress(true).withJitAll(true));
        assertEquals(tier1.out(), jit.out());
        assertTrue(jit.result().tier2().stats().nativeEntries() > 0);
    }

    @Test
    void statsAndDumpShowTheJit() {
        ProgramRun run = ProgramRun.of(FIBONACCI, JIT.withJitDump(true));
        assertTrue(run.err().contains("JIT code for fibonacci, loop "), run.err());
        assertTrue(run.err().contains("_BINARY_OP_ADD_INT"), run.err());
        assertTrue(run.err().contains("hole  code+0x"), run.err());
        String stats = run.result().tier2().formatStats();
        assertTrue(stats.contains("  native entries        "), stats);
        // fibonacci's loop, and the module's loop, whose trace goes on in that loop's trace
        assertTrue(stats.contains("JIT:\n  traces compiled       2\n"), stats);
    }

    @Test
    void anInvalidatedTraceFreesItsCodeAndTheNewOneRunsNatively() {
        ProgramRun run = ProgramRun.of(ProgramRun.GLOBALS_GAIN_A_NAME_BETWEEN_CALLS, JIT);
        assertEquals("20\n40\n", run.out());
        List<Executor<UopContext>> executors = run.result().module().nested().stream()
                .filter(c -> c.name().equals("total")).findFirst().orElseThrow().executors().all();
        assertEquals(2, executors.size());
        assertTrue(executors.get(0).nativeEntries() > 0);
        assertFalse(executors.get(0).isNative(), "the invalidated trace's machine code was freed");
        assertTrue(executors.get(1).isNative());
        assertTrue(executors.get(1).nativeEntries() > 0);
    }

    @Test
    void helperBoundLoopsStayInTierOneUnlessAllTracesAreCompiled() {
        ProgramRun policy = ProgramRun.of(ProgramRun.HELPER_BOUND, JIT);
        assertEquals("440\n", policy.out());
        TraceStats stats = policy.result().tier2().stats();
        assertTrue(policy.function("outer").executors().all().isEmpty());
        assertTrue(stats.tracesDeclined() > 0, "traces left to tier 1: " + stats.tracesDeclined());

        ProgramRun all = ProgramRun.of(ProgramRun.HELPER_BOUND, JIT.withJitAll(true));
        assertEquals("440\n", all.out());
        assertEquals(0, all.result().tier2().stats().tracesDeclined());
        assertTrue(all.onlyLoop("outer").nativeEntries() > 0);
    }

    /**
     * An inner loop whose trace's exit continues in a side trace around the outer loop, and back
     * (while loops: a call of the builtin range would make the side trace depend on globals).
     */
    private static final String NESTED_LOOPS = """
            def f(n):
                t = 0
                i = 0
                while i < n:
                    k = 0
                    while k < 3:
                        t = t + k
                        k += 1
                    i += 1
                return t

            print(f(200))
            """;

    /**
     * Without statistics, the exits the engine stitches are linked in machine code after the first
     * time: the traces hand over to each other without returning to Java (two stitches per outer
     * pass with statistics, where every exit is counted in Java).
     */
    @Test
    void stitchedExitsAreLinkedInMachineCodeWithoutStatistics() {
        Stitches stitches = Stitches.of(NESTED_LOOPS, "600\n");
        assertTrue(stitches.counted() >= 390);
        assertTrue(stitches.throughJava() <= 4, "stitched through Java: " + stitches.throughJava());
    }

    /**
     * The exits a program stitches, counted with statistics (all of them) and through Java without
     * (where linked exits go on in machine code); both runs print {@code out}.
     */
    private record Stitches(long counted, long throughJava, ProgramRun linked) {
        static Stitches of(String program, String out) {
            ProgramRun counted = ProgramRun.of(program, JIT);
            ProgramRun linked = ProgramRun.of(program, JIT.withStats(false));
            assertEquals(out, counted.out());
            assertEquals(out, linked.out());
            return new Stitches(counted.result().tier2().stats().stitchedExits(),
                    linked.result().tier2().stats().stitchedExits(), linked);
        }
    }

    /**
     * An exit is linked to a side trace that reads a global too: its keys-version guard reads the
     * globals live, so after a new global (LATER) it would leave there rather than read a stale
     * entry. The new global still retires the traces when the loop is entered next (an
     * invalidation), and the second call makes new ones, linked in turn.
     */
    @Test
    void anExitIsLinkedToATraceThatReadsGlobals() {
        Stitches stitches = Stitches.of(ProgramRun.GLOBAL_IN_THE_ELSE_ARM, "40\n60\n");
        assertEquals(1, stitches.linked().result().tier2().stats().invalidations());
        assertTrue(stitches.counted() >= 30, "stitches: " + stitches.counted());
        // Each call's traces go through Java until their exits are linked.
        assertTrue(stitches.throughJava() <= 8, stitches.throughJava() + " of " + stitches.counted() + " stitches through Java");
    }
}
