package dev.bytecodedsl.runtime.tier2;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bytecodedsl.generated.UopCell;
import dev.bytecodedsl.generated.Uops;
import org.junit.jupiter.api.Test;

/**
 * How a trace is decoded into cells: the uops of one instruction share a fused cell, which stands at
 * its first uop's index (the others' slots stay empty), unless the loop close jumps between them.
 */
class UopCellDecodingTest {
    private static final int[] FOR_ITER_RANGE_LOOP = {
            Uops._ITER_CHECK_RANGE, Uops._GUARD_NOT_EXHAUSTED_RANGE, Uops._ITER_NEXT_RANGE, Uops._STORE_FAST_1,
            Uops._JUMP_TO_TOP};

    private static UopCell[] decode(int loopTop) {
        int n = FOR_ITER_RANGE_LOOP.length;
        long[] operands = new long[n];
        operands[n - 1] = loopTop;
        return UopCell.of(FOR_ITER_RANGE_LOOP, new int[n], operands, new int[] {10, 10, 10, 12, 13});
    }

    @Test
    void theUopsOfOneInstructionShareACell() {
        UopCell[] cells = decode(0);
        assertNotNull(cells[0]);
        assertNull(cells[1]);
        assertNull(cells[2]);
        assertNotNull(cells[3]); // another instruction (another target): its own cell
        assertNotNull(cells[4]);
    }

    @Test
    void aCellStartsWhereTheLoopCloseJumps() {
        // After peeling, the loop starts at the exhaustion guard: the type check runs once, on its own.
        UopCell[] cells = decode(1);
        assertNotNull(cells[0]);
        assertNotNull(cells[1]);
        assertNull(cells[2]);
    }
}
