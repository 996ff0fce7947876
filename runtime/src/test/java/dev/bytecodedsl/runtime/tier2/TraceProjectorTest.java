package dev.bytecodedsl.runtime.tier2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.generated.Uops;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projection on hand-made code: prefixes, forward jumps, branches, and loops that do not close. */
class TraceProjectorTest {
    private static char unit(int opcode, int oparg) {
        return (char) (opcode | oparg << 8);
    }

    @Test
    void extendedArgsAreFoldedAndJumpsForwardFollowed() {
        // 0: EXTENDED_ARG 1; 1: JUMP_FORWARD 0 (so 256 units forward, past filler), 258: LOAD_FAST 2,
        // 259: POP_JUMP_IF_TRUE 5, 260: EXTENDED_ARG 1; 261: JUMP_BACKWARD (263 - 0 = 263 = 256 + 7).
        char[] code = new char[263];
        Arrays.fill(code, unit(Opcodes.NOP, 0));
        code[0] = unit(Opcodes.EXTENDED_ARG, 1);
        code[1] = unit(Opcodes.JUMP_FORWARD, 0);
        code[258] = unit(Opcodes.LOAD_FAST, 2);
        code[259] = unit(Opcodes.POP_JUMP_IF_TRUE, 5);
        code[260] = unit(Opcodes.EXTENDED_ARG, 1);
        code[261] = unit(Opcodes.JUMP_BACKWARD, 7);
        TraceProjector.Projection p = TraceProjector.project(code, 0, 261, 4);
        assertTrue(p.closesLoop());
        Trace t = p.trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_LOAD_FAST_2", "_GUARD_IS_FALSE_POP", "_JUMP_TO_TOP"),
                TracePrinter.names(t));
        assertEquals(4, t.operands()[0]); // the executor's index
        // The closing uop's target is the first prefix, where tier 1 re-reads the whole oparg.
        assertArrayEquals(new int[] {0, 0, 258, 259, 260}, t.targets());
        assertEquals(2, t.opargs()[2]);
    }

    @Test
    void anInstructionThatCannotBeProjectedEndsTheTraceWithoutClosingIt() {
        char[] code = {unit(Opcodes.LOAD_FAST, 0), unit(Opcodes.RETURN_VALUE, 0), unit(Opcodes.JUMP_BACKWARD, 3), 0};
        TraceProjector.Projection p = TraceProjector.project(code, 0, 2, 0);
        assertFalse(p.closesLoop());
        List<String> names = TracePrinter.names(p.trace());
        assertEquals("_EXIT_TRACE", names.getLast());
        assertEquals(1, p.trace().targets()[p.trace().length() - 1]);
    }

    @Test
    void escapingInstructionsGetValidityCheckAndPosition() {
        // 0: LOAD_NAME 0 (escapes), 1: POP_TOP, 2: JUMP_BACKWARD 4
        char[] code = {unit(Opcodes.LOAD_NAME, 0), unit(Opcodes.POP_TOP, 0), unit(Opcodes.JUMP_BACKWARD, 4), 0};
        Trace t = TraceProjector.project(code, 0, 2, 0).trace();
        assertEquals(List.of("_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "LOAD_NAME", "POP_TOP", "_JUMP_TO_TOP"),
                TracePrinter.names(t));
        assertTrue(t.contains(Uops._SET_IP));
    }

    @Test
    void tracesAreCutAtTheLengthLimit() {
        char[] code = new char[TraceProjector.MAX_LENGTH + 2];
        Arrays.fill(code, unit(Opcodes.NOP, 0));
        code[code.length - 2] = unit(Opcodes.JUMP_BACKWARD, code.length);
        assertFalse(TraceProjector.project(code, 0, code.length - 2, 0).closesLoop());
    }
}
