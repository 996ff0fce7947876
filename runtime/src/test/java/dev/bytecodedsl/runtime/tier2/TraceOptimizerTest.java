package dev.bytecodedsl.runtime.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's trace optimizer over Python's abstract interpreter, on hand-made traces: what the generated abstract interpreter learns (types
 * from guards and results, constants), which guards it drops, folding through the uops' own bodies,
 * peeling, and the bookkeeping cleanup.
 */
class TraceOptimizerTest {
    private static final long TWO = 2 << 1 | 1;
    private static final long THREE = 3 << 1 | 1;
    private static final long BIGGEST = DslConstants.SMALL_INT_MAX << 1 | 1;
    private static final CodeContext CODE = new CodeContext(new long[] {TWO, THREE, BIGGEST, DslConstants.TRUE_BITS},
            new long[0], 4, new PyValues(v -> (int) DslConstants.TYPE_OTHER), version -> null);

    /** Builds a projected trace: uop i leaves to target i. */
    private static final class Builder {
        private final List<int[]> uops = new ArrayList<>();

        Builder() {
            add(Uops._START_EXECUTOR).add(Uops._CHECK_VALIDITY);
        }

        Builder add(int uop) {
            return add(uop, 0);
        }

        Builder add(int uop, int oparg) {
            uops.add(new int[] {uop, oparg});
            return this;
        }

        Trace loop() {
            return end(Uops._JUMP_TO_TOP);
        }

        /** A side trace: it does not loop, and ends where projection stopped. */
        Trace exit() {
            return end(Uops._EXIT_TRACE);
        }

        private Trace end(int last) {
            add(last);
            int n = uops.size();
            int[] ids = new int[n];
            int[] opargs = new int[n];
            int[] targets = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = uops.get(i)[0];
                opargs[i] = uops.get(i)[1];
                targets[i] = i;
            }
            return new Trace(ids, opargs, new long[n], targets);
        }
    }

    private static Trace optimize(Trace trace) {
        return new Tier2(true, null, 1).optimizerFor(CODE).optimize(trace);
    }

    @Test
    void aGuardOnValuesAlreadyGuardedOrComputedAsIntsIsRemoved() {
        // local1 = local0 + local0 + local0: the second guard learns nothing new (b + b is an int).
        Trace trace = new Builder().add(Uops._LOAD_FAST_0).add(Uops._LOAD_FAST_0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._LOAD_FAST_0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._STORE_FAST_1).loop();
        Trace optimized = optimize(trace);
        assertEquals(List.of(
                        // first iteration: one guard, for local 0
                        "_LOAD_FAST_0", "_LOAD_FAST_0", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", "_LOAD_FAST_0",
                        "_BINARY_OP_ADD_INT", "_STORE_FAST_1",
                        // later iterations: local 0 is known to be an int
                        "_LOAD_FAST_0", "_LOAD_FAST_0", "_BINARY_OP_ADD_INT", "_LOAD_FAST_0", "_BINARY_OP_ADD_INT",
                        "_STORE_FAST_1", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(optimized));
        assertEquals(7, optimized.operands()[optimized.length() - 1]); // the loop continues at the second copy
    }

    @Test
    void aGuardOnOneKnownOperandNarrowsToTheOther() {
        // local0 + (local1 + local1): the right operand is a computed int, only local0 needs a check.
        Trace trace = new Builder().add(Uops._LOAD_FAST_0).add(Uops._LOAD_FAST_1).add(Uops._LOAD_FAST_1)
                .add(Uops._GUARD_BOTH_INT).add(Uops._BINARY_OP_ADD_INT).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops.POP_TOP).loop();
        List<String> names = Tier2.PRINTER.names(optimize(trace));
        assertEquals(List.of("_LOAD_FAST_0", "_LOAD_FAST_1", "_LOAD_FAST_1", "_GUARD_BOTH_INT",
                "_BINARY_OP_ADD_INT", "_GUARD_NOS_INT", "_BINARY_OP_ADD_INT", "POP_TOP",
                "_LOAD_FAST_0", "_LOAD_FAST_1", "_LOAD_FAST_1", "_BINARY_OP_ADD_INT", "_BINARY_OP_ADD_INT", "POP_TOP",
                "_JUMP_TO_TOP"), names);
    }

    @Test
    void typesFlowThroughLocalsAndStackShuffles() {
        // SWAP and STORE_FAST_STORE_FAST run their own bodies over symbols: the int computed into
        // local 0 is known at the next load, so the loop copy has no guard.
        Trace trace = new Builder().add(Uops._LOAD_FAST_1).add(Uops._LOAD_FAST_0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._LOAD_FAST_1).add(Uops.SWAP, 2)
                .add(Uops.STORE_FAST_STORE_FAST, 0x10).loop();
        List<String> names = Tier2.PRINTER.names(optimize(trace));
        assertEquals(List.of("_LOAD_FAST_1", "_LOAD_FAST_0", "_GUARD_BOTH_INT",
                "_BINARY_OP_ADD_INT", "_LOAD_FAST_1", "SWAP", "STORE_FAST_STORE_FAST",
                "_LOAD_FAST_1", "_LOAD_FAST_0", "_BINARY_OP_ADD_INT", "_LOAD_FAST_1", "SWAP", "STORE_FAST_STORE_FAST",
                "_JUMP_TO_TOP"), names);
    }

    @Test
    void anIntRemainderBySmallIntIsASmallIntButATrueDivisionIsNotAnInt() {
        // local1 = local0 % 3 needs no guard once local0 is known to be an int; local0 / 3 may be a float.
        Trace remainder = new Builder().add(Uops._LOAD_FAST_0).add(Uops._GUARD_TOS_INT).add(Uops.LOAD_CONST, 1)
                .add(Uops._BINARY_OP, (int) DslConstants.NB_REMAINDER).add(Uops._GUARD_TOS_INT)
                .add(Uops._STORE_FAST_1).loop();
        assertEquals(List.of("_LOAD_FAST_0", "_GUARD_TOS_INT", "_LOAD_CONST_INLINE", "_BINARY_OP",
                        "_STORE_FAST_1", "_LOAD_FAST_0", "_LOAD_CONST_INLINE", "_BINARY_OP", "_STORE_FAST_1",
                        "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(optimize(remainder)));
        Trace division = new Builder().add(Uops._LOAD_FAST_0).add(Uops._GUARD_TOS_INT).add(Uops.LOAD_CONST, 1)
                .add(Uops._BINARY_OP, (int) DslConstants.NB_TRUE_DIVIDE).add(Uops._GUARD_TOS_INT)
                .add(Uops._STORE_FAST_1).loop();
        assertEquals(3, Tier2.PRINTER.names(optimize(division)).stream().filter("_GUARD_TOS_INT"::equals).count());
    }

    @Test
    void pureUopsOnConstantsAreFoldedByRunningTheirBody() {
        // local0 = 2 * 3: both loads and the multiplication become one _LOAD_CONST_INLINE of 6.
        Trace trace = new Builder().add(Uops.LOAD_CONST, 0).add(Uops.LOAD_CONST, 1).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_MULTIPLY_INT).add(Uops._STORE_FAST_0).loop();
        Trace optimized = optimize(trace);
        assertEquals(List.of("_LOAD_CONST_INLINE", "_STORE_FAST_0", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(optimized));
        assertEquals(6 << 1 | 1, optimized.operands()[0]);
        assertEquals(5, optimized.targets()[0]); // the multiplication's instruction
        assertEquals(0, optimized.operands()[2]); // no peeling: the second copy learned nothing more
    }

    @Test
    void aFoldWhoseBodyWouldExitIsNotFolded() {
        // The largest small int + 2 overflows: the body's EXIT_IF fires, so the add stays (its
        // constant inputs still move into the trace).
        Trace trace = new Builder().add(Uops.LOAD_CONST, 2).add(Uops.LOAD_CONST, 0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._STORE_FAST_0).loop();
        assertEquals(List.of("_LOAD_CONST_INLINE", "_LOAD_CONST_INLINE", "_BINARY_OP_ADD_INT", "_STORE_FAST_0",
                "_JUMP_TO_TOP"), Tier2.PRINTER.names(optimize(trace)));
    }

    @Test
    void aBranchOnAKnownFlagDisappears() {
        // LOAD_CONST True; _GUARD_IS_TRUE_POP becomes POP_TOP, and a pure push popped at once goes.
        Trace trace = new Builder().add(Uops.LOAD_CONST, 3).add(Uops._GUARD_IS_TRUE_POP).add(Uops._LOAD_FAST_0)
                .add(Uops._STORE_FAST_1).loop();
        assertEquals(List.of("_LOAD_FAST_0", "_STORE_FAST_1", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(optimize(trace)));
    }

    @Test
    void bookkeepingGoesEvenAroundEscapingCode() {
        // LOAD_NAME escapes, yet neither its _SET_IP nor the loop's validity check stays: each uop
        // carries its own target, which both executors save before an escaping call, and every
        // assumption the trace relies on has its own guard (ENTER_EXECUTOR retires stale traces).
        // _START_EXECUTOR goes too: the engine already made the executor the running one.
        Trace trace = new Builder().add(Uops._SET_IP).add(Uops.LOAD_NAME).add(Uops.POP_TOP).add(Uops._SET_IP)
                .add(Uops._LOAD_FAST_0).add(Uops.POP_TOP).loop();
        Trace optimized = optimize(trace);
        assertEquals(List.of("LOAD_NAME", "POP_TOP", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(optimized));
        assertEquals(0, optimized.operands()[optimized.length() - 1]);
    }

    @Test
    void withoutOptimizingTracesAreLeftAlone() {
        Trace trace = new Builder().add(Uops._LOAD_FAST_0).add(Uops._STORE_FAST_1).loop();
        assertEquals(trace, new Tier2(false, null, 1).optimizerFor(CODE).optimize(trace)); // --no-optimize
    }

    @Test
    void aSideTraceIsOptimizedInOnePassWithoutPeeling() {
        // local1 = local0 + local0 + local0 on the way to the exit: the second guard learns nothing new.
        Trace trace = new Builder().add(Uops._LOAD_FAST_0).add(Uops._LOAD_FAST_0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._LOAD_FAST_0).add(Uops._GUARD_BOTH_INT)
                .add(Uops._BINARY_OP_ADD_INT).add(Uops._STORE_FAST_1).exit();
        Trace optimized = optimize(trace);
        assertEquals(List.of("_LOAD_FAST_0", "_LOAD_FAST_0", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT",
                "_LOAD_FAST_0", "_BINARY_OP_ADD_INT", "_STORE_FAST_1", "_EXIT_TRACE"), Tier2.PRINTER.names(optimized));
        assertEquals(trace.length() - 1, optimized.targets()[optimized.length() - 1]); // the exit keeps its target
    }
}
