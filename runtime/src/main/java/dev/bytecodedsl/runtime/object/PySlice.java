package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.util.function.LongConsumer;

/** slice(start, stop, step): three Values, each None when omitted. */
public record PySlice(long start, long stop, long step) implements PyObject {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.SLICE;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(start);
        visitor.accept(stop);
        visitor.accept(step);
    }
}
