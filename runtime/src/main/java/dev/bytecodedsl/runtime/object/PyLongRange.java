package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.value.Values;
import java.math.BigInteger;

/**
 * A range whose bounds or items do not all fit a small int (63 bits), e.g.
 * {@code range(2**62 - 4, 2**62 + 4)} or {@code range(2**64)}: CPython's "longrange". Its type is
 * still range; its type tag is TYPE_OTHER, so no specialized instruction (FOR_ITER_RANGE, whose
 * items are small ints in native words) ever sees one. {@link PyRange} is the common, small kind.
 */
public record PyLongRange(BigInteger start, BigInteger stop, BigInteger step) implements PyObject {
    /** range(start, stop, step) as a {@link PyRange} when all three are small ints, else as a PyLongRange. */
    public static PyObject of(BigInteger start, BigInteger stop, BigInteger step) {
        if (isSmall(start) && isSmall(stop) && isSmall(step)) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyLongRange(start, stop, step);
    }

    private static boolean isSmall(BigInteger i) {
        return i.bitLength() < 63 && Values.fitsSmallInt(i.longValue());
    }

    /** The same range in this form, for what is computed on both kinds alike (equality, slicing). */
    public static PyLongRange of(PyRange r) {
        return new PyLongRange(BigInteger.valueOf(r.start()), BigInteger.valueOf(r.stop()), BigInteger.valueOf(r.step()));
    }

    /** len(range): ceil((stop - start) / step) clamped at 0. */
    public BigInteger length() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** The i-th item, 0 <= i < length(). */
    public BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    /** Whether {@code x} is one of the items. */
    public boolean contains(BigInteger x) {
        boolean inBounds = step.signum() > 0
                ? x.compareTo(start) >= 0 && x.compareTo(stop) < 0
                : x.compareTo(start) <= 0 && x.compareTo(stop) > 0;
        return inBounds && x.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** range equality as CPython defines it: the same sequence of items. */
    public boolean sameItems(PyLongRange q) {
        BigInteger n = length();
        if (!n.equals(q.length())) {
            return false;
        }
        return n.signum() == 0 || (start.equals(q.start) && (n.equals(BigInteger.ONE) || step.equals(q.step)));
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.RANGE;
    }
}
