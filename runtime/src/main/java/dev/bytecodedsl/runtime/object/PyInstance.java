package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.value.Values;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * An instance of a {@link PyClass}: attribute values in slots numbered by the class's layout. A
 * slot is NULL while the attribute is unset on this instance.
 */
public sealed class PyInstance implements PyObject permits PyExceptionInstance {
    private static final long[] NO_SLOTS = new long[0];

    private final long classValue;
    private final PyClass cls;
    private long[] slots;

    public PyInstance(long classValue, PyClass cls) {
        this.classValue = classValue;
        this.cls = cls;
        this.slots = cls.slotCount() == 0 ? NO_SLOTS : new long[cls.slotCount()];
    }

    public PyClass pyClass() {
        return cls;
    }

    /** The handle of this instance's class. */
    public long classValue() {
        return classValue;
    }

    /** The value in slot {@code index}, NULL when unset. */
    public long slot(int index) {
        return index < slots.length ? slots[index] : Values.NULL;
    }

    /** Stores into slot {@code index} (an index from the class layout; the array grows to fit). */
    public void setSlot(int index, long value) {
        if (index >= slots.length) {
            slots = Arrays.copyOf(slots, Math.max(index + 1, cls.slotCount()));
        }
        slots[index] = value;
    }

    @Override
    public final int typeTag() {
        return (int) DslConstants.TYPE_INSTANCE;
    }

    @Override
    public final PyType type() {
        return cls;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(classValue);
        for (long slot : slots) {
            visitor.accept(slot);
        }
    }
}
