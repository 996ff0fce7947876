package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITER_INDEX_WORD;
import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITER_TUPLE_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * Iterator over a tuple. Its state lives in its native heap words (bytecodes.def's
 * TUPLE_ITER_*_WORD), the one copy that FOR_ITER_TUPLE's bodies (the functions
 * tuple_iter_exhausted and tuple_iter_next), the JIT's machine code and this class all step.
 */
public final class PyTupleIter implements PyIterator {
    private final long tupleValue;
    private final PyTuple tuple;
    private HeapWords words;
    private long handle;

    public PyTupleIter(long tupleValue, PyTuple tuple) {
        this.tupleValue = tupleValue;
        this.tuple = tuple;
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        words.set(handle, TUPLE_ITER_TUPLE_WORD, tupleValue);
        words.set(handle, TUPLE_ITER_INDEX_WORD, 0);
    }

    public boolean exhausted() {
        return words.get(handle, TUPLE_ITER_INDEX_WORD) >= tuple.size();
    }

    /** The next item; the caller checked {@link #exhausted()}. */
    public long next() {
        long index = words.get(handle, TUPLE_ITER_INDEX_WORD);
        words.set(handle, TUPLE_ITER_INDEX_WORD, index + 1);
        return tuple.get((int) index);
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
