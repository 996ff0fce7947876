package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyRange;
import dev.bytecodedsl.runtime.object.PyLongRange;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigDecimal;

/**
 * compare_op, {@code ==} and truth. Numbers compare exactly across int and float (as CPython:
 * {@code 2**53 + 1 > 2.0**53}), strings by code point, lists and tuples lexicographically; {@code ==}
 * between unrelated types is False and ordering them is a TypeError.
 */
public final class Comparisons {
    /** The outcome of comparing with a NaN: every ordering is false. */
    private static final int UNORDERED = 2;
    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private final ObjectSpace space;
    private final Heap heap;

    public Comparisons(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap();
    }

    /** compare_op(comparison, a, b) with comparison one of COMPARE_LT..COMPARE_GE; returns a bool Value. */
    public long compare(int comparison, long a, long b) {
        if ((a & b & DslConstants.SMALL_INT_TAG) != 0) {
            // same tag, so the words order like the payloads
            return Values.fromBool(holds(comparison, Long.compare(a, b)));
        }
        return Values.fromBool(compareSlow(comparison, a, b));
    }

    /** The boolean result of {@code a <op> b}. */
    public boolean compareSlow(int comparison, long a, long b) {
        if (comparison == DslConstants.COMPARE_EQ) {
            return equal(a, b);
        }
        if (comparison == DslConstants.COMPARE_NE) {
            return !equal(a, b);
        }
        return holds(comparison, order(comparison, a, b));
    }

    /** {@code a < b} (sorting, min, max). */
    public boolean lessThan(long a, long b) {
        if ((a & b & DslConstants.SMALL_INT_TAG) != 0) {
            return a < b;
        }
        return order((int) DslConstants.COMPARE_LT, a, b) < 0;
    }

    private static boolean holds(int comparison, int order) {
        if (order == UNORDERED) {
            return comparison == DslConstants.COMPARE_NE;
        }
        return switch (comparison) {
            case (int) DslConstants.COMPARE_LT -> order < 0;
            case (int) DslConstants.COMPARE_LE -> order <= 0;
            case (int) DslConstants.COMPARE_EQ -> order == 0;
            case (int) DslConstants.COMPARE_NE -> order != 0;
            case (int) DslConstants.COMPARE_GT -> order > 0;
            case (int) DslConstants.COMPARE_GE -> order >= 0;
            default -> throw new IllegalArgumentException("comparison " + comparison);
        };
    }

    /**
     * -1, 0, 1, or UNORDERED: the order of two values that support ordering; TypeError naming
     * {@code comparison}'s operator otherwise.
     */
    private int order(int comparison, long a, long b) {
        Numbers numbers = space.numbers();
        if (numbers.isNumber(a) && numbers.isNumber(b)) {
            return compareNumbers(a, b);
        }
        PyObject x = Values.isObject(a) ? heap.get(a) : null;
        PyObject y = Values.isObject(b) ? heap.get(b) : null;
        if (x instanceof PyStr s && y instanceof PyStr t) {
            return Integer.signum(compareStrings(s, t));
        }
        if (x instanceof PyList l && y instanceof PyList m) {
            // snapshots: equality may run Python code that changes the lists
            long[] left = l.toArray();
            long[] right = m.toArray();
            return orderItems(comparison, left, left.length, right, right.length);
        }
        if (x instanceof PyTuple t && y instanceof PyTuple u) {
            return orderItems(comparison, t.toArray(), t.size(), u.toArray(), u.size());
        }
        throw space.errors().notOrderable(SYMBOLS[comparison], a, b);
    }

    /** Lexicographic: the first pair of items that are not equal decides, else the lengths. */
    private int orderItems(int comparison, long[] a, int n, long[] b, int m) {
        int common = Math.min(n, m);
        for (int i = 0; i < common; i++) {
            if (a[i] != b[i] && !equal(a[i], b[i])) {
                return order(comparison, a[i], b[i]);
            }
        }
        return Integer.compare(n, m);
    }

    /** str_compare: <0, 0, >0 in code-point order. */
    public int compareStrings(PyStr s, PyStr t) {
        if (s.isBmp() && t.isBmp()) {
            return s.value().compareTo(t.value()); // UTF-16 order is code-point order inside the BMP
        }
        return compareCodePoints(s.value(), t.value());
    }

    private static int compareCodePoints(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            int c = s.codePointAt(i);
            int d = t.codePointAt(j);
            if (c != d) {
                return Integer.compare(c, d);
            }
            i += Character.charCount(c);
            j += Character.charCount(d);
        }
        return Boolean.compare(i < s.length(), j < t.length());
    }

    /** Exact comparison of two numbers (int, bool, big int, float). */
    private int compareNumbers(long a, long b) {
        boolean aFloat = isFloat(a);
        boolean bFloat = isFloat(b);
        if (!aFloat && !bFloat) {
            if (Values.isHandle(a) || Values.isHandle(b)) {
                IntOps ints = space.numbers().ints();
                return ints.toBig(a).compareTo(ints.toBig(b));
            }
            return Long.compare(intPayload(a), intPayload(b));
        }
        if (aFloat && bFloat) {
            return compareDoubles(heap.floatValue(a), heap.floatValue(b));
        }
        if (aFloat) {
            int c = compareIntWithDouble(b, heap.floatValue(a));
            return c == UNORDERED ? c : -c;
        }
        return compareIntWithDouble(a, heap.floatValue(b));
    }

    private static long intPayload(long v) {
        return Values.isSmallInt(v) ? Values.smallIntValue(v) : (v == Values.TRUE ? 1 : 0);
    }

    private boolean isFloat(long v) {
        return Values.isFloat(v) || Values.isHandle(v) && heap.get(v) instanceof PyFloat;
    }

    private static int compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        return x == y ? 0 : UNORDERED;
    }

    /** int vs float without rounding the int: doubles compare exactly only up to 2**53. */
    private int compareIntWithDouble(long i, double d) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (!Values.isHandle(i)) {
            long x = intPayload(i);
            if (Math.abs(x) <= EXACT_DOUBLE_LIMIT) {
                return compareDoubles((double) x, d);
            }
        }
        return new BigDecimal(space.numbers().ints().toBig(i)).compareTo(new BigDecimal(d));
    }

    /** Python {@code ==}; a NaN float is not equal even to itself (containers check identity first). */
    public boolean equal(long a, long b) {
        if (a == b) {
            return !(Values.isObject(a) && heap.get(a) instanceof PyFloat f && Double.isNaN(f.value()));
        }
        Numbers numbers = space.numbers();
        if (numbers.isNumber(a) && numbers.isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (!Values.isHandle(a) || !Values.isHandle(b)) {
            return false; // distinct immediates, or an immediate and an object that is not a number
        }
        PyObject x = heap.get(a);
        PyObject y = heap.get(b);
        if (x instanceof PyStr s) {
            return y instanceof PyStr t && s.value().equals(t.value());
        }
        if (++equalityDepth > NESTING_LIMIT) {
            equalityDepth--;
            throw space.errors().raise(BuiltinException.RECURSION_ERROR, "maximum recursion depth exceeded in comparison");
        }
        try {
            // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
            if (x instanceof PyList l) {
                return y instanceof PyList m && listsEqual(l, m);
            } else if (x instanceof PyTuple t) {
                return y instanceof PyTuple u && itemsEqual(t.toArray(), t.size(), u.toArray(), u.size());
            } else if (x instanceof PyDict d) {
                return y instanceof PyDict e && dictsEqual(d, e);
            } else if (x instanceof PyRange r && y instanceof PyRange q) {
                return rangesEqual(r, q);
            } else if (x instanceof PyRange r && y instanceof PyLongRange q) {
                return PyLongRange.of(r).sameItems(q);
            } else if (x instanceof PyLongRange r && y instanceof PyRange q) {
                return r.sameItems(PyLongRange.of(q));
            } else if (x instanceof PyLongRange r && y instanceof PyLongRange q) {
                return r.sameItems(q);
            }
            return false; // identity was checked above
        } finally {
            equalityDepth--;
        }
    }

    /**
     * How deep containers nest before repr and == raise RecursionError: CPython's default recursion
     * limit (which they count against), so a 300,000-deep list fails at once instead of after
     * minutes and gigabytes.
     */
    public static final int NESTING_LIMIT = 1000;
    /** Containers being compared on the Java stack right now. */
    private int equalityDepth;

    /** On snapshots: equality of the items may run Python code that changes the lists. */
    private boolean listsEqual(PyList l, PyList m) {
        long[] left = l.toArray();
        long[] right = m.toArray();
        return itemsEqual(left, left.length, right, right.length);
    }

    private boolean itemsEqual(long[] a, int n, long[] b, int m) {
        if (n != m) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !equal(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean dictsEqual(PyDict d, PyDict e) {
        if (d.size() != e.size()) {
            return false;
        }
        for (int i = 0; i < d.entryLimit(); i++) {
            long key = d.entryKey(i);
            if (key == Values.NULL) {
                continue;
            }
            long other = e.get(key);
            long mine = d.entryValue(i);
            if (other == Values.NULL || (other != mine && !equal(mine, other))) {
                return false;
            }
        }
        return true;
    }

    private static boolean rangesEqual(PyRange r, PyRange q) {
        long n = r.length();
        if (n != q.length()) {
            return false;
        }
        return n == 0 || (r.start() == q.start() && (n == 1 || r.step() == q.step()));
    }

    // ---- truth

    /** object_is_true: bool(v). */
    public boolean isTrue(long v) {
        if (v == Values.TRUE) {
            return true;
        }
        if (v == Values.FALSE || v == Values.NONE) {
            return false;
        }
        if (Values.isSmallInt(v)) {
            return v != Values.smallInt(0);
        }
        PyObject obj = heap.get(v);
        if (obj instanceof PyFloat f) {
            return f.value() != 0.0;
        } else if (obj instanceof PyStr s) {
            return s.length() != 0;
        } else if (obj instanceof PyList l) {
            return l.size() != 0;
        } else if (obj instanceof PyTuple t) {
            return t.size() != 0;
        } else if (obj instanceof PyDict d) {
            return d.size() != 0;
        } else if (obj instanceof PyRange r) {
            return r.length() != 0;
        } else if (obj instanceof PyLongRange r) {
            return r.length().signum() != 0;
        }
        return true; // big ints are never zero; other objects are true (no __bool__/__len__ yet)
    }
}
