package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

/** Iterator over a range; its items are small ints, so next() never allocates. */
public final class PyRangeIter implements PyIterator {
    private long next;
    private final long step;
    private long remaining;

    public PyRangeIter(PyRange range) {
        this.next = range.start();
        this.step = range.step();
        this.remaining = range.length();
    }

    public boolean exhausted() {
        return remaining <= 0;
    }

    /** The next item as a small-int Value; the caller checked {@link #exhausted()}. */
    public long next() {
        long v = next;
        next += step;
        remaining--;
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
