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

    /** Biased exponents 897..1151 have an immediate form: 2^-126 .. just below 2^129. */
    private static final double MIN_IMMEDIATE = 0x1p-126;
    private static final double MAX_IMMEDIATE = Math.nextDown(0x1p129);

    @Test
    void immediateFloatsRoundTripBitExactly() {
        double[] immediates = {0.0, -0.0, 1.0, -1.0, 1.5, 0.1, -2.5e-3, 6.02e23, MIN_IMMEDIATE, -MIN_IMMEDIATE,
            MAX_IMMEDIATE, -MAX_IMMEDIATE, Math.nextUp(MIN_IMMEDIATE), 0x1p128, 1e38, 1.2e-38};
        for (double d : immediates) {
            long v = Values.floatWord(d);
            assertTrue(Values.isFloat(v), () -> d + " has an immediate form");
            assertTrue(Values.isObject(v));
            assertFalse(Values.isHandle(v) || Values.isSmallInt(v) || Values.isImmediate(v));
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Values.floatValue(v)), () -> "round trip of " + d);
        }
        assertEquals(4, Values.floatWord(0.0));
        assertEquals(12, Values.floatWord(-0.0));
    }

    @Test
    void doublesOutsideTheImmediateRangeHaveNoImmediateForm() {
        double[] boxed = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0xfff8000000000000L), Double.longBitsToDouble(0x7ff0000000000001L),
            1e308, -1e308, Double.MAX_VALUE, Double.MIN_VALUE, 5e-324, Double.MIN_NORMAL, 1e-300,
            Math.nextDown(MIN_IMMEDIATE), -Math.nextDown(MIN_IMMEDIATE), 0x1p-127, -0x1p-127, 0x1p129, 1e39, -1e39};
        for (double d : boxed) {
            assertEquals(Values.NULL, Values.floatWord(d), () -> d + " is boxed");
        }
    }

    @Test
    void distinctImmediateFloatsHaveDistinctWords() {
        // Neighbours at both ends of the exponent range and around zero: the zero special case
        // must not collide with the smallest exponent.
        double[] values = {0.0, -0.0, MIN_IMMEDIATE, -MIN_IMMEDIATE, Math.nextUp(MIN_IMMEDIATE), -Math.nextUp(MIN_IMMEDIATE),
            MAX_IMMEDIATE, -MAX_IMMEDIATE, 1.0, -1.0};
        java.util.Set<Long> words = new java.util.HashSet<>();
        for (double d : values) {
            assertTrue(words.add(Values.floatWord(d)), () -> "word of " + d + " is taken");
        }
    }
}
