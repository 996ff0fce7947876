package dev.bytecodedsl.python.repr;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * repr of str and float against CPython 3.11: every expected string below was printed by
 * {@code python3 -c 'print(repr(x))'} (3.11.7), so a difference here is a difference from CPython.
 */
class PythonReprTest {

    /** Pairs of (text, CPython's repr of it). */
    private static final String[] STRINGS = {
            "", "''",
            "abc", "'abc'",
            "a'b", "\"a'b\"",
            "a\"b", "'a\"b'",
            "a'b\"c", "'a\\'b\"c'",
            "\\", "'\\\\'",
            "\t\n\r", "'\\t\\n\\r'",
            "\u0000\u001f\u007f", "'\\x00\\x1f\\x7f'",
            "\u0080\u0085\u009f\u00a0\u00a1\u00ad\u00e9\u00ff", "'\\x80\\x85\\x9f\\xa0\u00a1\\xad\u00e9\u00ff'",
            "\u2028\u2029\u200b\u3000\ue000\u0378\uffff", "'\\u2028\\u2029\\u200b\\u3000\\ue000\\u0378\\uffff'",
            "\udbff\udfff\ud83d\ude00\udb40\udc01", "'\\U0010ffff\ud83d\ude00\\U000e0001'",
            "\udfff\ud800", "'\\udfff\\ud800'",
            "\u03c0\u2260\u221e\u4e2d", "'\u03c0\u2260\u221e\u4e2d'",
    };

    /** Pairs of (IEEE bits, CPython's repr of that double). */
    private static final Object[] FLOATS = {
            0x0000000000000001L, "5e-324",
            0x0000000000000002L, "1e-323",
            0x0000000000000005L, "2.5e-323",
            0x0000000000000013L, "9.4e-323",
            0x0010000000000000L, "2.2250738585072014e-308",
            0x7fefffffffffffffL, "1.7976931348623157e+308",
            0x4341c37937e08000L, "1e+16",
            0x430c6bf526340000L, "1000000000000000.0",
            0x437b69b4ba630f35L, "1.2345678901234568e+17",
            0x4480f0cf064dd592L, "1e+22",
            0x3ee4f8b588e368f1L, "1e-05",
            0x3f1a36e2eb1c432dL, "0.0001",
            0x3f202c9dedbc309dL, "0.0001234",
            0x3e7ad7f29abcaf48L, "1e-07",
            0x3fb999999999999aL, "0.1",
            0x3fd5555555555555L, "0.3333333333333333",
            0xfe41eb2d66005835L, "-1.5e+300",
            0x3ff0000000000000L, "1.0",
            0x4059000000000000L, "100.0",
            0x8000000000000000L, "-0.0",
            0x0000000000000000L, "0.0",
            0x7ff0000000000000L, "inf",
            0xfff0000000000000L, "-inf",
            0x7ff8000000000000L, "nan",
    };

    @Test
    void strMatchesCPython() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < STRINGS.length; i += 2) {
            String actual = StrRepr.repr(STRINGS[i]);
            if (!actual.equals(STRINGS[i + 1])) {
                failures.add("case " + i / 2 + ": expected " + STRINGS[i + 1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void floatMatchesCPython() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < FLOATS.length; i += 2) {
            String actual = FloatRepr.repr(Double.longBitsToDouble((Long) FLOATS[i]));
            if (!actual.equals(FLOATS[i + 1])) {
                failures.add(Long.toHexString((Long) FLOATS[i]) + ": expected " + FLOATS[i + 1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures);
    }
}
