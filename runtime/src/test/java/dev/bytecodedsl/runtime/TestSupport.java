package dev.bytecodedsl.runtime;

import dev.bytecodedsl.runtime.value.Values;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Test helpers: parses the Python literals of the CPython reference tables (numbers, None, bools,
 * plain strings, lists, tuples) and renders outcomes like the tables do: repr() of the value, or
 * the traceback's last line.
 */
public final class TestSupport {
    private final ObjectSpace space;
    private final String text;
    private int pos;

    private TestSupport(ObjectSpace space, String text) {
        this.space = space;
        this.text = text;
    }

    public static long literal(ObjectSpace space, String text) {
        TestSupport p = new TestSupport(space, text.strip());
        long v = p.value();
        if (p.pos != p.text.length()) {
            throw new IllegalArgumentException("trailing input in " + text);
        }
        return v;
    }

    private long value() {
        char c = text.charAt(pos);
        if (c == '[' || c == '(') {
            char close = c == '[' ? ']' : ')';
            pos++;
            List<Long> items = new ArrayList<>();
            while (text.charAt(pos) != close) {
                items.add(value());
                if (text.startsWith(", ", pos)) {
                    pos += 2;
                } else if (text.charAt(pos) == ',') {
                    pos++;
                }
            }
            pos++;
            long[] array = items.stream().mapToLong(Long::longValue).toArray();
            return c == '[' ? space.newList(array, array.length) : space.newTuple(array);
        }
        if (c == '\'') {
            int end = text.indexOf('\'', pos + 1);
            String s = text.substring(pos + 1, end);
            pos = end + 1;
            return space.newStr(s);
        }
        int end = pos;
        while (end < text.length() && ",)]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String token = text.substring(pos, end);
        pos = end;
        return switch (token) {
            case "None" -> Values.NONE;
            case "True" -> Values.TRUE;
            case "False" -> Values.FALSE;
            case "inf" -> space.newFloat(Double.POSITIVE_INFINITY);
            case "-inf" -> space.newFloat(Double.NEGATIVE_INFINITY);
            case "nan" -> space.newFloat(Double.NaN);
            default -> token.matches("-?\\d+") ? space.newInt(new BigInteger(token))
                    : space.newFloat(Double.parseDouble(token));
        };
    }


    public static String outcome(ObjectSpace space, LongSupplier thunk) {
        try {
            return space.reprs().repr(thunk.getAsLong());
        } catch (PyError e) {
            return space.reprs().exceptionLine(e.exception());
        }
    }

    /** The traceback line of the PyError that {@code action} throws. */
    public static String error(ObjectSpace space, Runnable action) {
        try {
            action.run();
        } catch (PyError e) {
            return space.reprs().exceptionLine(e.exception());
        }
        throw new AssertionError("no PyError");
    }
}
