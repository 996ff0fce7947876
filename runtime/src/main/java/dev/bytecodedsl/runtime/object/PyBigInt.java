package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.math.BigInteger;

/**
 * An int outside the small-int range. Never holds a value that fits a small int: operations
 * normalize their results (see {@code IntOps.normalize}), so "is small" and "fits 63 bits" agree
 * and equal ints have equal representations.
 */
public record PyBigInt(BigInteger value) implements PyObject {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_INT;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.INT;
    }
}
