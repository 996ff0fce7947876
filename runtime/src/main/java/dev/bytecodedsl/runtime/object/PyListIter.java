package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * Iterator over a list. Like CPython it re-reads the list's size on every step, so appends during
 * iteration are seen; once exhausted it stays exhausted.
 */
public final class PyListIter implements PyIterator {
    private final long listValue;
    private PyList list;
    private int index;

    public PyListIter(long listValue, PyList list) {
        this.listValue = listValue;
        this.list = list;
    }

    public boolean exhausted() {
        if (list != null && index < list.size()) {
            return false;
        }
        list = null;
        return true;
    }

    /** The next item; the caller checked {@link #exhausted()}. */
    public long next() {
        return list.get(index++);
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

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(listValue);
    }
}
