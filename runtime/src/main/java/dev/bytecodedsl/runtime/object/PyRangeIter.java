package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.RANGE_ITER_NEXT_WORD;
import static dev.bytecodedsl.generated.DslConstants.RANGE_ITER_REMAINING_WORD;
import static dev.bytecodedsl.generated.DslConstants.RANGE_ITER_STEP_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

/**
 * Iterator over a range; its items are small ints, so next() never allocates. Its state lives in
 * its native heap words (bytecodes.def's RANGE_ITER_*_WORD), the one copy that FOR_ITER_RANGE's
 * bodies, the JIT's machine code and this class all step.
 */
public final class PyRangeIter implements PyIterator {
    private final PyRange range;
    private HeapWords words;
    private long handle;

    public PyRangeIter(PyRange range) {
        this.range = range;
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        words.set(handle, RANGE_ITER_NEXT_WORD, range.start());
        words.set(handle, RANGE_ITER_STEP_WORD, range.step());
        words.set(handle, RANGE_ITER_REMAINING_WORD, range.length());
    }

    public boolean exhausted() {
        return words.get(handle, RANGE_ITER_REMAINING_WORD) <= 0;
    }

    /** The next item as a small-int Value; the caller checked {@link #exhausted()}. */
    public long next() {
        long v = words.get(handle, RANGE_ITER_NEXT_WORD);
        words.set(handle, RANGE_ITER_NEXT_WORD, v + words.get(handle, RANGE_ITER_STEP_WORD));
        words.set(handle, RANGE_ITER_REMAINING_WORD, words.get(handle, RANGE_ITER_REMAINING_WORD) - 1);
        return Values.smallInt(v);
    }

    @Override
    public long next(ObjectSpace space) {
        return exhausted() ? Values.NULL : next();
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_RANGE_ITER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.RANGE_ITERATOR;
    }
}
