package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.LIST_ITER_INDEX_WORD;
import static dev.bytecodedsl.generated.DslConstants.LIST_ITER_LIST_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * Iterator over a list. Like CPython it re-reads the list's size on every step, so appends during
 * iteration are seen; once exhausted it stays exhausted. Its state lives in its native heap words
 * (bytecodes.def's LIST_ITER_*_WORD), the one copy that FOR_ITER_LIST's bodies (the functions
 * list_iter_exhausted and list_iter_next), the JIT's machine code and this class all step.
 */
public final class PyListIter implements PyIterator {
    private final long listValue;
    private final PyList list;
    private HeapWords words;
    private long handle;

    public PyListIter(long listValue, PyList list) {
        this.listValue = listValue;
        this.list = list;
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        words.set(handle, LIST_ITER_LIST_WORD, listValue);
        words.set(handle, LIST_ITER_INDEX_WORD, 0);
    }

    public boolean exhausted() {
        if (words.get(handle, LIST_ITER_LIST_WORD) != Values.NULL
                && words.get(handle, LIST_ITER_INDEX_WORD) < list.size()) {
            return false;
        }
        words.set(handle, LIST_ITER_LIST_WORD, Values.NULL);
        return true;
    }

    /** The next item; the caller checked {@link #exhausted()}. */
    public long next() {
        long index = words.get(handle, LIST_ITER_INDEX_WORD);
        words.set(handle, LIST_ITER_INDEX_WORD, index + 1);
        return list.get((int) index);
    }

    @Override
    public long next(ObjectSpace space) {
        return exhausted() ? Values.NULL : next();
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_LIST_ITER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.LIST_ITERATOR;
    }

    /** The list stays alive while the iterator does, exhausted or not (its word may be NULL). */
    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(listValue);
    }
}
