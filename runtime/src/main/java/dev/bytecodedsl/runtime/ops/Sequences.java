package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyDictIter;
import dev.bytecodedsl.runtime.object.PyDictView;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyRange;
import dev.bytecodedsl.runtime.object.PyLongRange;
import dev.bytecodedsl.runtime.object.PySlice;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Subscripts, slices, len and {@code in} for str, list, tuple, range (and the dict cases, which
 * delegate to {@link Mappings}), plus the sequence forms of {@code +} and {@code *}.
 */
public final class Sequences {
    private final ObjectSpace space;
    private final Heap heap;

    public Sequences(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap();
    }

    // ---- subscripts

    /** subscr: {@code container[sub]}. */
    public long getItem(long container, long sub) {
        if (!Values.isHandle(container)) {
            throw notSubscriptable(container);
        }
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        PyObject obj = heap.get(container);
        if (obj instanceof PyList l) {
            return isSlice(sub) ? sliceList(l, sub) : l.get(index(sub, l.size(), "list", container));
        } else if (obj instanceof PyTuple t) {
            return isSlice(sub) ? sliceTuple(t, sub) : t.get(index(sub, t.size(), "tuple", container));
        } else if (obj instanceof PyStr s) {
            return isSlice(sub) ? sliceStr(s, sub) : strItem(s, strIndex(s, sub));
        } else if (obj instanceof PyDict d) {
            return space.mappings().getItem(d, sub);
        } else if (obj instanceof PyRange r) {
            return isSlice(sub) ? sliceRange(r, sub) : Values.smallInt(r.item(rangeIndex(r, sub)));
        } else if (obj instanceof PyLongRange r) {
            return isSlice(sub) ? sliceLongRange(r, sub) : space.newInt(r.item(longRangeIndex(r, sub)));
        } else {
            throw notSubscriptable(container);
        }
    }

    /** str_item: the one-character string at code-point index i (0 <= i < length). */
    public long strItem(PyStr s, int i) {
        return space.strings().ofCodePoint(s.codePointAt(i));
    }

    /** binary_slice: {@code container[start:stop]}. */
    public long getSlice(long container, long start, long stop) {
        return getItem(container, sliceValue(start, stop));
    }

    /** store_subscr: {@code container[sub] = v}. */
    public void setItem(long container, long sub, long v) {
        PyObject o = Values.isObject(container) ? heap.get(container) : null;
        if (o instanceof PyList l && isSlice(sub)) {
            assignSlice(l, (PySlice) heap.get(sub), v);
        } else if (o instanceof PyList l) {
            l.set(index(sub, l.size(), "list assignment", container), v);
        } else if (o instanceof PyDict d) {
            d.put(sub, v);
        } else {
            throw space.errors().typeError(
                    "'" + space.typeName(container) + "' object does not support item assignment");
        }
    }

    /** store_slice: {@code container[start:stop] = v}. */
    public void setSlice(long container, long start, long stop, long v) {
        setItem(container, sliceValue(start, stop), v);
    }

    /** {@code del container[sub]}. */
    public void delItem(long container, long sub) {
        PyObject o = Values.isObject(container) ? heap.get(container) : null;
        if (o instanceof PyList l && isSlice(sub)) {
            deleteSlice(l, (PySlice) heap.get(sub));
        } else if (o instanceof PyList l) {
            l.remove(index(sub, l.size(), "list assignment", container));
        } else if (o instanceof PyDict d) {
            space.mappings().delItem(d, sub);
        } else {
            throw space.errors().typeError(
                    "'" + space.typeName(container) + "' object does not support item deletion");
        }
    }

    private boolean isSlice(long v) {
        return Values.isObject(v) && heap.get(v) instanceof PySlice;
    }

    private long sliceValue(long start, long stop) {
        return heap.allocate(new PySlice(start, stop, Values.NONE));
    }

    /**
     * A sequence index: ints (bools included) with negative indices counted from the end, range
     * checked with CPython's "{what} index out of range".
     */
    private int index(long sub, int size, String what, long container) {
        long i;
        if (Values.isSmallInt(sub)) {
            i = Values.smallIntValue(sub);
        } else if (space.numbers().isInt(sub)) {
            i = space.conversions().asSsize(sub, BuiltinException.INDEX_ERROR);
        } else {
            String kind = what.startsWith("list") ? "list" : what;
            throw space.errors().typeError(kind + " indices must be integers or slices, not " + space.typeName(sub));
        }
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw space.errors().indexError(what + " index out of range");
        }
        return (int) i;
    }

    private int strIndex(PyStr s, long sub) {
        if (!space.numbers().isInt(sub)) {
            throw space.errors().typeError("string indices must be integers, not '" + space.typeName(sub) + "'");
        }
        long i = space.conversions().asSsize(sub, BuiltinException.INDEX_ERROR);
        if (i < 0) {
            i += s.length();
        }
        if (i < 0 || i >= s.length()) {
            throw space.errors().indexError("string index out of range");
        }
        return (int) i;
    }

    private BigInteger longRangeIndex(PyLongRange r, long sub) {
        if (!space.numbers().isInt(sub)) {
            throw space.errors().typeError("range indices must be integers or slices, not " + space.typeName(sub));
        }
        BigInteger i = space.numbers().ints().toBig(sub);
        BigInteger n = r.length();
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw space.errors().indexError("range object index out of range");
        }
        return i;
    }

    private long rangeIndex(PyRange r, long sub) {
        if (!space.numbers().isInt(sub)) {
            throw space.errors().typeError("range indices must be integers or slices, not " + space.typeName(sub));
        }
        long i = space.conversions().asSsize(sub, BuiltinException.INDEX_ERROR);
        long n = r.length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw space.errors().indexError("range object index out of range");
        }
        return i;
    }

    private RuntimeException notSubscriptable(long v) {
        return space.errors().typeError("'" + space.typeName(v) + "' object is not subscriptable");
    }

    /** Resolves a slice object against a length (ValueError for step 0, TypeError for bad bounds). */
    public SliceBounds bounds(PySlice slice, int size) {
        long step = slice.step() == Values.NONE ? 1 : sliceIndex(slice.step());
        if (step == 0) {
            throw space.errors().valueError("slice step cannot be zero");
        }
        boolean hasStart = slice.start() != Values.NONE;
        boolean hasStop = slice.stop() != Values.NONE;
        long start = hasStart ? sliceIndex(slice.start()) : 0;
        long stop = hasStop ? sliceIndex(slice.stop()) : 0;
        return SliceBounds.resolve(start, hasStart, stop, hasStop, step, size);
    }

    /** A slice bound: ints clamped to the int range (big ints saturate, as CPython's do). */
    private long sliceIndex(long v) {
        if (Values.isSmallInt(v)) {
            return Math.clamp(Values.smallIntValue(v), -Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        if (!space.numbers().isInt(v)) {
            throw space.errors().typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (Values.isBool(v)) {
            return v == Values.TRUE ? 1 : 0;
        }
        // a big int is outside the int range on one side or the other: it saturates
        return space.numbers().ints().signum(v) < 0 ? -Integer.MAX_VALUE : Integer.MAX_VALUE;
    }

    private long[] selectItems(long[] items, SliceBounds b) {
        if (b.step() == 1) {
            return Arrays.copyOfRange(items, b.start(), b.start() + b.length());
        }
        long[] result = new long[b.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = items[b.index(i)];
        }
        return result;
    }

    private long sliceList(PyList l, long sub) {
        long[] items = selectItems(l.toArray(), bounds((PySlice) heap.get(sub), l.size()));
        return heap.allocate(new PyList(items, items.length));
    }

    private long sliceTuple(PyTuple t, long sub) {
        return space.newTuple(selectItems(t.toArray(), bounds((PySlice) heap.get(sub), t.size())));
    }

    private long sliceStr(PyStr s, long sub) {
        SliceBounds b = bounds((PySlice) heap.get(sub), s.length());
        if (b.step() == 1) {
            return space.newStr(s.substring(b.start(), b.start() + b.length()));
        }
        StringBuilder sb = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            sb.appendCodePoint(s.codePointAt(b.index(i)));
        }
        return space.newStr(sb.toString());
    }

    /**
     * A slice of a range longer than an int, or of a long range, computed on big ints as CPython's
     * {@code _PySlice_GetLongIndices} does: bounds clamp to [0, len] (to [-1, len - 1] for a negative step).
     */
    private long sliceLongRange(PyLongRange r, long sub) {
        PySlice slice = (PySlice) heap.get(sub);
        BigInteger step = slice.step() == Values.NONE ? BigInteger.ONE : bigSliceIndex(slice.step());
        if (step.signum() == 0) {
            throw space.errors().valueError("slice step cannot be zero");
        }
        BigInteger length = r.length();
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? length.subtract(BigInteger.ONE) : length;
        BigInteger start = slice.start() == Values.NONE ? (step.signum() < 0 ? upper : lower)
                : clampSliceBound(bigSliceIndex(slice.start()), length, lower, upper);
        BigInteger stop = slice.stop() == Values.NONE ? (step.signum() < 0 ? lower : upper)
                : clampSliceBound(bigSliceIndex(slice.stop()), length, lower, upper);
        return heap.allocate(PyLongRange.of(r.item(start), r.item(stop), r.step().multiply(step)));
    }

    private static BigInteger clampSliceBound(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private BigInteger bigSliceIndex(long v) {
        if (!space.numbers().isInt(v)) {
            throw space.errors().typeError("slice indices must be integers or None or have an __index__ method");
        }
        return space.numbers().ints().toBig(v);
    }

    private long sliceRange(PyRange r, long sub) {
        if (r.length() > Integer.MAX_VALUE) {
            return sliceLongRange(PyLongRange.of(r), sub);
        }
        SliceBounds b = bounds((PySlice) heap.get(sub), (int) r.length());
        long start = r.item(b.start());
        long step = r.step() * b.step();
        return heap.allocate(new PyRange(start, start + step * b.length(), step));
    }

    private void assignSlice(PyList list, PySlice slice, long v) {
        // the source is read first: l[:] = l must see the old items
        long[] source = space.iteration().toArray(v);
        SliceBounds b = bounds(slice, list.size());
        if (b.step() == 1) {
            int stop = Math.max(b.start(), b.stop());
            list.replaceRange(b.start(), stop, source, source.length);
            return;
        }
        if (source.length != b.length()) {
            throw space.errors().valueError("attempt to assign sequence of size " + source.length
                    + " to extended slice of size " + b.length());
        }
        for (int i = 0; i < source.length; i++) {
            list.set(b.index(i), source[i]);
        }
    }

    private void deleteSlice(PyList list, PySlice slice) {
        SliceBounds b = bounds(slice, list.size());
        if (b.step() == 1) {
            list.replaceRange(b.start(), Math.max(b.start(), b.stop()), new long[0], 0);
            return;
        }
        boolean[] doomed = new boolean[list.size()];
        for (int i = 0; i < b.length(); i++) {
            doomed[b.index(i)] = true;
        }
        long[] kept = new long[list.size() - b.length()];
        int n = 0;
        for (int i = 0; i < list.size(); i++) {
            if (!doomed[i]) {
                kept[n++] = list.get(i);
            }
        }
        list.setAll(kept, n);
    }

    // ---- len and in

    /** len(v); TypeError "object of type 'int' has no len()" for unsized values. */
    public long length(long v) {
        if (Values.isHandle(v)) {
            PyObject obj = heap.get(v);
            if (obj instanceof PyStr s) {
                return s.length();
            } else if (obj instanceof PyList l) {
                return l.size();
            } else if (obj instanceof PyTuple t) {
                return t.size();
            } else if (obj instanceof PyDict d) {
                return d.size();
            } else if (obj instanceof PyRange r) {
                return r.length();
            } else if (obj instanceof PyLongRange r) {
                BigInteger n = r.length();
                if (n.bitLength() >= 64) {
                    throw space.errors().overflow("Python int too large to convert to C ssize_t");
                }
                return n.longValue();
            } else if (obj instanceof PyDictView view) {
                return view.dict().size();
            }
        }
        throw space.errors().typeError("object of type '" + space.typeName(v) + "' has no len()");
    }

    /** contains: {@code item in container}. */
    public boolean contains(long container, long item) {
        if (Values.isHandle(container)) {
            PyObject obj = heap.get(container);
            if (obj instanceof PyList l) {
                return indexOf(l, item) >= 0;
            } else if (obj instanceof PyTuple t) {
                return indexOf(t.toArray(), t.size(), item) >= 0;
            } else if (obj instanceof PyStr s) {
                if (!(Values.isObject(item) && heap.get(item) instanceof PyStr needle)) {
                    throw space.errors().typeError(
                            "'in <string>' requires string as left operand, not " + space.typeName(item));
                }
                return s.value().contains(needle.value());
            } else if (obj instanceof PyDict d) {
                return d.indexOf(item) >= 0;
            } else if (obj instanceof PyRange r) {
                return rangeContains(r, item);
            } else if (obj instanceof PyLongRange r && space.numbers().isInt(item)) {
                return r.contains(space.numbers().ints().toBig(item));
            } else if (obj instanceof PyDictView view && view.kind() == PyDictIter.Kind.KEYS) {
                return view.dict().indexOf(item) >= 0;
            }
        }
        if (space.iteration().isIterable(container)) {
            long it = space.iteration().getIter(container);
            for (long x = space.iteration().next(it); x != Values.NULL; x = space.iteration().next(it)) {
                if (x == item || space.comparisons().equal(x, item)) {
                    return true;
                }
            }
            return false;
        }
        throw space.errors().typeError("argument of type '" + space.typeName(container) + "' is not iterable");
    }

    /** The first index i in items[0..n) with items[i] identical or equal to item, or -1. */
    public int indexOf(long[] items, int n, long item) {
        for (int i = 0; i < n; i++) {
            if (matches(items[i], item)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first index of an item of {@code list} identical or equal to {@code item}, or -1. The size
     * is read again at every step (as CPython does): equality may run Python code that shrinks the list.
     */
    public int indexOf(PyList list, long item) {
        for (int i = 0; i < list.size(); i++) {
            if (matches(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    private boolean matches(long x, long item) {
        return x == item || space.comparisons().equal(x, item);
    }

    private boolean rangeContains(PyRange r, long item) {
        if (Values.isSmallInt(item) || Values.isBool(item)) {
            long x = Values.isSmallInt(item) ? Values.smallIntValue(item) : (item == Values.TRUE ? 1 : 0);
            boolean inBounds = r.step() > 0 ? x >= r.start() && x < r.stop() : x <= r.start() && x > r.stop();
            return inBounds && Math.floorMod(x - r.start(), r.step()) == 0;
        }
        long n = r.length();
        for (long i = 0; i < n; i++) {
            if (space.comparisons().equal(Values.smallInt(r.item(i)), item)) {
                return true;
            }
        }
        return false;
    }

    // ---- + and * on sequences (called by Numbers.binaryOp when an operand is not a number)

    /** The sequence forms of binary_op; {@code op} is nbOp without its in-place offset. */
    long binaryOp(int nbOp, int op, long a, long b) {
        boolean inPlace = nbOp != op;
        PyObject left = Values.isObject(a) ? heap.get(a) : null;
        if (op == DslConstants.NB_ADD) {
            if (left instanceof PyStr s) {
                return space.strings().concat(s, requireSame(PyStr.class, "str", b));
            } else if (left instanceof PyList l && inPlace) {
                long[] items = space.iteration().toArray(b);
                l.appendAll(items, 0, items.length);
                return a;
            } else if (left instanceof PyList l) {
                PyList r = requireSame(PyList.class, "list", b);
                long[] front = l.toArray();
                long[] back = r.toArray();
                PyList result = PyList.copyOf(front, 0, front.length);
                result.appendAll(back, 0, back.length);
                return heap.allocate(result);
            } else if (left instanceof PyTuple t) {
                PyTuple r = requireSame(PyTuple.class, "tuple", b);
                long[] items = Arrays.copyOf(t.toArray(), t.size() + r.size());
                System.arraycopy(r.toArray(), 0, items, t.size(), r.size());
                return space.newTuple(items);
            } else {
                throw space.errors().unsupportedOperands(Numbers.symbol(nbOp), a, b);
            }
        }
        if (op == DslConstants.NB_MULTIPLY) {
            if (isSequence(a)) {
                return repeat(a, b, inPlace);
            }
            if (isSequence(b) && space.numbers().isInt(a)) {
                return repeat(b, a, false);
            }
        }
        throw space.errors().unsupportedOperands(Numbers.symbol(nbOp), a, b);
    }

    private boolean isSequence(long v) {
        if (!Values.isHandle(v)) {
            return false;
        }
        PyObject o = heap.get(v);
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple;
    }

    /** The right operand of seq + x, which must be the same sequence type. */
    private <T> T requireSame(Class<T> type, String name, long v) {
        if (Values.isHandle(v) && type.isInstance(heap.get(v))) {
            return type.cast(heap.get(v));
        }
        throw space.errors().typeError("can only concatenate " + name + " (not \"" + space.typeName(v) + "\") to " + name);
    }

    private long repeat(long seq, long count, boolean inPlace) {
        if (!space.numbers().isInt(count)) {
            throw space.errors().typeError("can't multiply sequence by non-int of type '" + space.typeName(count) + "'");
        }
        long n = Math.max(0, space.conversions().asIndex(count, BuiltinException.OVERFLOW_ERROR));
        PyObject obj = heap.get(seq);
        if (obj instanceof PyStr s) {
            checkRepeatSize(s.value().length(), n);
            return space.newStr(s.value().repeat((int) n));
        } else if (obj instanceof PyList l) {
            checkRepeatSize(l.size(), n);
            long[] items = repeatItems(l.toArray(), l.size(), (int) n);
            if (inPlace) {
                l.setAll(items, items.length);
                return seq;
            }
            return heap.allocate(new PyList(items, items.length));
        } else if (obj instanceof PyTuple t) {
            checkRepeatSize(t.size(), n);
            return space.newTuple(repeatItems(t.toArray(), t.size(), (int) n));
        } else {
            throw new IllegalStateException("not a sequence");
        }
    }

    private void checkRepeatSize(int size, long n) {
        if (size != 0 && n > Integer.MAX_VALUE / size) {
            throw space.errors().memoryError();
        }
    }

    private static long[] repeatItems(long[] items, int size, int n) {
        long[] result = new long[size * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, result, i * size, size);
        }
        return result;
    }
}
