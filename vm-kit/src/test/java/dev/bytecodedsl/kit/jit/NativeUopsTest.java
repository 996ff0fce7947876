package dev.bytecodedsl.kit.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.kit.trace.Trace;
import org.junit.jupiter.api.Test;

/** The uops one run of machine code executed, from its entry, its exit and its loop closes. */
class NativeUopsTest {
    private static final int OP = 0;
    private static final int JUMP_TO_TOP = 9;

    /**
     * Uops 0..2 are the peeled first iteration, 3..6 the loop body; the loop close (6) jumps back to
     * uop 3. So one pass around the loop is 4 uops.
     */
    private static final Trace PEELED = new Trace(new int[] {OP, OP, OP, OP, OP, OP, JUMP_TO_TOP},
            new int[7], new long[] {0, 0, 0, 0, 0, 0, 3}, new int[7]);

    /** A side trace: no loop close, it ends leaving. */
    private static final Trace LINEAR = new Trace(new int[] {OP, OP, OP, OP}, new int[4], new long[4], new int[4]);

    private static long executed(Trace trace, int entry, int left, long loopCloses) {
        return NativeUops.executed(trace, JUMP_TO_TOP, entry, left, loopCloses);
    }

    @Test
    void withoutLoopingTheUopsFromTheEntryToTheOneThatLeft() {
        assertEquals(3, executed(LINEAR, 0, 2, 0), "the guard at uop 2 failed: it ran too");
        assertEquals(2, executed(LINEAR, 2, 3, 0), "re-entered at uop 2 after an eval-breaker check");
        assertEquals(2, executed(PEELED, 0, 1, 0), "left in the peeled iteration");
    }

    @Test
    void eachJumpBackAddsOnePassOfTheBody() {
        assertEquals(7 + 2, executed(PEELED, 0, 4, 1), "the whole trace, then uops 3 and 4");
        assertEquals(7 + 4 + 4 + 2, executed(PEELED, 0, 4, 3));
        assertEquals(3 + 4 + 1, executed(PEELED, 4, 3, 2), "re-entered at uop 4, left at the top");
    }

    @Test
    void aLoopCloseThatLeftAtTheEvalBreakerDidNotJumpBack() {
        assertEquals(7, executed(PEELED, 0, 6, 1));
        assertEquals(7 + 4, executed(PEELED, 0, 6, 2));
        assertEquals(4, executed(PEELED, 3, 6, 1), "re-entered at the top after the check");
    }
}
