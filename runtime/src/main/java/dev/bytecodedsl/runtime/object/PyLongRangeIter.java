package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;
import java.math.BigInteger;

/** Iterator over a {@link PyLongRange} (CPython's longrange_iterator): its items may be big ints. */
public final class PyLongRangeIter implements PyIterator {
    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    public PyLongRangeIter(PyLongRange range) {
        this.next = range.start();
        this.step = range.step();
        this.remaining = range.length();
    }

    @Override
    public long next(ObjectSpace space) {
        if (remaining.signum() <= 0) {
            return Values.NULL;
        }
        BigInteger item = next;
        next = next.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return space.newInt(item);
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.RANGE_ITERATOR;
    }
}
