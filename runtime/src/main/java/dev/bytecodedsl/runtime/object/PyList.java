package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.LIST_CAPACITY_WORD;
import static dev.bytecodedsl.generated.DslConstants.LIST_ITEMS_WORD;
import static dev.bytecodedsl.generated.DslConstants.LIST_LENGTH_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.os.Malloc;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A list: a growable array of Values. Indices here are already normalized (0 <= i < size).
 *
 * <p>The items live in native memory (a word array from {@link Malloc}), and once the list has a
 * handle it publishes their address, its capacity and its length in its heap words (bytecodes.def's
 * LIST_*_WORD): list indexing in every tier, the JIT's machine code included, reads and stores
 * items there without calling into Java, and an append with room to spare (CALL_LIST_APPEND)
 * stores the item and bumps the length word. So once published the length word is the only copy
 * of the length, which both sides write ({@link #size()} reads it); the address and capacity have
 * one writer, this class, which alone reallocates the items. The heap frees the items when the
 * collector sweeps the list ({@link #release()}).
 *
 * <p>Reads here are bounds checked against the current size: Java code may run Python code (an
 * {@code __eq__}) between two reads, which may shrink the list or move its items.
 */
public final class PyList implements PyObject {
    private static final int MIN_CAPACITY = 8;

    /** The items' address; 0 while there is no room for any. */
    private long items;
    private int capacity;
    /** The length until the list publishes its words; after that the length word holds it. */
    private int unpublishedSize;
    private HeapWords words;
    private long handle;

    public PyList() {
    }

    /** A list of a copy of {@code items[0..size)}. */
    public PyList(long[] items, int size) {
        setAll(items, size);
    }

    public static PyList copyOf(long[] items, int from, int to) {
        PyList list = new PyList();
        list.appendAll(items, from, to);
        return list;
    }

    public int size() {
        return words == null ? unpublishedSize : (int) words.get(handle, LIST_LENGTH_WORD);
    }

    public long get(int i) {
        return NativeWords.slot(items, Objects.checkIndex(i, size()));
    }

    public void set(int i, long v) {
        NativeWords.setSlot(items, Objects.checkIndex(i, size()), v);
    }

    public void append(long v) {
        int size = size();
        if (size == capacity) {
            grow(size + 1);
        }
        NativeWords.setSlot(items, size, v);
        resize(size + 1);
    }

    public void appendAll(long[] source, int from, int to) {
        int size = size();
        int n = to - from;
        ensureCapacity(size + n);
        NativeWords.copyIn(source, from, items, size, n);
        resize(size + n);
    }

    public void insert(int i, long v) {
        int size = size();
        Objects.checkIndex(i, size + 1);
        ensureCapacity(size + 1);
        NativeWords.move(items, i, i + 1, size - i);
        NativeWords.setSlot(items, i, v);
        resize(size + 1);
    }

    public long remove(int i) {
        long v = get(i);
        int size = size();
        NativeWords.move(items, i + 1, i, size - i - 1);
        resize(size - 1);
        return v;
    }

    /** Replaces items [from, to) with {@code replacement[0..n)} (slice assignment). */
    public void replaceRange(int from, int to, long[] replacement, int n) {
        int size = size();
        Objects.checkFromToIndex(from, to, size);
        int newSize = size - (to - from) + n;
        ensureCapacity(newSize);
        NativeWords.move(items, to, from + n, size - to);
        NativeWords.copyIn(replacement, 0, items, from, n);
        resize(newSize);
    }

    /** Empties the list and gives its memory back. */
    public void clear() {
        freeItems();
        publish();
    }

    public void reverse() {
        for (int i = 0, j = size() - 1; i < j; i++, j--) {
            long t = NativeWords.slot(items, i);
            NativeWords.setSlot(items, i, NativeWords.slot(items, j));
            NativeWords.setSlot(items, j, t);
        }
    }

    /** A copy of the items, exactly {@code size()} long: a snapshot that Python code run later cannot change. */
    public long[] toArray() {
        long[] copy = new long[size()];
        NativeWords.copyOut(items, 0, copy, 0, copy.length);
        return copy;
    }

    /** Replaces the whole contents with a copy of {@code newItems[0..newSize)} (sort writes its result back this way). */
    public void setAll(long[] newItems, int newSize) {
        ensureCapacity(newSize);
        NativeWords.copyIn(newItems, 0, items, 0, newSize);
        resize(newSize);
    }

    /**
     * Frees the items when the collector sweeps the list. The list is then empty and publishes
     * nothing more (its handle's row may already belong to another object), so a stale Java
     * reference neither reads freed memory nor writes another object's words.
     */
    @Override
    public void release() {
        words = null;
        freeItems();
    }

    private void freeItems() {
        Malloc.free(items);
        items = 0;
        capacity = 0;
        resize(0);
    }

    /** Takes over the length from the Java field: from now on the length word holds it. */
    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        words.set(handle, LIST_LENGTH_WORD, unpublishedSize);
        publish();
    }

    private void ensureCapacity(int needed) {
        if (needed > capacity) {
            grow(needed);
        }
    }

    /** Grows by half (amortized O(1) append), or to {@code needed} when that is more. */
    private void grow(int needed) {
        int newCapacity = Math.max(Math.max(MIN_CAPACITY, needed), capacity + (capacity >> 1) + 1);
        items = Malloc.realloc(items, (long) newCapacity << 3);
        capacity = newCapacity;
        publish();
    }

    private void resize(int newSize) {
        if (words == null) {
            unpublishedSize = newSize;
        } else {
            words.set(handle, LIST_LENGTH_WORD, newSize);
        }
    }

    private void publish() {
        if (words != null) {
            words.set(handle, LIST_ITEMS_WORD, items);
            words.set(handle, LIST_CAPACITY_WORD, capacity);
        }
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_LIST;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.LIST;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        for (int i = 0, size = size(); i < size; i++) {
            visitor.accept(NativeWords.slot(items, i));
        }
    }
}
