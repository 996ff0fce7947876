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
            // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
            PyObject obj = heap.get(v);
            PyObject iterator;
            if (obj instanceof PyList l) {
                iterator = new PyListIter(v, l);
            } else if (obj instanceof PyTuple t) {
                iterator = new PyTupleIter(v, t);
            } else if (obj instanceof PyStr s) {
                iterator = new PyStrIter(v, s);
            } else if (obj instanceof PyDict d) {
                iterator = new PyDictIter(v, d, PyDictIter.Kind.KEYS);
            } else if (obj instanceof PyRange r) {
                iterator = new PyRangeIter(r);
            } else if (obj instanceof PyLongRange r) {
                iterator = new PyLongRangeIter(r);
            } else if (obj instanceof PyDictView view) {
                iterator = new PyDictIter(view.dictValue(), view.dict(), view.kind());
            } else if (obj instanceof PyIterator it) {
                iterator = it;
            } else {
                iterator = null;
            }
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
        PyObject obj = heap.get(seq);
        if (obj instanceof PyTuple t) {
            items = t.toArray();
            n = t.size();
        } else if (obj instanceof PyList l) {
            items = l.toArray();
            n = items.length;
        } else {
            items = toArray(seq);
            n = items.length;
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
