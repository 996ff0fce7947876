package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.TUPLE_ITEMS_WORD;
import static dev.bytecodedsl.generated.DslConstants.TUPLE_LENGTH_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.os.Malloc;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * An immutable tuple.
 *
 * <p>The items live in native memory (a word array from {@link Malloc}, written once here) and the
 * tuple publishes their address and its length in its heap words (bytecodes.def's
 * TUPLE_ITEMS_WORD, TUPLE_LENGTH_WORD): tuple indexing, unpacking and iteration in every tier, the
 * JIT's machine code included, read them there without calling into Java. The empty tuple owns no
 * memory. The heap frees the items when the collector sweeps the tuple ({@link #release()}).
 */
public final class PyTuple implements PyObject {
    /** The items' address; 0 when there are none (or once released). */
    private long items;
    private int size;

    /** A tuple of a copy of {@code items}. */
    public PyTuple(long[] items) {
        this.size = items.length;
        if (size > 0) {
            this.items = Malloc.realloc(0, (long) size << 3);
            NativeWords.copyIn(items, 0, this.items, 0, size);
        }
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return NativeWords.slot(items, Objects.checkIndex(i, size));
    }

    /** A copy of the items, exactly {@code size} long. */
    public long[] toArray() {
        long[] copy = new long[size];
        NativeWords.copyOut(items, 0, copy, 0, size);
        return copy;
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        words.set(handle, TUPLE_LENGTH_WORD, size);
        words.set(handle, TUPLE_ITEMS_WORD, items);
    }

    /** Frees the items when the collector sweeps the tuple; it then reads as empty. */
    @Override
    public void release() {
        Malloc.free(items);
        items = 0;
        size = 0;
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_TUPLE;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.TUPLE;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        for (int i = 0; i < size; i++) {
            visitor.accept(NativeWords.slot(items, i));
        }
    }
}
