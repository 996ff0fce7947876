package dev.bytecodedsl.runtime.tier2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.trace.Callees;
import dev.bytecodedsl.kit.trace.TraceProjector;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's projection over Python's instruction set, on hand-made code: prefixes, forward jumps,
 * branches, and loops that do not close.
 */
class TraceProjectorTest {
    private static final InstructionSet PYTHON = GeneratedInstructionSet.INSTANCE;

    private static char unit(int opcode, int oparg) {
        return (char) (opcode | oparg << 8);
    }

    @Test
    void extendedArgsAreFoldedAndJumpsForwardFollowed() {
        // 0: EXTENDED_ARG 1; 1: JUMP_FORWARD 0 (so 256 units forward, past filler), 258: LOAD_FAST 2,
        // 259: POP_JUMP_IF_TRUE 5 (its branch history at 260), 261: EXTENDED_ARG 1;
        // 262: JUMP_BACKWARD (264 - 0 = 264 = 256 + 8).
        char[] code = new char[264];
        Arrays.fill(code, unit(Opcodes.NOP, 0));
        code[0] = unit(Opcodes.EXTENDED_ARG, 1);
        code[1] = unit(Opcodes.JUMP_FORWARD, 0);
        code[258] = unit(Opcodes.LOAD_FAST, 2);
        code[259] = unit(Opcodes.POP_JUMP_IF_TRUE, 5);
        code[260] = 0;
        code[261] = unit(Opcodes.EXTENDED_ARG, 1);
        code[262] = unit(Opcodes.JUMP_BACKWARD, 8);
        TraceProjector.Projection p = TraceProjector.project(PYTHON, code, 0, 262, 4, Callees.NONE);
        assertTrue(p.closesLoop());
        Trace t = p.trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_LOAD_FAST_2", "_GUARD_IS_FALSE_POP", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(t));
        assertEquals(4, t.operands()[0]); // the executor's index
        // The closing uop's target is the first prefix, where tier 1 re-reads the whole oparg.
        assertArrayEquals(new int[] {0, 0, 258, 259, 261}, t.targets());
        assertEquals(2, t.opargs()[2]);
    }

    @Test
    void anInstructionThatCannotBeProjectedEndsTheTraceWithoutClosingIt() {
        char[] code = {unit(Opcodes.LOAD_FAST, 0), unit(Opcodes.RETURN_VALUE, 0), unit(Opcodes.JUMP_BACKWARD, 3), 0};
        TraceProjector.Projection p = TraceProjector.project(PYTHON, code, 0, 2, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        List<String> names = Tier2.PRINTER.names(p.trace());
        assertEquals("_EXIT_TRACE", names.getLast());
        assertEquals(1, p.trace().targets()[p.trace().length() - 1]);
    }

    @Test
    void escapingInstructionsGetValidityCheckAndPosition() {
        // 0: LOAD_NAME 0 (escapes), 1: POP_TOP, 2: JUMP_BACKWARD 4
        char[] code = {unit(Opcodes.LOAD_NAME, 0), unit(Opcodes.POP_TOP, 0), unit(Opcodes.JUMP_BACKWARD, 4), 0};
        Trace t = TraceProjector.project(PYTHON, code, 0, 2, 0, Callees.NONE).trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "LOAD_NAME", "POP_TOP", "_JUMP_TO_TOP"),
                Tier2.PRINTER.names(t));
        assertTrue(t.contains(Uops._SET_IP));
    }

    @Test
    void tracesAreCutAtTheLengthLimit() {
        char[] code = new char[TraceProjector.MAX_LENGTH + 2];
        Arrays.fill(code, unit(Opcodes.NOP, 0));
        code[code.length - 2] = unit(Opcodes.JUMP_BACKWARD, code.length);
        assertFalse(TraceProjector.project(PYTHON, code, 0, code.length - 2, 0, Callees.NONE).closesLoop());
    }

    /**
     * 0: LOAD_FAST 0, 1: POP_JUMP_IF_TRUE 4 (to 7; {@code history} is its branch history, at 2),
     * 3: LOAD_FAST 1, 4: POP_TOP, 5: ENTER_EXECUTOR 0, 7: LOAD_FAST 2, 8: POP_TOP, 9: JUMP_BACKWARD 11 (to 0).
     */
    private static char[] branchAroundAnExecutor(int history) {
        return new char[] {unit(Opcodes.LOAD_FAST, 0), unit(Opcodes.POP_JUMP_IF_TRUE, 4), (char) history,
                unit(Opcodes.LOAD_FAST, 1), unit(Opcodes.POP_TOP, 0), unit(Opcodes.ENTER_EXECUTOR, 0), 0,
                unit(Opcodes.LOAD_FAST, 2), unit(Opcodes.POP_TOP, 0), unit(Opcodes.JUMP_BACKWARD, 11), 0};
    }

    @Test
    void aBranchExitSaysTheJumpGoesTheOtherWayThanTheTrace() {
        char[] code = branchAroundAnExecutor(0);
        // _GUARD_IS_FALSE_POP stands in for POP_JUMP_IF_TRUE on a path that falls through.
        assertEquals(TraceProjector.BranchExit.JUMPS, TraceProjector.branchExit(PYTHON, code, 1, Uops._GUARD_IS_FALSE_POP));
        assertEquals(TraceProjector.BranchExit.FALLS_THROUGH,
                TraceProjector.branchExit(PYTHON, code, 1, Uops._GUARD_IS_TRUE_POP));
        assertEquals(TraceProjector.BranchExit.NOTHING, TraceProjector.branchExit(PYTHON, code, 0, Uops._LOAD_FAST_0));
    }

    @Test
    void aSideTraceTakesTheJumpAndRunsAroundTheLoopToTheNextExecutor() {
        TraceProjector.Projection p = TraceProjector.projectBranch(PYTHON, branchAroundAnExecutor(0), 1,
                TraceProjector.BranchExit.JUMPS, 3, Callees.NONE);
        assertFalse(p.closesLoop());
        Trace t = p.trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY",
                "_GUARD_IS_TRUE_POP",                  // POP_JUMP_IF_TRUE, taken
                "_LOAD_FAST_2", "POP_TOP",             // at the jump target
                "_CHECK_PERIODIC",                     // JUMP_BACKWARD, followed
                "_LOAD_FAST_0", "_GUARD_IS_FALSE_POP", "_LOAD_FAST_1", "POP_TOP",
                "_CHECK_PERIODIC",                     // ENTER_EXECUTOR, a back edge: the eval breaker
                "_EXIT_TRACE"), Tier2.PRINTER.names(t)); // at ENTER_EXECUTOR: the engine goes on in it
        assertArrayEquals(new int[] {1, 1, 1, 7, 8, 9, 0, 1, 3, 4, 5, 5}, t.targets());
        assertEquals(3, t.operands()[0]);
    }

    @Test
    void aSideTraceFromATakenJumpsExitFallsThrough() {
        Trace t = TraceProjector.projectBranch(PYTHON, branchAroundAnExecutor(0xFFFF), 1,
                TraceProjector.BranchExit.FALLS_THROUGH, 0, Callees.NONE).trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY",
                "_GUARD_IS_FALSE_POP", "_LOAD_FAST_1", "POP_TOP", "_CHECK_PERIODIC", "_EXIT_TRACE"), Tier2.PRINTER.names(t));
    }

    /**
     * 0: LOAD_FAST 0, 1: POP_JUMP_IF_TRUE (history at 2) over 3: CALL_PY_EXACT_ARGS 0 (its cache
     * after it), then LOAD_FAST 2, POP_TOP, JUMP_BACKWARD to 0: the other arm of a jump that always
     * jumps is a call inside the loop.
     */
    @Test
    void aLoopDoesNotFollowAJumpWhoseOtherArmStopsInsideTheLoop() {
        int cache = OpcodeMetadata.CACHE_SIZE[Opcodes.CALL_PY_EXACT_ARGS];
        char[] code = new char[9 + cache];
        code[0] = unit(Opcodes.LOAD_FAST, 0);
        code[1] = unit(Opcodes.POP_JUMP_IF_TRUE, 1 + cache);
        code[2] = 0xFFFF;
        code[3] = unit(Opcodes.CALL_PY_EXACT_ARGS, 0);
        code[4 + cache] = unit(Opcodes.LOAD_FAST, 2);
        code[5 + cache] = unit(Opcodes.POP_TOP, 0);
        code[6 + cache] = unit(Opcodes.JUMP_BACKWARD, 8 + cache);
        // Along the jump it would close, but leave for tier 1 at every pass that calls: it stays in tier 1.
        TraceProjector.Projection p = TraceProjector.project(PYTHON, code, 0, 6 + cache, 0, Callees.NONE);
        assertFalse(p.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_LOAD_FAST_0", "_GUARD_IS_FALSE_POP", "_EXIT_TRACE"),
                Tier2.PRINTER.names(p.trace()));
        assertEquals(3, p.trace().target(4));
    }

    @Test
    void aLoopFollowsAJumpThatMostlyJumped() {
        // 9 of the last 16 directions jumped: the trace takes the jump and closes the loop.
        Trace t = TraceProjector.project(PYTHON, branchAroundAnExecutor(0b1_1111_1111), 0, 9, 0, Callees.NONE).trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_LOAD_FAST_0",
                "_GUARD_IS_TRUE_POP", "_LOAD_FAST_2", "POP_TOP", "_JUMP_TO_TOP"), Tier2.PRINTER.names(t));
        // Half of them: it falls through, as a jump without history does, into the other executor
        // (the other arm may lead into an inner loop's trace: the 9 of 16 above follow the jump).
        TraceProjector.Projection even = TraceProjector.project(PYTHON, branchAroundAnExecutor(0xFF00), 0, 9, 0, Callees.NONE);
        assertFalse(even.closesLoop());
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_LOAD_FAST_0",
                "_GUARD_IS_FALSE_POP", "_LOAD_FAST_1", "POP_TOP", "_CHECK_PERIODIC", "_EXIT_TRACE"),
                Tier2.PRINTER.names(even.trace()));
    }
}
