package dev.bytecodedsl.kit.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit's projection and engine over a made-up instruction set (no generated code, no DSL): what
 * they know of an instruction set is {@link InstructionSet} alone.
 */
class TraceProjectorTest {
    // Opcodes: PUSH (one uop), HALT (no expansion), JUMP_BACKWARD (a counter), ENTER_EXECUTOR, and a
    // CALL and RETURN_VALUE that switch frames.
    static final int PUSH = 1;
    static final int HALT = 2;
    static final int JUMP_BACKWARD = 3;
    static final int ENTER_EXECUTOR = 4;
    static final int CALL = 5;
    static final int RETURN_VALUE = 6;
    // Uops: the six roles, then PUSH's, then the frame switches.
    static final String[] UOPS = {"NOP", "_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "_JUMP_TO_TOP",
            "_CHECK_PERIODIC", "_EXIT_TRACE", "_PUSH", "_PUSH_FRAME", "_POP_FRAME", "_CHECK_CALLER"};
    static final int U_PUSH = 7;
    static final int U_PUSH_FRAME = 8;
    static final int U_POP_FRAME = 9;
    static final int U_CHECK_CALLER = 10;

    /** A tiny instruction set; {@code roles} false: one that declares no trace roles. */
    record Tiny(boolean roles) implements InstructionSet {
        @Override
        public String opcodeName(int opcode) {
            return List.of("CACHE", "PUSH", "HALT", "JUMP_BACKWARD", "ENTER_EXECUTOR", "CALL", "RETURN_VALUE")
                    .get(opcode);
        }

        @Override
        public int cacheSize(int opcode) {
            return opcode == JUMP_BACKWARD || opcode == ENTER_EXECUTOR ? 1 : 0;
        }

        @Override
        public int[] expansion(int opcode) {
            return switch (opcode) {
                case PUSH -> new int[] {U_PUSH, 0, 0};
                case CALL -> new int[] {U_PUSH_FRAME, 0, 0};
                case RETURN_VALUE -> new int[] {U_POP_FRAME, 0, 0};
                default -> null;
            };
        }

        @Override
        public int[] takenExpansion(int opcode) {
            return null;
        }

        @Override
        public int branchHistory(int opcode) {
            return -1;
        }

        @Override
        public int uopLimit() {
            return UOPS.length;
        }

        @Override
        public String uopName(int uop) {
            return UOPS[uop];
        }

        @Override
        public boolean uopEscapes(int uop) {
            return false;
        }

        @Override
        public boolean uopIsGuard(int uop) {
            return false;
        }

        @Override
        public boolean uopIsPure(int uop) {
            return false;
        }

        @Override
        public int uopPopped(int uop, int oparg) {
            return 0;
        }

        @Override
        public int uopPushed(int uop, int oparg) {
            return 0;
        }

        @Override
        public int operandSize(int uop) {
            return 0;
        }

        @Override
        public int fixedOparg(int uop) {
            return -1;
        }

        @Override
        public int replicaOf(int uop) {
            return 0;
        }

        @Override
        public OpcodeRoles opcodeRoles() {
            return roles ? new OpcodeRoles(-1, JUMP_BACKWARD, -1, ENTER_EXECUTOR, Set.of(RETURN_VALUE))
                    : new OpcodeRoles(-1, -1, -1, -1, Set.of());
        }

        @Override
        public UopRoles uopRoles() {
            return roles ? new UopRoles(1, 2, 3, 4, 5, 6, -1, -1, -1, U_PUSH_FRAME, U_POP_FRAME, U_CHECK_CALLER)
                    : new UopRoles(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1);
        }
    }

    private static char unit(int opcode, int oparg) {
        return (char) (opcode | oparg << 8);
    }

    @Test
    void aLoopIsProjectedThroughTheInstructionSetAlone() {
        // 0: PUSH, 1: PUSH, 2: JUMP_BACKWARD 4 (back from its end, 4, to 0), 3: its counter
        char[] code = {unit(PUSH, 0), unit(PUSH, 1), unit(JUMP_BACKWARD, 4), 0};
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), code, 0, 2, 7, Callees.NONE);
        assertTrue(p.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_PUSH", "_JUMP_TO_TOP"),
                new TracePrinter(new Tiny(true)).names(p.trace()));
        assertEquals(7, p.trace().operand(0)); // the executor's index
        assertArrayEquals(new int[] {0, 1}, new int[] {p.trace().oparg(2), p.trace().oparg(3)});
        assertArrayEquals(new int[] {0, 0, 0, 1, 2}, p.trace().targets());
    }

    @Test
    void anInstructionWithoutExpansionEndsTheProjection() {
        char[] code = {unit(PUSH, 0), unit(HALT, 0), unit(JUMP_BACKWARD, 4), 0};
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), code, 0, 2, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        assertEquals("_EXIT_TRACE", new TracePrinter(new Tiny(true)).names(p.trace()).getLast());
        assertEquals(1, p.trace().target(p.trace().length() - 1));
    }

    /**
     * Code may end in an instruction with an expansion that never falls through (a raise): the walk
     * stops at the end of the code instead of reading past it (found by the stress suite: a side
     * trace from a loop's exit into a function's final raise).
     */
    @Test
    void aWalkReachingTheEndOfTheCodeStopsThere() {
        char[] code = {unit(PUSH, 0), unit(PUSH, 1)};
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), code, 0, -1, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_PUSH", "_EXIT_TRACE"),
                new TracePrinter(new Tiny(true)).names(p.trace()));
        assertEquals(1, p.trace().target(p.trace().length() - 1));
    }

    // 0: PUSH, 1: CALL, 2: JUMP_BACKWARD 4 (to 0), 3: its counter; the callee: 0: PUSH, 1: RETURN_VALUE
    private static final char[] CALLER = {unit(PUSH, 0), unit(CALL, 0), unit(JUMP_BACKWARD, 4), 0};
    private static final char[] CALLEE = {unit(PUSH, 5), unit(RETURN_VALUE, 0)};

    @Test
    void aCallIsFollowedIntoTheCalleeAndBackAfterIt() {
        Callees callees = (code, ip) -> code == CALLER && ip == 1 ? new Callees.Callee(42, CALLEE) : null;
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), CALLER, 0, 2, 0, callees);
        assertTrue(p.closesLoop());
        Trace t = p.trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_PUSH_FRAME", "_PUSH", "_POP_FRAME",
                "_JUMP_TO_TOP"), new TracePrinter(new Tiny(true)).names(t));
        assertEquals(42, t.operand(3)); // the callee's version, for the optimizer
        // Targets are code units of each uop's own code: the callee's 0 and 1, then the caller's jump.
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 1, 2}, t.targets());
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 0}, t.frameDepths(U_PUSH_FRAME, U_POP_FRAME));
    }

    @Test
    void anUnknownCalleeStopsTheProjectionAtTheCall() {
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), CALLER, 0, 2, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_EXIT_TRACE"),
                new TracePrinter(new Tiny(true)).names(p.trace()));
        assertEquals(1, p.trace().target(3));
    }

    /**
     * A recursive call from the frame the walk started in is followed into the new frame (where the
     * walk heads for the same loop's back edge, whose trace goes on a frame deeper); a recursive
     * call there stops it, one frame deep.
     */
    @Test
    void recursionIsFollowedOneFrameDeep() {
        Callees recursion = (code, ip) -> new Callees.Callee(1, CALLER);
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), CALLER, 0, 2, 0, recursion);
        assertFalse(p.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_PUSH_FRAME", "_PUSH", "_EXIT_TRACE"),
                new TracePrinter(new Tiny(true)).names(p.trace()));
        assertEquals(1, p.endDepth());
        assertSame(CALLER, p.endCode());
        assertEquals(1, p.trace().target(5));
    }

    /** A return from the frame the trace started in has no caller the trace knows: projection stops. */
    @Test
    void aReturnFromTheTracesOwnFrameStopsTheProjection() {
        TraceProjector.Projection p = TraceProjector.project(new Tiny(true), CALLEE, 0, -1, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        assertEquals(0, p.endDepth());
        assertEquals(1, p.trace().target(p.trace().length() - 1));
    }

    // A recursive function: 0: PUSH, 1: CALL (itself), 2: RETURN_VALUE
    private static final char[] RECURSIVE = {unit(PUSH, 0), unit(CALL, 0), unit(RETURN_VALUE, 0)};

    /** A function's entry trace follows its recursive call and stops at its own start, a frame deeper. */
    @Test
    void aFunctionsEntryTraceStopsAtItsOwnEntryOneCallDeep() {
        Callees itself = (code, ip) -> code == RECURSIVE && ip == 1 ? new Callees.Callee(7, RECURSIVE) : null;
        TraceProjector.Projection p = TraceProjector.projectEntry(new Tiny(true), RECURSIVE, 0, itself);
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_PUSH", "_PUSH_FRAME", "_EXIT_TRACE"),
                new TracePrinter(new Tiny(true)).names(p.trace()));
        assertEquals(1, p.endDepth());
        assertSame(RECURSIVE, p.endCode());
        assertEquals(0, p.trace().target(4));
    }

    /**
     * A return trace checks the caller it was projected for, returns, and walks on in the caller
     * after its call (here around the caller's loop, as a side trace does), one frame up.
     */
    @Test
    void aReturnTraceChecksItsCallerAndGoesOnAfterTheCall() {
        TraceProjector.Projection p = TraceProjector.projectReturn(new Tiny(true), CALLEE, 1, 42, CALLER, 1, 0,
                Callees.NONE);
        Trace t = p.trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_CHECK_CALLER", "_POP_FRAME", "_CHECK_PERIODIC",
                "_PUSH", "_EXIT_TRACE"), new TracePrinter(new Tiny(true)).names(t));
        assertEquals(TraceProjector.callerCheck(42, 1), t.operand(2));
        assertEquals(42L << 32 | 1, t.operand(2));
        assertArrayEquals(new int[] {1, 1, 1, 1, 2, 0, 1}, t.targets());
        assertArrayEquals(new int[] {0, 0, 0, 0, -1, -1, -1}, t.frameDepths(U_PUSH_FRAME, U_POP_FRAME));
        assertEquals(-1, p.endDepth());
        assertSame(CALLER, p.endCode());
    }

    @Test
    void theEngineInstallsEnterExecutorInPlaceAndBacksOffWhenItCannot() {
        char[] code = {unit(PUSH, 0), unit(JUMP_BACKWARD, 3), 0};
        int[] backoffs = {0};
        TraceEngine<Object> engine = new TraceEngine<>(new Tiny(true), trace -> (ctx, sp) -> 0, Assumptions.NONE,
                (units, jumpIp) -> backoffs[0]++, null, 1);
        ExecutorTable<Object> table = new ExecutorTable<>();
        assertEquals(0, engine.loopTop(1, 3));
        Executor<Object> executor = engine.install(code, table, 1, 3, "t", Optimizer.IDENTITY);
        assertEquals(unit(ENTER_EXECUTOR, 0), code[1]);
        assertEquals(executor, table.get(0));
        assertEquals(1, engine.stats().tracesCreated());
        assertEquals(0, backoffs[0]);
    }

    /** A loop the backend declined is declined again, without optimizing its unchanged trace again. */
    @Test
    void theEngineRemembersWhatTheBackendDeclined() {
        char[] code = {unit(PUSH, 0), unit(JUMP_BACKWARD, 3), 0};
        TraceEngine<Object> engine = new TraceEngine<>(new Tiny(true), trace -> (ctx, sp) -> 0, Assumptions.NONE,
                (units, jumpIp) -> { }, null, 1);
        engine.useBackend(new TraceBackend<>() {
            @Override
            public NativeTrace<Object> compile(Trace trace, String name) {
                throw new AssertionError("declined traces are not compiled");
            }

            @Override
            public String reasonToDecline(Trace trace, boolean endsInATrace) {
                return "too many helper calls";
            }

            @Override
            public String formatStats() {
                return "";
            }

            @Override
            public void close() {
            }
        });
        int[] optimized = {0};
        Optimizer counting = trace -> {
            optimized[0]++;
            return trace;
        };
        ExecutorTable<Object> table = new ExecutorTable<>();
        assertEquals(null, engine.install(code, table, 1, 3, "t", counting));
        assertEquals(null, engine.install(code, table, 1, 3, "t", counting));
        assertEquals(2, engine.stats().tracesDeclined());
        assertEquals(1, optimized[0]);
        assertEquals(unit(JUMP_BACKWARD, 3), code[1]);
    }

    @Test
    void anInstructionSetWithoutTheRolesCannotRunTraces() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TraceEngine<>(
                new Tiny(false), trace -> (ctx, sp) -> 0, Assumptions.NONE, (code, ip) -> { }, null, 1));
        assertTrue(e.getMessage().contains("JUMP_BACKWARD"), e.getMessage());
        assertTrue(e.getMessage().contains("_EXIT_TRACE"), e.getMessage());
    }
}
