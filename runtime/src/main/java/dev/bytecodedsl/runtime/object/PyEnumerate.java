package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/** enumerate(iterable, start): yields (count, item) tuples. */
public final class PyEnumerate implements PyIterator {
    private final long iterator;
    private long count;

    public PyEnumerate(long iterator, long start) {
        this.iterator = iterator;
        this.count = start;
    }

    @Override
    public long next(ObjectSpace space) {
        long item = space.iteration().next(iterator);
        if (item == Values.NULL) {
            return Values.NULL;
        }
        return space.newTuple(space.newInt(count++), item);
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.ENUMERATE;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(iterator);
    }
}
