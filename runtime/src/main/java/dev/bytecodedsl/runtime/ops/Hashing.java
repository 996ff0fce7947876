package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.KeyEquivalence;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PySlice;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigDecimal;

/**
 * hash() for dict keys. Python requires {@code a == b => hash(a) == hash(b)} across types, so every
 * number hashes through its integer value when it has one: small ints, bools, integral floats and
 * big ints agree ({@code 1 == 1.0 == True}). The values differ from CPython's (nothing in the
 * subset prints a hash); only the consistency matters. Objects without value equality hash by
 * identity.
 */
public final class Hashing implements KeyEquivalence {
    private static final int NONE_HASH = 0x5f3759df;

    private final ObjectSpace space;

    public Hashing(ObjectSpace space) {
        this.space = space;
    }

    @Override
    public int hash(long v) {
        if (Values.isSmallInt(v)) {
            return hashLong(Values.smallIntValue(v));
        }
        if (v == Values.TRUE) {
            return hashLong(1);
        }
        if (v == Values.FALSE) {
            return hashLong(0);
        }
        if (v == Values.NONE) {
            return NONE_HASH;
        }
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        PyObject obj = space.heap().get(v);
        if (obj instanceof PyStr s) {
            return s.value().hashCode();
        } else if (obj instanceof PyFloat f) {
            return hashDouble(f.value(), v);
        } else if (obj instanceof PyBigInt b) {
            return b.value().hashCode();
        } else if (obj instanceof PyTuple t) {
            return hashTuple(t);
        } else if (obj instanceof PyList) {
            throw space.errors().unhashable(v);
        } else if (obj instanceof PyDict) {
            throw space.errors().unhashable(v);
        } else if (obj instanceof PySlice) {
            throw space.errors().unhashable(v); // hashable only from CPython 3.12
        } else {
            return identityHash(v);
        }
    }

    @Override
    public boolean keysEqual(long key1, long key2) {
        return space.comparisons().equal(key1, key2);
    }

    private static int hashLong(long i) {
        return Long.hashCode(i * 0x9E3779B97F4A7C15L);
    }

    private static int identityHash(long handle) {
        return hashLong(handle >>> 3);
    }

    /** Integral floats hash like the equal int (small or big); NaNs by identity, as since 3.10. */
    private static int hashDouble(double d, long handle) {
        if (Double.isNaN(d)) {
            return identityHash(handle);
        }
        if (!Double.isInfinite(d) && d == Math.rint(d)) {
            // exactly the small-int range [-2^62, 2^62): beyond it the equal int is a PyBigInt
            if (d >= -0x1p62 && d < 0x1p62) {
                return hashLong((long) d);
            }
            return new BigDecimal(d).toBigIntegerExact().hashCode();
        }
        return Double.hashCode(d);
    }

    private int hashTuple(PyTuple t) {
        int h = 0x345678;
        for (int i = 0; i < t.size(); i++) {
            h = h * 1000003 ^ hash(t.get(i));
        }
        return h ^ t.size();
    }
}
