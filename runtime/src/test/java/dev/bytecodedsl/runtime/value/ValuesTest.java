package dev.bytecodedsl.runtime.value;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {
    @Test
    void smallIntsRoundTripAtTheBoundaries() {
        for (long i : new long[] {0, 1, -1, Values.SMALL_INT_MAX, Values.SMALL_INT_MIN}) {
            long v = Values.smallInt(i);
            assertTrue(Values.isSmallInt(v));
            assertFalse(Values.isHandle(v));
            assertEquals(i, Values.smallIntValue(v));
        }
        assertEquals(1, Values.smallInt(0));
        assertTrue(Values.fitsSmallInt(Values.SMALL_INT_MAX));
        assertFalse(Values.fitsSmallInt(Values.SMALL_INT_MAX + 1));
        assertFalse(Values.fitsSmallInt(Values.SMALL_INT_MIN - 1));
    }

    @Test
    void immediatesAndHandlesAreDistinct() {
        assertEquals(2, Values.NONE);
        assertEquals(10, Values.FALSE);
        assertEquals(18, Values.TRUE);
        for (long v : new long[] {Values.NULL, Values.NONE, Values.TRUE, Values.FALSE}) {
            assertFalse(Values.isHandle(v));
            assertFalse(Values.isSmallInt(v));
            assertTrue(Values.isImmediate(v));
        }
        assertEquals(8, Values.handleOfIndex(0));
        assertEquals(5, Values.handleIndex(Values.handleOfIndex(5)));
        assertTrue(Values.isHandle(Values.handleOfIndex(123)));
        assertEquals(Values.TRUE, Values.fromBool(true));
        assertEquals(Values.FALSE, Values.fromBool(false));
    }
}
