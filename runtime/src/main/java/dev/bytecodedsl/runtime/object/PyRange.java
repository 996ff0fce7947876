package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/**
 * range(start, stop, step) over small ints (step != 0), so every item is a small int; a range with a
 * bound beyond 63 bits is a {@link PyLongRange}.
 */
public record PyRange(long start, long stop, long step) implements PyObject {
    /** len(range): ceil((stop - start) / step) clamped at 0, computed without overflow. */
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /** The i-th item, 0 <= i < length(). */
    public long item(long i) {
        return start + i * step;
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_RANGE;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.RANGE;
    }
}
