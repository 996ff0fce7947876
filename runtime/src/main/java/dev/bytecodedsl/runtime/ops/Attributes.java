package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyBoundMethod;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.object.PyType;
import dev.bytecodedsl.runtime.value.Values;

/**
 * load_attr/store_attr, method lookup for calls, isinstance and except-clause matching.
 * Instance attributes live in slots (see {@link PyClass}); an attribute found on the class that is
 * a Python function (TYPE_FUNCTION, the VM's object) comes back bound to the instance.
 */
public final class Attributes {
    private final ObjectSpace space;
    private final Heap heap;

    public Attributes(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap();
    }

    private String nameOf(long name) {
        return heap.str(name).value();
    }

    /** load_attr: {@code owner.name}; {@code name} is a str handle. Methods come back bound. */
    public long getAttr(long owner, long name) {
        long method = lookupMethod(owner, name);
        if (method != Values.NULL) {
            return heap.allocate(new PyBoundMethod(owner, method));
        }
        PyObject o = Values.isObject(owner) ? heap.get(owner) : null;
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        if (o instanceof PyInstance inst) {
            long v = instanceAttribute(inst, name);
            if (v != Values.NULL) {
                return v;
            }
        } else if (o instanceof PyClass cls) {
            long v = cls.lookup(name);
            if (v != Values.NULL) {
                return v;
            }
            if (nameOf(name).equals("__name__")) {
                return space.newStr(cls.name());
            }
            throw space.errors().attributeError("type object '" + cls.name() + "' has no attribute '"
                    + nameOf(name) + "'");
        } else if (o instanceof PyBuiltinType t) {
            if (nameOf(name).equals("__name__")) {
                return space.newStr(t.name());
            }
            throw space.errors().attributeError("type object '" + t.name() + "' has no attribute '"
                    + nameOf(name) + "'");
        }
        throw noAttribute(owner, name);
    }

    private RuntimeException noAttribute(long owner, long name) {
        return space.errors().attributeError("'" + space.typeName(owner) + "' object has no attribute '"
                + nameOf(name) + "'");
    }

    /** An instance's own attribute (slot), else a non-method class attribute, else exception args; or NULL. */
    private long instanceAttribute(PyInstance inst, long name) {
        String attribute = nameOf(name);
        int slot = inst.pyClass().slotIndex(attribute);
        if (slot >= 0 && inst.slot(slot) != Values.NULL) {
            return inst.slot(slot);
        }
        long v = inst.pyClass().lookup(name);
        if (v != Values.NULL) {
            return v;
        }
        if (inst instanceof PyExceptionInstance e && attribute.equals("args")) {
            return e.args();
        }
        return Values.NULL;
    }

    /**
     * The function to call for {@code owner.name(...)} with owner as self, or NULL when the attribute
     * is not a method (then use {@link #getAttr}). Avoids allocating a bound method: the VM pushes
     * (function, owner). Finds Python functions on an instance's class (unless shadowed by an
     * instance attribute) and the builtin methods of str, list and dict.
     */
    public long lookupMethod(long owner, long name) {
        if (!Values.isObject(owner)) {
            return Values.NULL;
        }
        PyObject o = heap.get(owner);
        if (o instanceof PyInstance inst) {
            int slot = inst.pyClass().slotIndex(nameOf(name));
            if (slot >= 0 && inst.slot(slot) != Values.NULL) {
                return Values.NULL;
            }
            long v = inst.pyClass().lookup(name);
            return v != Values.NULL && space.typeTag(v) == DslConstants.TYPE_FUNCTION ? v : Values.NULL;
        }
        if (o.type() instanceof PyBuiltinType t && !(o instanceof PyType)) {
            return space.methods().lookup(t, nameOf(name));
        }
        return Values.NULL;
    }

    /** store_attr: {@code owner.name = v}. */
    public void setAttr(long owner, long name, long v) {
        PyObject o = Values.isObject(owner) ? heap.get(owner) : null;
        if (o instanceof PyExceptionInstance e && nameOf(name).equals("args")) {
            e.setArgs(asArgsTuple(v));
        } else if (o instanceof PyInstance inst) {
            inst.setSlot(inst.pyClass().slotIndexForStore(nameOf(name)), v);
        } else if (o instanceof PyClass cls && !cls.isBuiltin()) {
            cls.setAttribute(name, v);
        } else if (o instanceof PyClass cls) {
            throw immutableType(cls.name(), name);
        } else if (o instanceof PyBuiltinType t) {
            throw immutableType(t.name(), name);
        } else {
            throw noAttribute(owner, name);
        }
    }

    /** {@code del owner.name}. */
    public void delAttr(long owner, long name) {
        PyObject o = Values.isObject(owner) ? heap.get(owner) : null;
        if (o instanceof PyInstance inst) {
            int slot = inst.pyClass().slotIndex(nameOf(name));
            if (slot >= 0 && inst.slot(slot) != Values.NULL) {
                inst.setSlot(slot, Values.NULL);
                return;
            }
        } else if (o instanceof PyClass cls && !cls.isBuiltin()) {
            if (cls.deleteAttribute(name)) {
                return;
            }
        }
        throw noAttribute(owner, name);
    }

    private RuntimeException immutableType(String typeName, long name) {
        return space.errors().typeError("cannot set '" + nameOf(name) + "' attribute of immutable type '"
                + typeName + "'");
    }

    private long asArgsTuple(long v) {
        return space.newTuple(space.iteration().toArray(v));
    }

    // ---- isinstance and exception matching

    /** isinstance(obj, classinfo): classinfo is a type or a (nested) tuple of types. */
    public boolean isInstance(long obj, long classinfo) {
        PyObject info = Values.isObject(classinfo) ? heap.get(classinfo) : null;
        if (info instanceof PyType t) {
            return space.typeOf(obj).isSubtypeOf(t);
        } else if (info instanceof PyTuple tuple) {
            for (long item : tuple.toArray()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        } else {
            throw space.errors().typeError(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    /**
     * exception_matches: whether exception instance {@code exc} matches an except clause's
     * {@code type} (a class or tuple of classes, which must derive from BaseException).
     */
    public boolean exceptionMatches(long exc, long type) {
        PyObject info = Values.isObject(type) ? heap.get(type) : null;
        if (info instanceof PyClass c && c.isExceptionClass()) {
            return space.typeOf(exc).isSubtypeOf(c);
        } else if (info instanceof PyTuple tuple) {
            boolean matched = false;
            for (long item : tuple.toArray()) {
                matched |= exceptionMatches(exc, item); // every entry is checked, as CPython validates all
            }
            return matched;
        } else {
            throw space.errors().typeError(
                    "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Whether {@code v} is an instance of the builtin exception {@code kind} (or a subclass). */
    public boolean isException(long v, BuiltinException kind) {
        return space.typeOf(v).isSubtypeOf(space.exceptions().get(kind));
    }

    /** The str handle's Java string (attribute names). */
    public String attributeName(long name) {
        return ((PyStr) heap.get(name)).value();
    }
}
