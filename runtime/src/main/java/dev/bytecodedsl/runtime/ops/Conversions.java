package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** int(), float() and index conversions, with CPython's parsing rules and messages. */
public final class Conversions {
    /** CPython's float syntax (underscores only between digits), before the special names. */
    private static final Pattern FLOAT_SYNTAX = Pattern.compile(
            "[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern FLOAT_SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");
    /** sys.int_info.default_max_str_digits: CPython 3.11 refuses longer int/str conversions. */
    public static final int MAX_STR_DIGITS = 4300;

    private final ObjectSpace space;

    public Conversions(ObjectSpace space) {
        this.space = space;
    }

    /**
     * An int-like Value (small, bool, big) as a long index; a big int raises {@code onOverflow}
     * with "cannot fit 'int' into an index-sized integer" (IndexError for subscripts, OverflowError
     * for counts, as in CPython).
     */
    public long asIndex(long v, BuiltinException onOverflow) {
        if (Values.isSmallInt(v)) {
            return Values.smallIntValue(v);
        }
        if (Values.isBool(v)) {
            return v == Values.TRUE ? 1 : 0;
        }
        if (Values.isObject(v) && space.heap().get(v) instanceof PyBigInt) {
            throw space.errors().raise(onOverflow, "cannot fit 'int' into an index-sized integer");
        }
        throw space.errors().typeError("'" + space.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /**
     * An int as CPython's 64-bit {@code Py_ssize_t} holds it, for subscripts ({@code L[2**62]} is
     * "list index out of range", as in CPython) and positions ({@code list.insert}): a big int within
     * 64 bits is a position like any other; a bigger one raises {@code onOverflow} with "cannot fit
     * 'int' into an index-sized integer".
     */
    public long asSsize(long v, BuiltinException onOverflow) {
        if (Values.isObject(v) && space.heap().get(v) instanceof PyBigInt big && big.value().bitLength() < Long.SIZE) {
            return big.value().longValue();
        }
        return asIndex(v, onOverflow);
    }

    /** int(v) with one argument. */
    public long toInt(long v) {
        if (Values.isSmallInt(v)) {
            return v;
        }
        if (Values.isBool(v)) {
            return Values.smallInt(v == Values.TRUE ? 1 : 0);
        }
        if (Values.isObject(v)) {
            PyObject o = space.heap().get(v);
            // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
            if (o instanceof PyBigInt) {
                return v;
            } else if (o instanceof PyFloat f) {
                return floatToInt(f.value());
            } else if (o instanceof PyStr s) {
                return parseInt(s.value(), 10);
            }
        }
        throw space.errors().typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + space.typeName(v) + "'");
    }

    /** int(d): truncation toward zero; NaN and infinities cannot convert. */
    public long floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw space.errors().valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw space.errors().overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p62) {
            return Values.smallInt((long) d);
        }
        return space.newInt(new BigDecimal(d).toBigInteger());
    }

    /**
     * int(text, base): surrounding whitespace, a sign, an optional 0x/0o/0b prefix matching the base
     * (base 0 infers it), and single underscores between digits.
     */
    public long parseInt(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw space.errors().valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = text.strip();
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int effectiveBase = base;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            int prefixBase = switch (Character.toLowerCase(s.charAt(i + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                case 'b' -> 2;
                default -> 0;
            };
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                effectiveBase = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++; // an underscore may follow the prefix
                }
            }
        }
        if (effectiveBase == 0) {
            effectiveBase = 10;
        }
        String digits = digitsWithoutUnderscores(s, i, effectiveBase);
        if (digits == null || (base == 0 && effectiveBase == 10 && digits.length() > 1 && digits.charAt(0) == '0'
                && !digits.chars().allMatch(c -> c == '0'))) {
            throw space.errors().valueError("invalid literal for int() with base " + base + ": "
                    + space.reprs().strRepr(text));
        }
        if (effectiveBase == 10 && digits.length() > MAX_STR_DIGITS) {
            throw space.errors().valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to "
                    + "increase the limit");
        }
        BigInteger value = new BigInteger(digits, effectiveBase);
        return space.newInt(negative ? value.negate() : value);
    }

    /** The digits from {@code from} on with single inner underscores removed, or null when malformed. */
    private static String digitsWithoutUnderscores(String s, int from, int base) {
        StringBuilder sb = new StringBuilder(s.length() - from);
        boolean lastWasDigit = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!lastWasDigit) {
                    return null;
                }
                lastWasDigit = false;
                continue;
            }
            if (Character.digit(c, base) < 0) {
                return null;
            }
            sb.append(c);
            lastWasDigit = true;
        }
        return lastWasDigit ? sb.toString() : null;
    }

    /** float(v). */
    public double toFloat(long v) {
        if (space.numbers().isNumber(v)) {
            return space.numbers().toDouble(v);
        }
        if (Values.isObject(v) && space.heap().get(v) instanceof PyStr s) {
            return parseFloat(s.value());
        }
        throw space.errors().typeError("float() argument must be a string or a real number, not '"
                + space.typeName(v) + "'");
    }

    /** float(text): decimal and exponent syntax with underscores, inf, infinity and nan. */
    public double parseFloat(String text) {
        String s = text.strip();
        if (FLOAT_SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            String word = s.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            double magnitude = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return negative ? -magnitude : magnitude;
        }
        if (!FLOAT_SYNTAX.matcher(s).matches()) {
            throw space.errors().valueError("could not convert string to float: " + space.reprs().strRepr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }
}
