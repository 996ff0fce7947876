package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/** A boxed float. Immutable; every arithmetic result is a new box. */
public record PyFloat(double value) implements PyObject {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_FLOAT;
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        words.set(handle, DslConstants.FLOAT_BITS_WORD, Double.doubleToRawLongBits(value));
    }

    @Override
    public PyType type() {
        return PyBuiltinType.FLOAT;
    }
}
