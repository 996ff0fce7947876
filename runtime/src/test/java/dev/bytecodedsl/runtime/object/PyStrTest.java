package dev.bytecodedsl.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code +} on strs: long results share a buffer, appended in place when they end it. */
class PyStrTest {
    private static final String LONG = "ab".repeat(200);

    @Test
    void appendingToTheStrThatEndsTheBufferWritesInPlace() {
        PyStr s = new PyStr(LONG);
        PyStr t = s.concat(new PyStr("xy"));
        PyStr u = t.concat(new PyStr("zw"));
        assertTrue(t.sharesBufferWith(u), "s += piece in a loop must not copy s every time");
        assertEquals(LONG + "xyzw", u.value());
        assertEquals(LONG + "xy", t.value(), "an earlier str still sees only its own prefix");
        assertEquals(LONG.length() + 4, u.length());
    }

    @Test
    void appendingToAStrThatNoLongerEndsItsBufferCopies() {
        PyStr base = new PyStr(LONG).concat(new PyStr("1"));
        PyStr left = base.concat(new PyStr("L"));
        PyStr right = base.concat(new PyStr("R"));
        assertTrue(base.sharesBufferWith(left));
        assertFalse(base.sharesBufferWith(right));
        assertEquals(LONG + "1L", left.value());
        assertEquals(LONG + "1R", right.value());
        assertEquals(LONG + "1", base.value());
    }

    @Test
    void aSurrogatePairSplitBetweenTheHalvesIsOneCodePoint() {
        PyStr high = new PyStr(LONG + "\ud83d");
        PyStr joined = high.concat(new PyStr("\ude00!"));
        assertEquals(new PyStr(LONG + "\ud83d\ude00!").length(), joined.length());
        assertEquals(0x1F600, joined.codePointAt(LONG.length()));
    }
}
