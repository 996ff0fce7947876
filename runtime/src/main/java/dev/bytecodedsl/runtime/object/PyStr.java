package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/**
 * An immutable str. Python indexes strings by code point while Java's String is UTF-16, so the
 * length in code points is computed once, and strings without surrogate pairs (the common case,
 * all of the BMP) index the Java string directly.
 */
public final class PyStr implements PyObject {
    private final String value;
    private final int length;

    public PyStr(String value) {
        this.value = value;
        this.length = value.codePointCount(0, value.length());
    }

    public String value() {
        return value;
    }

    /** len() in code points. */
    public int length() {
        return length;
    }

    /** True when every code point is one Java char, so code-point and char indices coincide. */
    public boolean isBmp() {
        return length == value.length();
    }

    /** The code point at code-point index {@code i} (0 <= i < length). */
    public int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code-point index {@code i} (0 <= i <= length). */
    public int charOffset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** The substring of code points [from, to). */
    public String substring(int from, int to) {
        return value.substring(charOffset(from), charOffset(to));
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_STR;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.STR;
    }

    @Override
    public String toString() {
        return value;
    }
}
