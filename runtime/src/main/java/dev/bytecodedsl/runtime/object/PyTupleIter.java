package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/** Iterator over a tuple. */
public final class PyTupleIter implements PyIterator {
    private final long tupleValue;
    private final PyTuple tuple;
    private int index;

    public PyTupleIter(long tupleValue, PyTuple tuple) {
        this.tupleValue = tupleValue;
        this.tuple = tuple;
    }

    public boolean exhausted() {
        return index >= tuple.size();
    }

    /** The next item; the caller checked {@link #exhausted()}. */
    public long next() {
        return tuple.get(index++);
    }

    @Override
    public long next(ObjectSpace space) {
        return exhausted() ? Values.NULL : next();
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_TUPLE_ITER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.TUPLE_ITERATOR;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(tupleValue);
    }
}
