package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.INSTANCE_CLASS_WORD;
import static dev.bytecodedsl.generated.DslConstants.INSTANCE_SLOTS_WORD;
import static dev.bytecodedsl.generated.DslConstants.INSTANCE_SLOT_COUNT_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.os.Malloc;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * An instance of a {@link PyClass}: attribute values in slots numbered by the class's layout. A
 * slot is NULL while the attribute is unset on this instance.
 *
 * <p>The slots live in native memory (a word array from {@link Malloc}, zero being NULL), and the
 * instance publishes its class's handle, their address and their count in its heap words
 * (bytecodes.def's INSTANCE_*_WORD): the specialized attribute loads and stores in every tier, the
 * JIT's machine code included, guard on the class version and reach a slot there without calling
 * into Java. The count may trail the class's layout (an instance made before an attribute was
 * first set on any instance); a store to a slot past it grows the array here. The heap frees the
 * slots when the collector sweeps the instance ({@link #release()}).
 */
public sealed class PyInstance implements PyObject permits PyExceptionInstance {
    private final long classValue;
    private final PyClass cls;
    /** The slots' address; 0 while there are none. */
    private long slots;
    private int slotCount;
    private HeapWords words;
    private long handle;

    public PyInstance(long classValue, PyClass cls) {
        this.classValue = classValue;
        this.cls = cls;
        grow(cls.slotCount());
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
        return index < slotCount ? NativeWords.slot(slots, index) : Values.NULL;
    }

    /** Stores into slot {@code index} (an index from the class layout; the slots grow to fit). */
    public void setSlot(int index, long value) {
        if (index >= slotCount) {
            grow(Math.max(index + 1, cls.slotCount()));
        }
        NativeWords.setSlot(slots, index, value);
    }

    /** Grows the slots to {@code count}, the new ones NULL. */
    private void grow(int count) {
        if (count == 0) {
            return;
        }
        slots = Malloc.realloc(slots, (long) count << 3);
        for (int i = slotCount; i < count; i++) {
            NativeWords.setSlot(slots, i, Values.NULL);
        }
        slotCount = count;
        publishSlots();
    }

    @Override
    public final void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        words.set(handle, INSTANCE_CLASS_WORD, classValue);
        publishSlots();
    }

    private void publishSlots() {
        if (words != null) {
            words.set(handle, INSTANCE_SLOTS_WORD, slots);
            words.set(handle, INSTANCE_SLOT_COUNT_WORD, slotCount);
        }
    }

    /**
     * Frees the slots when the collector sweeps the instance. It then has none and publishes
     * nothing more (its handle's row may already belong to another object).
     */
    @Override
    public final void release() {
        Malloc.free(slots);
        slots = 0;
        slotCount = 0;
        words = null;
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
        for (int i = 0; i < slotCount; i++) {
            visitor.accept(NativeWords.slot(slots, i));
        }
    }
}
