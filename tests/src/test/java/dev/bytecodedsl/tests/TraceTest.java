package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.runtime.tier2.Assumptions;
import dev.bytecodedsl.runtime.tier2.Executor;
import dev.bytecodedsl.runtime.tier2.TracePrinter;
import dev.bytecodedsl.runtime.vm.RuntimeCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tier 2 end to end: the projected trace of a known loop, that it runs, and invalidation. */
class TraceTest {
    private static final VmOptions TIER2 = VmOptions.defaults().withGcStress(false).withStats(true).withTier2(true)
            .withHotThreshold(2);

    private static final String FIBONACCI = """
            def fibonacci(n):
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, a + b
                return a

            print(fibonacci(40))
            """;

    private static ProgramRun run(String program) {
        return ProgramRun.of(program, TIER2);
    }

    private static RuntimeCode function(ProgramRun run, String name) {
        return run.result().module().nested().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void fibonacciLoopBecomesOneTraceThatRuns() {
        ProgramRun run = run(FIBONACCI);
        assertEquals("102334155\n", run.out());
        List<Executor> executors = function(run, "fibonacci").executors().all();
        assertEquals(1, executors.size());
        Executor loop = executors.get(0);
        assertEquals(List.of(
                "_START_EXECUTOR", "_CHECK_VALIDITY",
                // FOR_ITER_RANGE: type check, the exhaustion exit, the next item
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE",
                "_STORE_FAST_3",                       // _
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2",  // b, a / b
                "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", // a + b
                "SWAP", "STORE_FAST_STORE_FAST",        // a, b = ...
                "_JUMP_TO_TOP"), TracePrinter.names(loop.trace()));
        // Every uop leaves to its own instruction: the loop top for the FOR_ITER_RANGE uops.
        int loopTop = loop.loopTop();
        assertEquals(loopTop, loop.trace().targets()[2]);
        assertEquals(loopTop, loop.trace().targets()[3]);
        assertEquals(loop.jumpIp(), loop.trace().targets()[loop.trace().length() - 1]);

        var stats = run.result().tier2().stats();
        assertEquals(1, stats.tracesCreated());
        assertTrue(stats.uopsExecuted() > 11 * 30, "uops executed: " + stats.uopsExecuted());
        // The loop ends through the exhaustion guard, once per call.
        assertEquals(1, loop.exits(3));
        assertEquals(1, loop.totalExits());
        assertEquals(1, stats.sideExits());
    }

    @Test
    void storingAWatchedGlobalInvalidatesTheTrace() {
        ProgramRun run = run(ProgramRun.GLOBAL_CHANGES_BETWEEN_CALLS);
        assertEquals("20\n40\n", run.out());
        // The first trace read K through LOAD_GLOBAL_MODULE; `K = 2` invalidated it.
        assertInvalidatedAndRetraced(run, Uops._GUARD_GLOBALS_VERSION);
    }

    @Test
    void changingAClassInvalidatesTracesThatGuardOnIt() {
        ProgramRun run = run("""
                class Point:
                    def __init__(self, x):
                        self.x = x

                def total(p, n):
                    t = 0
                    for _ in range(n):
                        t = t + p.x
                    return t

                p = Point(3)
                print(total(p, 20))
                Point.y = 0
                print(total(p, 20))
                """);
        assertEquals("60\n60\n", run.out());
        // The first trace guarded Point's version (LOAD_ATTR_INSTANCE_VALUE); `Point.y = 0` changed it.
        assertInvalidatedAndRetraced(run, Uops._GUARD_TYPE_VERSION);
    }

    /**
     * total()'s first trace, which has {@code guard}, was invalidated between the two calls, so the
     * second call ran its loop in tier 1 again (JUMP_BACKWARD restored) until a new trace was made.
     */
    private static void assertInvalidatedAndRetraced(ProgramRun run, int guard) {
        List<Executor> executors = function(run, "total").executors().all();
        Assumptions assumptions = run.result().tier2().assumptions();
        assertEquals(2, executors.size());
        assertTrue(executors.get(0).trace().contains(guard));
        assertFalse(executors.get(0).isValid(assumptions));
        assertTrue(executors.get(1).isValid(assumptions));
        assertEquals(1, assumptions.invalidations());
    }

    @Test
    void unrelatedGlobalWritesLeaveTracesWithoutGlobalsAlone() {
        ProgramRun run = run("""
                def count(n):
                    c = 0
                    for _ in range(n):
                        c = c + 1
                    return c

                print(count(20))
                X = 1
                print(count(20))
                """);
        assertEquals("20\n20\n", run.out());
        assertEquals(1, function(run, "count").executors().all().size());
        assertEquals(0, run.result().tier2().assumptions().invalidations());
    }
}
