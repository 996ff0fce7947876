package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Coverage;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.trace.TraceStats;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.runtime.tier2.Tier2;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.Vm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Traces through Python calls and returns: a loop that calls a small function is one trace, which
 * switches to the callee's frame at _PUSH_FRAME and back at _POP_FRAME, on the uop interpreter and
 * in machine code; exits and errors in the callee behave as in tier 1.
 */
class CallTraceTest {
    private static final VmOptions TIER2 = VmOptions.defaults().withGcStress(false).withStats(true).withTier2(true)
            .withHotThreshold(2);
    private static final VmOptions JIT = TIER2.withJit(true).withJitAll(true);

    private static final String ADD_IN_A_LOOP = """
            def add(a, b):
                return a + b

            def total(n):
                t = 0
                for i in range(n):
                    t = add(t, i)
                return t

            print(total(100))
            """;

    @Test
    void aLoopCallingASmallFunctionIsOneTraceThroughTheCallAndTheReturn() {
        ProgramRun run = ProgramRun.of(ADD_IN_A_LOOP, TIER2.withOptimize(false));
        assertEquals("4950\n", run.out());
        Trace trace = run.onlyLoop("total").trace();
        assertEquals(List.of(
                "_START_EXECUTOR", "_CHECK_VALIDITY",
                "_ITER_CHECK_RANGE", "_GUARD_NOT_EXHAUSTED_RANGE", "_ITER_NEXT_RANGE", "_STORE_FAST_2",
                "_GUARD_GLOBALS_VERSION", "_LOAD_GLOBAL_MODULE",           // add
                "LOAD_FAST_LOAD_FAST",                                      // t, i
                "_CHECK_VALIDITY", "_SET_IP",
                "_CHECK_FUNCTION_EXACT_ARGS", "_CHECK_STACK_SPACE", "_PUSH_FRAME",
                "_RESUME_CHECK", "LOAD_FAST_LOAD_FAST", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", // in add: a + b
                "_CHECK_VALIDITY", "_SET_IP", "_POP_FRAME",                 // return
                "_STORE_FAST_1",                                            // t = ...
                "_JUMP_TO_TOP"), Tier2.PRINTER.names(trace));
        // Each uop leaves to an instruction of its own code object: add's start in the callee.
        int push = Tier2.PRINTER.names(trace).indexOf("_PUSH_FRAME");
        assertEquals(0, trace.target(push + 1));
        TraceStats stats = run.result().tier2().stats();
        assertEquals(1, stats.tracesCreated());
        assertEquals(0, stats.projectionsAbandoned());
        assertEquals(1, stats.sideExits()); // the range's end, once
    }

    /** What is known flows into the callee and back: from the second pass on, add needs no int guard. */
    @Test
    void theOptimizerFollowsTheCallIntoTheCalleesFrame() {
        ProgramRun run = ProgramRun.of(ADD_IN_A_LOOP, TIER2);
        assertEquals("4950\n", run.out());
        List<String> loop = Tier2.PRINTER.names(run.onlyLoop("total").trace());
        int secondCopy = loop.lastIndexOf("_PUSH_FRAME");
        assertTrue(secondCopy > loop.indexOf("_PUSH_FRAME"), "peeled: " + loop);
        assertEquals(List.of("_RESUME_CHECK", "LOAD_FAST_LOAD_FAST", "_BINARY_OP_ADD_INT", "_POP_FRAME", "_STORE_FAST_1",
                "_JUMP_TO_TOP"), loop.subList(secondCopy + 1, loop.size()));
    }

    @Test
    void theTraceRunsThroughTheCallAsMachineCode() {
        ProgramRun run = ProgramRun.of(ADD_IN_A_LOOP, JIT);
        assertEquals("4950\n", run.out());
        Executor<UopContext> loop = run.onlyLoop("total");
        assertTrue(loop.trace().contains(Uops._PUSH_FRAME));
        assertTrue(loop.nativeEntries() > 0, "native entries: " + loop.nativeEntries());
    }

    /**
     * Machine code pushes the callee's frame as a native record and pops it itself (bytecodes.def's
     * _PUSH_FRAME and _POP_FRAME under if (native_code())): a call costs no upcall.
     */
    @Test
    void machineCodeCallsAndReturnsWithoutUpcalls() {
        ProgramRun run = ProgramRun.of(ADD_IN_A_LOOP, JIT);
        assertEquals("4950\n", run.out());
        Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
        assertTrue(coverage.nativeUops() > 100 * 10, coverage.format());
        assertEquals(0, coverage.totalUpcalls(), coverage.format());
    }

    private static final String CLAMP_IN_A_LOOP = """
            def clamp(v, lo, hi):
                if v < lo:
                    return lo
                if v > hi:
                    return hi
                return v

            def total(n):
                t = 0
                for i in range(n):
                    t = t + clamp(i % 10, 2, 7)
                return t

            print(total(1000))
            """;

    /**
     * clamp's three returns are all hot: the loop's trace follows one, and the exits to the others,
     * inside clamp, grow side traces that start in clamp's frame, return through it and go on in the
     * loop's trace, as a side trace in the loop's own frame does; tier 1 runs almost nothing.
     */
    @Test
    void hotExitsInsideTheCalleeGrowSideTracesThroughItsReturns() {
        for (VmOptions options : List.of(TIER2, JIT)) {
            ProgramRun run = ProgramRun.of(CLAMP_IN_A_LOOP, options);
            assertEquals("4500\n", run.out());
            TraceStats stats = run.result().tier2().stats();
            // one for each of the two other returns (the peeled loop's two copies share it)
            assertEquals(2, stats.sideTracesCreated(), run.result().tier2().formatStats());
            Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
            assertTrue(coverage.tier1Instructions() < 1000, coverage.format());
        }
    }

    private static final String UNCAUGHT_IN_A_CALLEE = """
            def div(a, b):
                return a // b

            def total(n):
                t = 0
                for i in range(n):
                    t = t + div(100, 50 - i)
                return t

            print(total(100))
            """;

    /**
     * An error in a callee machine code called: the frames Java makes of the native records carry
     * the call's position, so the traceback names both lines.
     */
    @Test
    void aTracebackThroughAFrameMachineCodePushedNamesTheCall() {
        for (VmOptions options : List.of(TIER2.withStats(false), JIT.withStats(false))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Vm.Result result = Vm.execute(new SourceFile("test.py", UNCAUGHT_IN_A_CALLEE), options,
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            String traceback = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, result.exitStatus(), traceback);
            assertTrue(traceback.contains("line 7, in total\n    t = t + div(100, 50 - i)\n")
                    && traceback.contains("line 2, in div\n    return a // b\nZeroDivisionError"), traceback);
        }
    }

    /**
     * add gets floats half-way: its int guard leaves the trace inside add, tier 1 runs the rest of
     * add in add's frame and returns to the loop after the call, as if tier 1 had made the call.
     */
    private static final String CALLEE_CHANGES_TYPE = ADD_IN_A_LOOP.replace("add(t, i)", "add(t, i if i < 50 else 0.5)");

    @Test
    void anExitInsideTheCalleeResumesTier1InTheCalleesFrame() {
        for (VmOptions options : List.of(TIER2, JIT)) {
            ProgramRun run = ProgramRun.of(CALLEE_CHANGES_TYPE, options);
            assertEquals("1250.0\n", run.out());
            assertTrue(run.result().tier2().stats().sideExits() > 1);
        }
    }

    private static final String CALLEE_RAISES = """
            def check(x):
                if x == 70:
                    raise ValueError("bad " + str(x))
                return x

            def total(n):
                t = 0
                for i in range(n):
                    t = t + check(i)
                return t

            try:
                print(total(100))
            except ValueError as e:
                print("caught", e)
            """;

    @Test
    void anErrorInsideTheCalleeUnwindsAsInTier1() {
        for (VmOptions options : List.of(TIER2, JIT)) {
            ProgramRun run = ProgramRun.of(CALLEE_RAISES, options);
            assertEquals("caught bad 70\n", run.out());
            assertTrue(run.function("total").executors().all().getFirst().trace().contains(Uops._PUSH_FRAME));
        }
    }

    /**
     * fib_loop (the benchmark, fewer iterations): its outer loop calls a function with a loop of its
     * own, which no trace can hold. The outer loop's trace runs its body into the callee up to the
     * callee's loop, where it leaves for tier 1, which enters the callee loop's own trace.
     */
    @Test
    void fibLoopsOuterLoopHandsOverToTheCalleeLoopsTrace() throws IOException {
        String program = Files.readString(Path.of("../benchmarks/programs/fib_loop.py")).replace("N = 2000000", "N = 200");
        ProgramRun run = ProgramRun.of(program, TIER2);
        assertEquals("fib_loop 200 827900700\n", run.out());
        Trace outer = run.onlyLoop("main").trace();
        List<String> uops = Tier2.PRINTER.names(outer);
        assertTrue(uops.contains("_PUSH_FRAME") && uops.contains("_ITER_NEXT_RANGE"), uops.toString());
        assertEquals("_EXIT_TRACE", uops.getLast());
        assertEquals(1, outer.frameDepths(Uops._PUSH_FRAME, Uops._POP_FRAME)[outer.length() - 1]);
        assertEquals(1, run.function("fibonacci").executors().all().size());
    }

    /**
     * The JIT's side of the same loop: the engine continues the outer trace's end, one call deep,
     * in the callee loop's trace (linked in machine code: range() and iter() upcalls are amortized
     * there), so the outer loop is compiled too, and only fibonacci's return runs in tier 1.
     */
    @Test
    void aTraceEndingAtACalleesLoopGoesOnInThatLoopsTrace() throws IOException {
        String program = Files.readString(Path.of("../benchmarks/programs/fib_loop.py")).replace("N = 2000000", "N = 200");
        ProgramRun run = ProgramRun.of(program, JIT.withJitAll(false));
        assertEquals("fib_loop 200 827900700\n", run.out());
        Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
        assertEquals(0, coverage.totalLoopsLeft(), coverage.format());
        assertTrue(run.onlyLoop("main").isNative());
        assertTrue(run.function("fibonacci").executors().all().getFirst().isNative());
        // every pass but the first few goes from the outer trace into the inner one without tier 1
        TraceStats stats = run.result().tier2().stats();
        assertTrue(stats.stitchedExits() > 150, run.result().tier2().formatStats());
    }

    /**
     * The passes of solve's loop that recurse follow the call into the new frame of solve, through
     * its start, up to that frame's copy of the loop, where the loop's own trace goes on a frame
     * deeper (in machine code, a linked exit): the search runs mostly as traces, on the uop
     * interpreter and in machine code; only the loop's end returns through tier 1.
     */
    @Test
    void aRecursiveSearchFollowsItsRecursionIntoItsLoopsOwnTrace() throws IOException {
        // nqueens, the benchmark, for 4..8 queens
        String program = Files.readString(Path.of("../benchmarks/programs/nqueens.py")).replace("N = 12", "N = 8");
        for (VmOptions options : List.of(TIER2, JIT.withJitAll(false))) {
            ProgramRun run = ProgramRun.of(program, options);
            assertEquals("nqueens 8 [2, 10, 4, 40, 92]\n", run.out());
            Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
            long traced = coverage.interpretedUops() + coverage.nativeUops();
            assertTrue(traced > 4 * coverage.tier1Instructions(), coverage.format());
            // at most the module's loop over n, whose few passes call queens, then solve, then recurse
            assertTrue(coverage.totalLoopsLeft() <= 1, coverage.format());
            assertEquals(options.jit(), run.onlyLoop("solve").isNative());
        }
    }

    /**
     * As CPython's projection: a call into code the trace is already in would unroll without end, so
     * the loop's trace does not follow depth's recursion; depth, recursive without a loop, has a
     * trace from its entry (FunctionTraceTest), where the loop's trace goes on one call deep.
     */
    @Test
    void aLoopCallingARecursiveFunctionHandsOverToItsEntryTrace() {
        ProgramRun run = ProgramRun.of("""
                def depth(n):
                    if n == 0:
                        return 0
                    return 1 + depth(n - 1)

                def total(n):
                    t = 0
                    for i in range(n):
                        t = t + depth(3)
                    return t

                print(total(50))
                """, TIER2.withHotThreshold(16).withTraceTraces(true)); // depth's own call site specialized by then
        assertEquals("150\n", run.out());
        assertTrue(run.err().contains("Created executor 0 for depth, entry"), run.err());
        List<String> loop = Tier2.PRINTER.names(run.onlyLoop("total").trace());
        assertEquals(List.of("_PUSH_FRAME", "_CHECK_PERIODIC", "_EXIT_TRACE"), loop.subList(loop.size() - 3, loop.size()));
    }
}
