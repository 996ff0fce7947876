package dev.bytecodedsl.runtime;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.builtins.BuiltinMethods;
import dev.bytecodedsl.runtime.builtins.TypeConstructors;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.ExceptionClasses;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.object.PyBoundMethod;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.object.PyType;
import dev.bytecodedsl.runtime.object.Strings;
import dev.bytecodedsl.runtime.object.VmWords;
import dev.bytecodedsl.runtime.ops.Attributes;
import dev.bytecodedsl.runtime.ops.Comparisons;
import dev.bytecodedsl.runtime.ops.Conversions;
import dev.bytecodedsl.runtime.ops.Errors;
import dev.bytecodedsl.runtime.ops.Hashing;
import dev.bytecodedsl.runtime.ops.Iteration;
import dev.bytecodedsl.runtime.ops.Mappings;
import dev.bytecodedsl.runtime.ops.Numbers;
import dev.bytecodedsl.runtime.ops.Reprs;
import dev.bytecodedsl.runtime.ops.Sequences;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * One Python world: the heap and everything bound to it (interned strings, exception classes,
 * builtin method tables) plus the operation groups, which are the API the interpreter calls.
 * This class only wires them together and offers the constructors every group needs; the
 * semantics live in {@code ops}.
 *
 * <p>Not thread-safe: one interpreter thread owns a space.
 */
public final class ObjectSpace {
    private final Heap heap = new Heap();
    /** Allocated before anything else: its handle is a constant of bytecodes.def. */
    private final VmWords vmWords = VmWords.allocateFirst(heap);
    private final Strings strings = new Strings(heap);
    private final Hashing hashing = new Hashing(this);
    private final ExceptionClasses exceptions = new ExceptionClasses(heap, hashing);
    private final Errors errors = new Errors(this);
    private final Numbers numbers = new Numbers(this);
    private final Comparisons comparisons = new Comparisons(this);
    private final Sequences sequences = new Sequences(this);
    private final Mappings mappings = new Mappings(this);
    private final Iteration iteration = new Iteration(this);
    private final Attributes attributes = new Attributes(this);
    private final Conversions conversions = new Conversions(this);
    private final Reprs reprs = new Reprs(this);
    private final BuiltinMethods methods = new BuiltinMethods(this);
    private final TypeConstructors constructors = new TypeConstructors(this);

    /**
     * Calls Python code for the library: set by the VM, which alone can run a Python function
     * (e.g. a class's {@code __repr__}/{@code __str__}). Throws PyError when the call raises.
     */
    @FunctionalInterface
    public interface PythonCaller {
        long call(long function, long self);
    }

    private PythonCaller pythonCaller;

    public void setPythonCaller(PythonCaller caller) {
        this.pythonCaller = caller;
    }

    /** The VM's caller, or null when no VM is attached (library tests). */
    public PythonCaller pythonCaller() {
        return pythonCaller;
    }

    public Heap heap() {
        return heap;
    }

    public VmWords vmWords() {
        return vmWords;
    }

    public Strings strings() {
        return strings;
    }

    public Hashing hashing() {
        return hashing;
    }

    public ExceptionClasses exceptions() {
        return exceptions;
    }

    public Errors errors() {
        return errors;
    }

    /** binary_op, unary ops, int/float arithmetic. */
    public Numbers numbers() {
        return numbers;
    }

    /** compare_op, equality, truth. */
    public Comparisons comparisons() {
        return comparisons;
    }

    /** Subscripts, slices, len, contains, concatenation and repetition of sequences. */
    public Sequences sequences() {
        return sequences;
    }

    /** Dict operations with Python keys. */
    public Mappings mappings() {
        return mappings;
    }

    /** get_iter, iter_next, unpacking, collecting an iterable into an array. */
    public Iteration iteration() {
        return iteration;
    }

    /** getattr/setattr, method lookup, isinstance. */
    public Attributes attributes() {
        return attributes;
    }

    /** int(), float(), str(), index conversion. */
    public Conversions conversions() {
        return conversions;
    }

    /** repr() and str() as Java strings, exception messages. */
    public Reprs reprs() {
        return reprs;
    }

    /** The methods of str, list and dict. */
    public BuiltinMethods methods() {
        return methods;
    }

    public TypeConstructors constructors() {
        return constructors;
    }

    // ---- allocation helpers

    /** A float Value: immediate when {@code d} has that form (it must then be), boxed otherwise. */
    public long newFloat(double d) {
        long immediate = Values.floatWord(d);
        return immediate != Values.NULL ? immediate : heap.allocate(new PyFloat(d));
    }

    /** An int Value: a small int when it fits, a big int otherwise. */
    public long newInt(BigInteger i) {
        if (i.bitLength() < 63) {
            long l = i.longValue();
            if (Values.fitsSmallInt(l)) {
                return Values.smallInt(l);
            }
        }
        return heap.allocate(new PyBigInt(i));
    }

    /** An int Value from any long (the range just outside 63 bits becomes a big int). */
    public long newInt(long i) {
        return Values.fitsSmallInt(i) ? Values.smallInt(i) : heap.allocate(new PyBigInt(BigInteger.valueOf(i)));
    }

    public long newStr(String s) {
        return strings.newStr(s);
    }

    /** A tuple owning {@code items} (not copied). */
    public long newTuple(long... items) {
        return heap.allocate(new PyTuple(items));
    }

    public long newList() {
        return heap.allocate(new PyList());
    }

    /** A list of a copy of {@code items[0..n)}. */
    public long newList(long[] items, int n) {
        return heap.allocate(new PyList(items, n));
    }

    public PyDict newDictObject() {
        return new PyDict(hashing);
    }

    public long newDict() {
        return heap.allocate(newDictObject());
    }

    // ---- types

    /** The Python type of any Value (NULL is a VM bug). */
    public PyType typeOf(long v) {
        if (Values.isSmallInt(v)) {
            return PyBuiltinType.INT;
        }
        if (v == Values.NONE) {
            return PyBuiltinType.NONE;
        }
        if (v == Values.TRUE || v == Values.FALSE) {
            return PyBuiltinType.BOOL;
        }
        if (Values.isFloat(v)) {
            return PyBuiltinType.FLOAT;
        }
        return heap.get(v).type();
    }

    /** The type name CPython uses in messages, e.g. {@code int}, {@code NoneType}, {@code MyClass}. */
    public String typeName(long v) {
        return typeOf(v).name();
    }

    /** type_tag(v): one of DslConstants.TYPE_*. */
    public int typeTag(long v) {
        if (Values.isSmallInt(v)) {
            return (int) DslConstants.TYPE_INT;
        }
        if (v == Values.NONE) {
            return (int) DslConstants.TYPE_NONE;
        }
        if (v == Values.TRUE || v == Values.FALSE) {
            return (int) DslConstants.TYPE_BOOL;
        }
        if (v == Values.NULL) {
            return (int) DslConstants.TYPE_OTHER;
        }
        if (Values.isFloat(v)) {
            return (int) DslConstants.TYPE_FLOAT;
        }
        return heap.get(v).typeTag();
    }

    /** type_version_of(v): the version of v's class for instances, 0 for everything else. */
    public int typeVersionOf(long v) {
        return Values.isObject(v) && heap.get(v) instanceof PyInstance inst ? inst.pyClass().version() : 0;
    }

    // ---- calls of Java code

    /**
     * Calls a builtin function, a builtin type (a constructor), a builtin exception class or a
     * bound builtin method. {@code self} is the receiver pushed by a method load, or NULL.
     * Python functions and user classes are the VM's: this throws TypeError for them.
     */
    public long callBuiltin(long callable, long self, long[] args, int nargs, PyDict kwargs) {
        if (Values.isHandle(callable)) {
            // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
            PyObject obj = heap.get(callable);
            if (obj instanceof PyBuiltinFunction f) {
                return f.body().call(self, args, nargs, kwargs);
            } else if (obj instanceof PyBuiltinType t && self == Values.NULL) {
                return constructors.construct(t, args, nargs, kwargs);
            } else if (obj instanceof PyBoundMethod m && self == Values.NULL && heap.get(m.function()) instanceof PyBuiltinFunction f) {
                return f.body().call(m.self(), args, nargs, kwargs);
            } else if (obj instanceof PyClass c && c.isBuiltin() && self == Values.NULL) {
                return newInstance(callable, args, nargs);
            }
        }
        throw errors.typeError("'" + typeName(callable) + "' object is not callable");
    }

    /**
     * A new instance of a class, without running {@code __init__} (the VM does that): exception
     * classes get {@code args} set from the arguments, as BaseException.__new__ does.
     */
    public long newInstance(long classValue, long[] args, int nargs) {
        PyClass cls = heap.pyClass(classValue);
        if (cls.isExceptionClass()) {
            long argsTuple = newTuple(Arrays.copyOf(args, nargs));
            return heap.allocate(new PyExceptionInstance(classValue, cls, argsTuple));
        }
        return heap.allocate(new PyInstance(classValue, cls));
    }

    /** A new instance of a builtin exception class with the given args. */
    public long newException(BuiltinException kind, long... args) {
        long cls = exceptions.handle(kind);
        return heap.allocate(new PyExceptionInstance(cls, exceptions.get(kind), newTuple(args)));
    }
}
