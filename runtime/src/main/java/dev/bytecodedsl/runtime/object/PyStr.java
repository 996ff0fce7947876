package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/**
 * An immutable str. Python indexes strings by code point while Java's String is UTF-16, so the
 * length in code points is computed once, and strings without surrogate pairs (the common case,
 * all of the BMP) index the Java string directly. The length is published in the str's heap word
 * (STR_LENGTH_WORD), so {@code len}, truth tests and indexing need no helper call in any tier.
 *
 * <p>A long str made by {@code +} keeps its chars as a prefix of a growable buffer shared with the
 * strs it was made from and is turned into a Java String only when one is asked for. Appending to
 * a str that ends its buffer writes into the buffer's free room instead of copying, so
 * {@code s += "xy"} in a loop is amortized linear, like CPython's in-place resize but without its
 * reference count test: every str sharing the buffer still sees only its own prefix, and a str that
 * no longer ends the buffer (another was appended to it first) copies into a buffer of its own.
 */
public final class PyStr implements PyObject {
    /** Concatenations shorter than this (in chars) make a plain String: no spare room for short strs. */
    public static final int SHARED_BUFFER_MIN_CHARS = 256;

    /** The chars, once made; null until then for a str that lives in {@link #buffer}. */
    private String value;
    /** The buffer whose first {@link #chars} chars are this str, or null. */
    private final StringBuilder buffer;
    private final int chars;
    private final int length;

    public PyStr(String value) {
        this.value = value;
        this.buffer = null;
        this.chars = value.length();
        this.length = value.codePointCount(0, value.length());
    }

    private PyStr(StringBuilder buffer, int chars, int length) {
        this.buffer = buffer;
        this.chars = chars;
        this.length = length;
    }

    public String value() {
        if (value == null) {
            value = buffer.substring(0, chars);
        }
        return value;
    }

    /**
     * {@code this + tail}, in this str's buffer when it ends there, else in a new buffer with as much
     * room again (for {@link #SHARED_BUFFER_MIN_CHARS} chars and more).
     */
    public PyStr concat(PyStr tail) {
        int total = chars + tail.chars;
        // A surrogate pair split between the two halves is one code point of the result, as when
        // Java counts the code points of the joined String.
        int joinedPair = chars > 0 && tail.chars > 0 && Character.isHighSurrogate(charAt(chars - 1))
                && Character.isLowSurrogate(tail.charAt(0)) ? 1 : 0;
        StringBuilder target = buffer;
        if (target == null || target.length() != chars) {
            target = new StringBuilder(Math.max(total, 2 * chars + 16));
            appendTo(target);
        }
        tail.appendTo(target);
        return new PyStr(target, total, length + tail.length - joinedPair);
    }

    /** Whether both strs live in one buffer (the longer one was appended in place). */
    boolean sharesBufferWith(PyStr other) {
        return buffer != null && buffer == other.buffer;
    }

    private char charAt(int index) {
        return value != null ? value.charAt(index) : buffer.charAt(index);
    }

    private void appendTo(StringBuilder target) {
        if (value != null) {
            target.append(value);
        } else {
            target.append(buffer, 0, chars);
        }
    }

    /** The length in Java chars (UTF-16 units). */
    public int chars() {
        return chars;
    }

    /** len() in code points. */
    public int length() {
        return length;
    }

    /** True when every code point is one Java char, so code-point and char indices coincide. */
    public boolean isBmp() {
        return length == chars;
    }

    /** The code point at code-point index {@code i} (0 <= i < length). */
    public int codePointAt(int i) {
        return isBmp() ? charAt(i) : value().codePointAt(value().offsetByCodePoints(0, i));
    }

    /** The Java char offset of code-point index {@code i} (0 <= i <= length). */
    public int charOffset(int i) {
        return isBmp() ? i : value().offsetByCodePoints(0, i);
    }

    /** The substring of code points [from, to). */
    public String substring(int from, int to) {
        return value().substring(charOffset(from), charOffset(to));
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_STR;
    }

    /** The length in code points (bytecodes.def's STR_LENGTH_WORD), read by {@code str_length} in every tier. */
    @Override
    public void publishWords(HeapWords words, long handle) {
        words.set(handle, DslConstants.STR_LENGTH_WORD, length);
    }

    @Override
    public PyType type() {
        return PyBuiltinType.STR;
    }

    @Override
    public String toString() {
        return value();
    }
}
