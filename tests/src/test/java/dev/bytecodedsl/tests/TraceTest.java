package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.optimizer.TraceOptimizer;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.trace.TraceStats;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.runtime.tier2.Tier2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tier 2 end to end: the projected trace of a known loop, that it runs, and invalidation. */
class TraceTest {
    private static final VmOptions TIER2 = VmOptions.defaults().withGcStress(false).withStats(true).withTier2(true)
            .withHotThreshold(2);

    private static ProgramRun run(String program) {
        return run(program, TIER2);
    }

    private static ProgramRun run(String program, VmOptions options) {
        return ProgramRun.of(program, options);
    }

    @Test
    void fibonacciLoopIsProjectedIntoOneTraceThatRuns() {
        ProgramRun run = run(ProgramRun.FIBONACCI, TIER2.withOptimize(false));
        assertEquals("102334155\n", run.out());
        Executor<UopContext> loop = run.onlyLoop("fibonacci");
        assertEquals(List.of(
                "_START_EXECUTOR", "_CHECK_VALIDITY",
                // FOR_ITER_RANGE: type check, the exhaustion exit, the next item
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE",
                "_STORE_FAST_3",                       // _
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2",  // b, a / b
                "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", // a + b
                "SWAP", "STORE_FAST_STORE_FAST",        // a, b = ...
                "_JUMP_TO_TOP"), Tier2.PRINTER.names(loop.trace()));
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

    /**
     * The seeds' worked example: after the first iteration, the loop knows the range iterator's
     * type and that a and b are ints, so the copy of the body that loops has no type guard left;
     * the validity check goes too (nothing in the loop escapes).
     */
    @Test
    void fibonacciLoopIsOptimizedWithoutGuardsAfterTheFirstIteration() {
        ProgramRun run = run(ProgramRun.FIBONACCI);
        assertEquals("102334155\n", run.out());
        Executor<UopContext> loop = run.onlyLoop("fibonacci");
        assertEquals(List.of(
                // the first iteration, with the guards that make its facts known
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_3",
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT",
                "SWAP", "STORE_FAST_STORE_FAST",
                // every later iteration: range-not-exhausted guard, next, store, loads, add, stores
                "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_3",
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2", "_BINARY_OP_ADD_INT",
                "SWAP", "STORE_FAST_STORE_FAST",
                "_JUMP_TO_TOP"), Tier2.PRINTER.names(loop.trace()));
        Trace trace = loop.trace();
        assertEquals(10, trace.operands()[trace.length() - 1]); // _JUMP_TO_TOP continues at the second copy
        assertEquals(loop.loopTop(), trace.targets()[10]);
        // The loop ends through the second copy's exhaustion guard, once per call.
        assertEquals(1, loop.exits(10));
        assertEquals(1, loop.totalExits());
        var stats = run.result().tier2().stats();
        assertEquals(1, stats.sideExits());
        TraceOptimizer<?> optimizer = run.result().tier2().optimizer();
        assertEquals(2, optimizer.guardsRemoved()); // _ITER_CHECK_RANGE and _GUARD_BOTH_INT in the loop copy
    }

    private static final String TRIPLE_ADD = """
            def f(n, a, b):
                for _ in range(n):
                    a += b + b + b
                return a

            print(f(30, 1, 2))
            """;

    @Test
    void tripleAddKeepsOnlyTheGuardsThatCarryNewInformation() {
        ProgramRun projected = run(TRIPLE_ADD, TIER2.withOptimize(false));
        assertEquals("181\n", projected.out());
        assertEquals(List.of(
                "_START_EXECUTOR", "_CHECK_VALIDITY",
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_3",
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2",
                "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT",   // b + b
                "_LOAD_FAST_2", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", // + b
                "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT",  // a += ...
                "_STORE_FAST_1", "_JUMP_TO_TOP"), Tier2.PRINTER.names(projected.onlyLoop("f").trace()));

        ProgramRun optimized = run(TRIPLE_ADD);
        assertEquals("181\n", optimized.out());
        assertEquals(List.of(
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_3",
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2",
                "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT",   // the guard for b
                "_LOAD_FAST_2", "_BINARY_OP_ADD_INT",      // b and b + b are known ints
                "_GUARD_NOS_INT", "_BINARY_OP_ADD_INT",    // the guard for a, narrowed to a alone
                "_STORE_FAST_1",
                "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_3",
                "LOAD_FAST_LOAD_FAST", "_LOAD_FAST_2", "_BINARY_OP_ADD_INT",
                "_LOAD_FAST_2", "_BINARY_OP_ADD_INT", "_BINARY_OP_ADD_INT",
                "_STORE_FAST_1", "_JUMP_TO_TOP"), Tier2.PRINTER.names(optimized.onlyLoop("f").trace()));
    }

    private static final String APPEND_LOOP = """
            def build(n):
                items = []
                for i in range(n):
                    items.append(i)
                return items

            print(len(build(30)))
            """;

    /**
     * items.append(i): the receiver's type guard is the only one; the method load makes list.append
     * a known constant on a known list, so CALL_LIST_APPEND's guard goes, and the loop copy has no
     * guard but the range's.
     */
    @Test
    void listAppendLoopGuardsTheReceiversTypeOnce() {
        ProgramRun run = run(APPEND_LOOP);
        assertEquals("30\n", run.out());
        assertEquals(List.of(
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_2",
                "_LOAD_FAST_1", "_GUARD_TYPE_TAG", "_LOAD_ATTR_METHOD", "_LOAD_FAST_2", "_CALL_LIST_APPEND", "POP_TOP",
                "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_2",
                "_LOAD_FAST_1", "_LOAD_ATTR_METHOD", "_LOAD_FAST_2", "_CALL_LIST_APPEND", "POP_TOP",
                "_JUMP_TO_TOP"), Tier2.PRINTER.names(run.onlyLoop("build").trace()));
    }

    @Test
    void addingAWatchedGlobalInvalidatesTheTrace() {
        ProgramRun run = run(ProgramRun.GLOBALS_GAIN_A_NAME_BETWEEN_CALLS);
        assertEquals("20\n40\n", run.out());
        // The first trace read K through LOAD_GLOBAL_MODULE; `LATER = 0` invalidated it.
        assertInvalidatedAndRetraced(run, Uops._GUARD_GLOBALS_VERSION);
    }

    @Test
    void aNewValueOfAWatchedGlobalLeavesTheTraceValid() {
        ProgramRun run = run(ProgramRun.GLOBAL_CHANGES_BETWEEN_CALLS);
        // The trace reads K's entry live under the version guard: no key changed, nothing to redo.
        assertEquals("20\n40\n", run.out());
        List<Executor<UopContext>> executors = run.function("total").executors().all();
        assertEquals(1, executors.size());
        assertTrue(executors.getFirst().isValid());
        assertEquals(0, run.result().tier2().stats().invalidations());
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
        List<Executor<UopContext>> executors = run.function("total").executors().all();
        TraceStats stats = run.result().tier2().stats();
        assertEquals(2, executors.size());
        assertTrue(executors.get(0).trace().contains(guard));
        assertFalse(executors.get(0).isValid());
        assertTrue(executors.get(1).isValid());
        assertEquals(1, stats.invalidations());
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
        assertEquals(1, run.function("count").executors().all().size());
        assertEquals(0, run.result().tier2().stats().invalidations());
    }

    /**
     * Trace stitching: the inner loop's trace leaves at its end (a branch exit) 200 times; once that
     * exit is hot it gets a side trace that runs the outer loop's step and the inner loop's first pass,
     * then goes on in the inner loop's trace at its ENTER_EXECUTOR. Only the exits before the side
     * trace existed and the last one (f returns) reach tier 1: three, as the loop's trace has two
     * exhaustion exits (the peeled first iteration's, taken on its first entry, and the loop's).
     */
    @Test
    void nestedLoopsRunAsTracesThatHandOverToEachOther() {
        ProgramRun run = run("""
                def f(n):
                    t = 0
                    for i in range(n):
                        for k in range(3):
                            t = t + k
                    return t

                print(f(200))
                """);
        assertEquals("600\n", run.out());
        Executor<UopContext> inner = run.onlyLoop("f");
        int end = Tier2.PRINTER.names(inner.trace()).lastIndexOf("_GUARD_NOT_EXHAUSTED_RANGE");
        Executor<UopContext> side = inner.sideTrace(end);
        assertEquals(List.of("_ITER_CHECK_RANGE", "_GUARD_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "END_FOR"),
                Tier2.PRINTER.names(side.trace()).subList(0, 4));
        assertTrue(side.trace().contains(Uops._CHECK_PERIODIC)); // it followed the outer JUMP_BACKWARD
        assertEquals(inner.jumpIp(), side.trace().target(side.trace().length() - 1));

        var stats = run.result().tier2().stats();
        assertEquals(1, stats.sideTracesCreated());
        assertEquals(3, stats.sideExits() - stats.stitchedExits());
        assertTrue(stats.stitchedExits() >= 390, "stitched: " + stats.stitchedExits()); // two per outer pass
    }

    /**
     * The loop's only way around is through a jump (over the break): the first projection, before the
     * branch history had filled, fell through to the break and out of the loop and was abandoned; a
     * later one follows the jump, with its taken stand-in, and closes the loop.
     */
    @Test
    void aLoopAroundAJumpThatMostlyJumpsIsTracedAlongTheJump() {
        ProgramRun run = run("""
                def first_square_over(limit):
                    n = 0
                    while True:
                        if n * n > limit:
                            break
                        n += 1
                    return n

                print(first_square_over(10000))
                """);
        assertEquals("101\n", run.out());
        Executor<UopContext> loop = run.onlyLoop("first_square_over");
        List<String> uops = Tier2.PRINTER.names(loop.trace());
        assertTrue(uops.contains("_GUARD_IS_FALSE_POP"), uops.toString()); // POP_JUMP_IF_FALSE, taken
        assertEquals("_JUMP_TO_TOP", uops.getLast());
        var stats = run.result().tier2().stats();
        assertTrue(stats.projectionsAbandoned() >= 1);
        assertTrue(stats.uopsExecuted() > 0);
    }

    /**
     * The loop's trace follows the if arm; the else arm, taken every other pass, gets a side trace that
     * goes back into the loop's trace. Only that side trace reads the globals, so `LATER = 0` (a new
     * key) invalidates it alone: it is dropped at its next use, and the exit grows a new one.
     */
    @Test
    void aHotBranchArmGetsASideTraceThatDiesWithItsAssumptions() {
        ProgramRun run = run(ProgramRun.GLOBAL_IN_THE_ELSE_ARM);
        assertEquals("40\n60\n", run.out());
        Executor<UopContext> loop = run.onlyLoop("total");
        assertFalse(loop.trace().contains(Uops._GUARD_GLOBALS_VERSION));
        int branch = Tier2.PRINTER.names(loop.trace()).lastIndexOf("_GUARD_IS_TRUE_POP");
        Executor<UopContext> elseArm = loop.sideTrace(branch);
        assertEquals("_GUARD_IS_FALSE_POP", Tier2.PRINTER.names(elseArm.trace()).getFirst());
        assertTrue(elseArm.trace().contains(Uops._GUARD_GLOBALS_VERSION));
        assertEquals(loop.jumpIp(), elseArm.trace().target(elseArm.trace().length() - 1));

        assertTrue(loop.isValid());
        assertTrue(elseArm.isValid());
        assertEquals(1, run.result().tier2().stats().invalidations());
        // The peeled first iteration's copy of the branch shares the loop copy's side trace.
        int firstCopy = Tier2.PRINTER.names(loop.trace()).indexOf("_GUARD_IS_TRUE_POP");
        assertTrue(firstCopy != branch);
        assertEquals(elseArm, loop.sideTrace(firstCopy));
    }
}
