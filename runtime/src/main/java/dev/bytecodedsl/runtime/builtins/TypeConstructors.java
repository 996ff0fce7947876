package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyEnumerate;
import dev.bytecodedsl.runtime.object.PyLongRange;
import dev.bytecodedsl.runtime.object.PyRange;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyZip;
import dev.bytecodedsl.runtime.value.Values;
import java.math.BigInteger;

/** What calling a builtin type does: int(), float(), str(), bool(), list(), tuple(), dict(), range(), enumerate(), zip(). */
public final class TypeConstructors {
    private final ObjectSpace space;
    private final Args args;

    public TypeConstructors(ObjectSpace space) {
        this.space = space;
        this.args = new Args(space);
    }

    /** Calls the builtin type {@code type} with the given arguments. */
    public long construct(PyBuiltinType type, long[] a, int n, PyDict kwargs) {
        if (type == PyBuiltinType.DICT) {
            return dict(a, n, kwargs);
        }
        args.noKeywords(type.name(), kwargs);
        if (type == PyBuiltinType.INT) {
            return integer(a, n);
        }
        if (type == PyBuiltinType.FLOAT) {
            args.between("float", n, 0, 1);
            return n == 0 ? space.newFloat(0.0) : floatOf(a[0]);
        }
        if (type == PyBuiltinType.STR) {
            args.between("str", n, 0, 1);
            return n == 0 ? space.newStr("") : strOf(a[0]);
        }
        if (type == PyBuiltinType.BOOL) {
            args.between("bool", n, 0, 1);
            return Values.fromBool(n == 1 && space.comparisons().isTrue(a[0]));
        }
        if (type == PyBuiltinType.LIST) {
            args.between("list", n, 0, 1);
            return n == 0 ? space.newList() : space.iteration().toList(a[0]);
        }
        if (type == PyBuiltinType.TUPLE) {
            args.between("tuple", n, 0, 1);
            return n == 0 ? space.newTuple() : tupleOf(a[0]);
        }
        if (type == PyBuiltinType.RANGE) {
            return range(a, n);
        }
        if (type == PyBuiltinType.ENUMERATE) {
            args.between("enumerate", n, 1, 2);
            long start = n > 1 ? space.conversions().asIndex(a[1], BuiltinException.OVERFLOW_ERROR) : 0;
            return space.heap().allocate(new PyEnumerate(space.iteration().getIter(a[0]), start));
        }
        if (type == PyBuiltinType.ZIP) {
            long[] iterators = new long[n];
            for (int i = 0; i < n; i++) {
                iterators[i] = space.iteration().getIter(a[i]);
            }
            return space.heap().allocate(new PyZip(iterators));
        }
        throw space.errors().typeError("cannot create '" + type.name() + "' instances");
    }

    private long integer(long[] a, int n) {
        args.between("int", n, 0, 2);
        if (n == 0) {
            return Values.smallInt(0);
        }
        if (n == 1) {
            return space.conversions().toInt(a[0]);
        }
        if (!(Values.isObject(a[0]) && space.heap().get(a[0]) instanceof PyStr s)) {
            throw space.errors().typeError("int() can't convert non-string with explicit base");
        }
        long base = space.conversions().asIndex(a[1], BuiltinException.OVERFLOW_ERROR);
        return space.conversions().parseInt(s.value(), (int) Math.clamp(base, -1, 37));
    }

    private long floatOf(long v) {
        if (Values.isObject(v) && space.typeOf(v) == PyBuiltinType.FLOAT) {
            return v;
        }
        return space.newFloat(space.conversions().toFloat(v));
    }

    private long strOf(long v) {
        if (Values.isObject(v) && space.typeOf(v) == PyBuiltinType.STR) {
            return v;
        }
        return space.newStr(space.reprs().str(v));
    }

    private long tupleOf(long v) {
        if (Values.isObject(v) && space.typeOf(v) == PyBuiltinType.TUPLE) {
            return v;
        }
        return space.newTuple(space.iteration().toArray(v));
    }

    private long dict(long[] a, int n, PyDict kwargs) {
        args.between("dict", n, 0, 1);
        PyDict d = space.newDictObject();
        if (n == 1) {
            space.mappings().update(d, a[0]);
        }
        if (kwargs != null) {
            space.mappings().updateFromDict(d, kwargs);
        }
        return space.heap().allocate(d);
    }

    /**
     * range(stop), range(start, stop[, step]): a {@link PyRange} when every bound is a small int
     * (then every item is one), else a {@link PyLongRange} of big ints, as CPython's longrange.
     */
    private long range(long[] a, int n) {
        args.between("range", n, 1, 3);
        BigInteger start = BigInteger.ZERO;
        BigInteger stop;
        BigInteger step = BigInteger.ONE;
        if (n == 1) {
            stop = rangeBound(a[0]);
        } else {
            start = rangeBound(a[0]);
            stop = rangeBound(a[1]);
            if (n == 3) {
                step = rangeBound(a[2]);
                if (step.signum() == 0) {
                    throw space.errors().valueError("range() arg 3 must not be zero");
                }
            }
        }
        return space.heap().allocate(PyLongRange.of(start, stop, step));
    }

    private BigInteger rangeBound(long v) {
        if (!space.numbers().isInt(v)) {
            throw space.errors().typeError("'" + space.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return space.numbers().ints().toBig(v);
    }
}
