package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.value.Values;

/** Dict operations at the Python level: KeyError, building and updating from other values. */
public final class Mappings {
    private final ObjectSpace space;

    public Mappings(ObjectSpace space) {
        this.space = space;
    }

    /** {@code d[key]}: KeyError(key) when absent. */
    public long getItem(PyDict d, long key) {
        long v = d.get(key);
        if (v == Values.NULL) {
            throw space.errors().keyError(key);
        }
        return v;
    }

    /** dict_subscr: {@code dict[key]} for a dict handle. */
    public long subscript(long dict, long key) {
        return getItem(space.heap().dict(dict), key);
    }

    /** {@code del d[key]}: KeyError(key) when absent. */
    public void delItem(PyDict d, long key) {
        if (d.remove(key) == Values.NULL) {
            throw space.errors().keyError(key);
        }
    }

    /** build_map: a dict of {@code pairs} (key, value) pairs laid out flat; later keys win. */
    public long buildMap(long[] keysAndValues, int pairs) {
        PyDict d = space.newDictObject();
        for (int i = 0; i < pairs; i++) {
            d.put(keysAndValues[2 * i], keysAndValues[2 * i + 1]);
        }
        return space.heap().allocate(d);
    }

    /** {@code target.update(source)}: source is a dict or an iterable of 2-item iterables. */
    public void update(PyDict target, long source) {
        if (space.typeOf(source) == PyBuiltinType.DICT) {
            updateFromDict(target, space.heap().dict(source));
            return;
        }
        Iteration iteration = space.iteration();
        long it = iteration.getIter(source);
        int index = 0;
        for (long item = iteration.next(it); item != Values.NULL; item = iteration.next(it), index++) {
            if (!iteration.isIterable(item)) {
                throw space.errors().typeError("cannot convert dictionary update sequence element #" + index
                        + " to a sequence");
            }
            long[] pair = iteration.toArray(item);
            if (pair.length != 2) {
                throw space.errors().valueError("dictionary update sequence element #" + index + " has length "
                        + pair.length + "; 2 is required");
            }
            target.put(pair[0], pair[1]);
        }
    }

    /** Copies every entry of {@code source} into {@code target} (keyword arguments, dict sources). */
    public void updateFromDict(PyDict target, PyDict source) {
        for (int i = 0; i < source.entryLimit(); i++) {
            long key = source.entryKey(i);
            if (key != Values.NULL) {
                target.put(key, source.entryValue(i));
            }
        }
    }

    /** A shallow copy. */
    public PyDict copy(PyDict d) {
        PyDict result = space.newDictObject();
        updateFromDict(result, d);
        return result;
    }
}
