package dev.bytecodedsl.kit.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.kit.trace.Trace;
import org.junit.jupiter.api.Test;

/** What the trace compiler patches into each kind of hole. */
class HoleValuesTest {
    private static final long[] ENTRIES = {1000, 1100, 1200, 1300};
    // Made-up uop ids: the kit knows uops only by the numbers a VM's instruction set gives them.
    private static final int START = 0;
    private static final int GUARD = 1;
    private static final int ADD = 2;
    private static final int JUMP_TO_TOP = 3;

    /** A peeled loop: uops 1..2 are the first iteration, _JUMP_TO_TOP continues at the copy (uop 2). */
    private static final Trace PEELED = new Trace(
            new int[] {START, GUARD, ADD, JUMP_TO_TOP},
            new int[] {0, 0, 13, 0}, new long[] {0, 0, 0, 2}, new int[] {10, 12, 12, 14});

    private static long value(HoleValue value, int index) {
        return new HoleValues(PEELED, JUMP_TO_TOP, index, ENTRIES, 5000, 6000, 42, 8000)
                .of(new Hole(0, HoleKind.X86_64_ABS64, value, value == HoleValue.HELPER ? "f" : "", 0), helper -> 7000);
    }

    @Test
    void theLoopClosesAtTheUopJumpToTopNames() {
        assertEquals(1200, value(HoleValue.JUMP_TARGET, 3), "the peeled body's copy, not uop 0");
    }

    @Test
    void continueIsTheNextUop() {
        assertEquals(1100, value(HoleValue.CONTINUE, 0));
        assertEquals(1300, value(HoleValue.CONTINUE, 2));
    }

    @Test
    void numericHolesComeFromTheUop() {
        assertEquals(13, value(HoleValue.OPARG, 2));
        assertEquals(2, value(HoleValue.OPERAND, 3));
        assertEquals(12, value(HoleValue.TARGET, 1));
        assertEquals(3, value(HoleValue.UOP_INDEX, 3));
        assertEquals(7000, value(HoleValue.HELPER, 0));
    }

    @Test
    void exitsLeaveTheTraceIdAndLinkThroughTheirOwnSlot() {
        assertEquals(42, value(HoleValue.TRACE_ID, 1));
        assertEquals(8000, value(HoleValue.EXIT_LINK, 0));
        assertEquals(8016, value(HoleValue.EXIT_LINK, 2), "one 8-byte slot per uop");
    }
}
