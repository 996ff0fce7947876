package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** A list: a growable array of Values. Indices here are already normalized (0 <= i < size). */
public final class PyList implements PyObject {
    private static final long[] EMPTY = new long[0];

    private long[] items;
    private int size;

    public PyList() {
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items[0..size)}. */
    public PyList(long[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public static PyList copyOf(long[] items, int from, int to) {
        return new PyList(Arrays.copyOfRange(items, from, to), to - from);
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return items[i];
    }

    public void set(int i, long v) {
        items[i] = v;
    }

    public void append(long v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    public void appendAll(long[] source, int from, int to) {
        int n = to - from;
        ensureCapacity(size + n);
        System.arraycopy(source, from, items, size, n);
        size += n;
    }

    public void insert(int i, long v) {
        ensureCapacity(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public long remove(int i) {
        long v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = 0;
        return v;
    }

    /** Replaces items [from, to) with {@code replacement[0..n)} (slice assignment). */
    public void replaceRange(int from, int to, long[] replacement, int n) {
        int newSize = size - (to - from) + n;
        ensureCapacity(newSize);
        System.arraycopy(items, to, items, from + n, size - to);
        System.arraycopy(replacement, 0, items, from, n);
        if (newSize < size) {
            Arrays.fill(items, newSize, size, 0);
        }
        size = newSize;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            long t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** A copy of the items, exactly {@code size} long. */
    public long[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (valid up to {@link #size()}); for bulk reads without copying. */
    public long[] rawItems() {
        return items;
    }

    /** Replaces the whole contents (sort writes its result back this way). */
    public void setAll(long[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > items.length) {
            items = Arrays.copyOf(items, Math.max(capacity, items.length + (items.length >> 1) + 1));
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
        for (int i = 0; i < size; i++) {
            visitor.accept(items[i]);
        }
    }
}
