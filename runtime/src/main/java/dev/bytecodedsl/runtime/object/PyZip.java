package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/** zip(*iterables): tuples of the next item of each, until the shortest is exhausted. */
public final class PyZip implements PyIterator {
    private final long[] iterators;
    private boolean exhausted;

    public PyZip(long[] iterators) {
        this.iterators = iterators;
        this.exhausted = iterators.length == 0;
    }

    @Override
    public long next(ObjectSpace space) {
        if (exhausted) {
            return Values.NULL;
        }
        long[] items = new long[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            items[i] = space.iteration().next(iterators[i]);
            if (items[i] == Values.NULL) {
                exhausted = true;
                return Values.NULL;
            }
        }
        return space.newTuple(items);
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.ZIP;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        for (long it : iterators) {
            visitor.accept(it);
        }
    }
}
