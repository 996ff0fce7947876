package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyDictIter;
import dev.bytecodedsl.runtime.object.PyDictView;
import dev.bytecodedsl.runtime.object.PyIterator;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyListIter;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyRange;
import dev.bytecodedsl.runtime.object.PyLongRange;
import dev.bytecodedsl.runtime.object.PyLongRangeIter;
import dev.bytecodedsl.runtime.object.PyRangeIter;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyStrIter;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.object.PyTupleIter;
import dev.bytecodedsl.runtime.value.Values;

import java.util.Arrays;

/** get_iter, iter_next, unpack_sequence and collecting iterables into arrays. */
public final class Iteration {
    private final ObjectSpace space;
    private final Heap heap;

    public Iteration(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap();
    }

    /** Whether get_iter would succeed. */
    public boolean isIterable(long v) {
        if (!Values.isHandle(v)) {
            return false;
        }
        PyObject o = heap.get(v);
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict
                || o instanceof PyRange || o instanceof PyLongRange || o instanceof PyIterator || o instanceof PyDictView;
    }

    /** get_iter: iter(v). Iterators are their own iterators. */
    public long getIter(long v) {
        if (Values.isHandle(v)) {
            PyObject iterator = switch (heap.get(v)) {
                case PyList l -> new PyListIter(v, l);
                case PyTuple t -> new PyTupleIter(v, t);
                case PyStr s -> new PyStrIter(v, s);
                case PyDict d -> new PyDictIter(v, d, PyDictIter.Kind.KEYS);
                case PyRange r -> new PyRangeIter(r);
                case PyLongRange r -> new PyLongRangeIter(r);
                case PyDictView view -> new PyDictIter(view.dictValue(), view.dict(), view.kind());
                case PyIterator it -> it;
                default -> null;
            };
            if (iterator != null) {
                return iterator == heap.get(v) ? v : heap.allocate(iterator);
            }
        }
        throw space.errors().notIterable(v);
    }

    /** iter_next: the next item, or NULL when exhausted. */
    public long next(long iterator) {
        if (Values.isObject(iterator) && heap.get(iterator) instanceof PyIterator it) {
            return it.next(space);
        }
        throw space.errors().typeError("'" + space.typeName(iterator) + "' object is not an iterator");
    }

    /** The items of any iterable, as a new array (lists and tuples are copied directly). */
    public long[] toArray(long iterable) {
        if (Values.isHandle(iterable)) {
            PyObject o = heap.get(iterable);
            if (o instanceof PyList l) {
                return l.toArray();
            }
            if (o instanceof PyTuple t) {
                return t.toArray();
            }
        }
        long it = getIter(iterable);
        long[] items = new long[8];
        int n = 0;
        for (long x = next(it); x != Values.NULL; x = next(it)) {
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = x;
        }
        return Arrays.copyOf(items, n);
    }

    /** list(iterable). */
    public long toList(long iterable) {
        long[] items = toArray(iterable);
        return heap.allocate(new PyList(items, items.length));
    }

    /**
     * unpack_sequence: stores the {@code count} items of {@code seq} into {@code output} in reverse
     * ({@code output[0]} is the last item), the order the VM pushes them in.
     */
    public void unpack(long seq, int count, long[] output) {
        if (!isIterable(seq)) {
            throw space.errors().typeError("cannot unpack non-iterable " + space.typeName(seq) + " object");
        }
        long[] items;
        int n;
        switch (heap.get(seq)) {
            case PyTuple t -> {
                items = t.toArray();
                n = t.size();
            }
            case PyList l -> {
                items = l.toArray();
                n = items.length;
            }
            default -> {
                items = toArray(seq);
                n = items.length;
            }
        }
        if (n > count) {
            throw space.errors().valueError("too many values to unpack (expected " + count + ")");
        }
        if (n < count) {
            throw space.errors().valueError("not enough values to unpack (expected " + count + ", got " + n + ")");
        }
        for (int i = 0; i < count; i++) {
            output[count - 1 - i] = items[i];
        }
    }
}
