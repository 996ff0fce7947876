package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.jit.Coverage;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.runtime.vm.RuntimeCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traces of functions: a recursive function without a loop gets a trace from its entry (RESUME's
 * counter), and returns from the frame a trace started in go on, once hot, in return traces for the
 * caller they find (_CHECK_CALLER), so a recursion runs as traces from its first call to its last
 * return, on the uop interpreter and in machine code.
 */
class FunctionTraceTest {
    private static final VmOptions TIER2 = VmOptions.defaults().withGcStress(false).withStats(true).withTier2(true);
    private static final VmOptions JIT = TIER2.withJit(true);

    private static final String FIB = """
            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            print(fib(20))
            """;

    @Test
    void aRecursiveFunctionRunsFromItsEntryThroughItsReturnsAsTraces() {
        for (VmOptions options : List.of(TIER2, JIT)) {
            ProgramRun run = ProgramRun.of(FIB, options);
            assertEquals("6765\n", run.out());
            RuntimeCode fib = run.function("fib");
            assertEquals(Opcodes.ENTER_EXECUTOR, fib.code()[0] & 0xFF, "fib's RESUME became ENTER_EXECUTOR");
            Executor<UopContext> entry = fib.executors().all().getFirst();
            assertEquals(options.jit(), entry.isNative());
            Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
            long traced = coverage.interpretedUops() + coverage.nativeUops();
            // tier 1 runs the module and fib's first few calls; every call and return after runs in traces
            assertTrue(traced > 100 * coverage.tier1Instructions(), coverage.format());
            if (options.jit()) {
                assertTrue(coverage.nativeUops() >= 0.99 * traced, coverage.format());
            }
        }
    }

    /** fib's two returns, each to fib's two call sites: four return traces, each checking its caller first. */
    @Test
    void eachReturnHasAChainOfTracesOnePerCaller() {
        ProgramRun run = ProgramRun.of(FIB, TIER2.withTraceTraces(true));
        assertEquals("6765\n", run.out());
        long returnTraces = run.err().lines().filter(l -> l.startsWith("Created return trace for fib, return at ")).count();
        assertEquals(4, returnTraces, run.err());
        assertTrue(run.err().contains("    0:   _CHECK_CALLER operand="), run.err());
        assertEquals(4, run.result().tier2().stats().returnTracesCreated(), run.result().tier2().formatStats());
    }

    /**
     * Returns into frames tier 1 must end itself, the module's and an entry frame's (__init__, which
     * the class call runs in a nested interpreter invocation), leave at the check: fact's return into
     * __init__ has a trace, __init__'s return has none, and the results are tier 1's.
     */
    @Test
    void returnsIntoFramesTier1MustEndLeaveAtTheCheck() {
        ProgramRun run = ProgramRun.of("""
                def fact(n):
                    if n <= 1:
                        return 1
                    return n * fact(n - 1)


                class Box:
                    def __init__(self, n):
                        self.v = fact(n)


                total = 0
                for i in range(300):
                    total = total + fact(i % 12) + Box(i % 5).v
                print(total)
                """, JIT.withTraceTraces(true).withGcStress(true));
        assertEquals("1098869890\n", run.out());
        assertEquals(Opcodes.ENTER_EXECUTOR, run.function("fact").code()[0] & 0xFF);
        assertTrue(run.err().contains("Created return trace for fact, return at 10 to a caller at 8 "), run.err());
        assertFalse(run.err().contains("Created return trace for __init__"), run.err());
    }

    /** A recursive function with a loop has the loop's trace, which follows the recursion; its entry counts on. */
    @Test
    void aFunctionWithALoopGetsNoEntryTrace() {
        ProgramRun run = ProgramRun.of("""
                def walk(n):
                    t = 0
                    for i in range(n):
                        t = t + walk(i // 2)
                    return t + 1

                print(walk(40))
                """, TIER2);
        assertEquals("2257\n", run.out());
        assertEquals(Opcodes.RESUME, run.function("walk").code()[0] & 0xFF);
    }

    /**
     * A new global invalidates every trace that reads globals (fib's own name): the function's
     * traces are made again and run as machine code. A return trace is shared by every exit at its
     * return, so no one of them owns it: the engine frees it once it is invalid, and none runs on the
     * uop interpreter because another trace's invalidation freed its code.
     */
    @Test
    void afterAnInvalidationTheNewTracesRunAsMachineCodeAgain() {
        ProgramRun run = ProgramRun.of("""
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)

                print(fib(20))
                grown = 1
                print(fib(20))
                """, JIT);
        assertEquals("6765\n6765\n", run.out());
        assertTrue(run.result().tier2().stats().invalidations() > 0, run.result().tier2().formatStats());
        Coverage coverage = run.result().tier2().coverage(run.result().stats().totalExecutions());
        assertEquals(0, coverage.interpretedUops(), coverage.format());
        assertTrue(coverage.nativeUops() > 4 * coverage.tier1Instructions(), coverage.format()); // 80% or more
    }

    /**
     * Recursion at its edges, as CPython runs it, on every tier: the recursion limit reached in
     * machine code (its frame records run out, then the stack), 900 frames deep, an exception
     * unwinding through frames machine code pushed, mutual recursion, Ackermann's nested calls, and
     * a recursive function redefined after its traces were made.
     */
    @Test
    void recursionAtItsEdgesRunsAsInCPythonOnEveryTier() {
        String program = """
            def down(n):
                return down(n + 1)

            try:
                down(0)
            except RecursionError as e:
                print("RecursionError", e)

            def deep(n):
                if n == 0:
                    return 0
                return 1 + deep(n - 1)

            t = 0
            for i in range(60):
                t = t + deep(900)
            print(t)

            def boom(n):
                if n == 0:
                    raise ValueError("bottom")
                return boom(n - 1) + 1

            c = 0
            for i in range(200):
                try:
                    boom(i % 40)
                except ValueError as e:
                    c = c + 1
            print(c)

            def is_even(n):
                if n == 0:
                    return True
                return is_odd(n - 1)

            def is_odd(n):
                if n == 0:
                    return False
                return is_even(n - 1)

            e = 0
            for k in range(300):
                if is_even(k % 30):
                    e = e + 1
            print(e)

            def ack(m, n):
                if m == 0:
                    return n + 1
                if n == 0:
                    return ack(m - 1, 1)
                return ack(m - 1, ack(m, n - 1))

            print(ack(2, 300))

            def fib(n):
                if n < 2:
                    return n
                return fib(n - 1) + fib(n - 2)

            print(fib(22))
            def fib(n):
                if n < 2:
                    return n * 10
                return fib(n - 1) + fib(n - 2)
            print(fib(22))
            """;
        String expected = "RecursionError maximum recursion depth exceeded\n54000\n200\n150\n603\n17711\n177110\n";
        for (VmOptions options : List.of(TIER2.withHotThreshold(1), JIT.withHotThreshold(1), JIT.withGcStress(true))) {
            ProgramRun run = ProgramRun.of(program, options);
            assertEquals(expected, run.out());
            assertEquals(options.jit(), run.result().tier2().stats().nativeEntries() > 0);
        }
    }
}
