package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.util.function.LongConsumer;

/** An immutable tuple. The array is owned by the tuple: callers must not modify it afterwards. */
public final class PyTuple implements PyObject {
    private final long[] items;

    public PyTuple(long[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public long get(int i) {
        return items[i];
    }

    /** The items themselves (not a copy); read-only by contract. */
    public long[] items() {
        return items;
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_TUPLE;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.TUPLE;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        for (long item : items) {
            visitor.accept(item);
        }
    }
}
