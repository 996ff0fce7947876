package dev.bytecodedsl.runtime.object;

import static dev.bytecodedsl.generated.DslConstants.CLASS_VERSION_WORD;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.value.Values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * A class object: a user class, or one of the builtin exception classes (which are classes too so
 * that {@code class MyError(Exception)} is ordinary single inheritance).
 *
 * <p>Specialization support: instances keep their attributes in slots, and the class owns the
 * {@code attribute name -> slot index} layout shared by all its instances, which only grows. The
 * {@link #version()} changes whenever the class dict, the layout, or any base class changes, so a
 * cached slot index or method stays valid while the version matches. Version 0 means "cannot
 * specialize" (the counter ran out). The class publishes its version in its heap words
 * (bytecodes.def's CLASS_VERSION_WORD) and rewrites it on every change, so the version guard of
 * a specialized attribute access (type_version_of) reads it without calling into Java.
 */
public final class PyClass implements PyType {
    private static int nextVersion = 1;

    private final String name;
    private final String module;
    private final long baseValue;
    private final PyClass base;
    private final PyDict dict;
    private final boolean builtin;
    private final boolean exceptionClass;
    private final Map<String, Integer> layout = new HashMap<>();
    private final List<String> slotNames = new ArrayList<>();
    private final List<PyClass> subclasses = new ArrayList<>();
    private int version;
    private HeapWords words;
    private long handle;

    /**
     * @param name       {@code __name__}
     * @param module     {@code __module__} ("builtins" for the builtin exceptions, "__main__" for the program)
     * @param baseValue  the base class's handle, or NULL when the base is {@code object}
     * @param base       the base class object, or null when the base is {@code object}
     * @param dict       the class namespace (taken over: later changes go through {@link #setAttribute})
     * @param builtin    builtin classes reject attribute assignment (immutable types)
     * @param isBaseException true only for BaseException itself; subclasses inherit it from the base
     */
    public PyClass(String name, String module, long baseValue, PyClass base, PyDict dict, boolean builtin,
                   boolean isBaseException) {
        this.name = name;
        this.module = module;
        this.baseValue = baseValue;
        this.base = base;
        this.dict = dict;
        this.builtin = builtin;
        this.exceptionClass = isBaseException || (base != null && base.exceptionClass);
        this.version = newVersion();
        if (base != null) {
            base.subclasses.add(this);
        }
    }

    /** A user class defined by a class statement; {@code base} null means {@code object}. */
    public static PyClass user(String name, String module, long baseValue, PyClass base, PyDict namespace) {
        return new PyClass(name, module, baseValue, base, namespace, false, false);
    }

    /** How many class versions were handed out: it moves whenever any class changes (tier-2 invalidation). */
    public static int versionsIssued() {
        return nextVersion;
    }

    private static int newVersion() {
        if (nextVersion == Integer.MAX_VALUE) {
            return 0;
        }
        return nextVersion++;
    }

    @Override
    public String name() {
        return name;
    }

    public String module() {
        return module;
    }

    /** The qualified name used by repr and tracebacks: the module is omitted for builtins and __main__. */
    public String qualifiedName() {
        return module.equals("builtins") || module.equals("__main__") ? name : module + "." + name;
    }

    @Override
    public PyType base() {
        return base != null ? base : PyBuiltinType.OBJECT;
    }

    /** The base class, or null when the base is {@code object}. */
    public PyClass baseClass() {
        return base;
    }

    public long baseValue() {
        return baseValue;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** Whether this is BaseException or a subclass: its instances are {@link PyExceptionInstance}s. */
    public boolean isExceptionClass() {
        return exceptionClass;
    }

    public int version() {
        return version;
    }

    /** The class's own namespace. Read freely; write only through {@link #setAttribute}. */
    public PyDict dict() {
        return dict;
    }

    /** Looks {@code name} up in this class and its bases; NULL when absent. */
    public long lookup(long name) {
        for (PyClass c = this; c != null; c = c.base) {
            long v = c.dict.get(name);
            if (v != Values.NULL) {
                return v;
            }
        }
        return Values.NULL;
    }

    /** Sets a class attribute and invalidates this class's and its subclasses' versions. */
    public void setAttribute(long name, long value) {
        dict.put(name, value);
        invalidate();
    }

    /** Deletes a class attribute; false when it was not in this class's own dict. */
    public boolean deleteAttribute(long name) {
        boolean removed = dict.remove(name) != Values.NULL;
        invalidate();
        return removed;
    }

    private void invalidate() {
        version = newVersion();
        publishVersion();
        for (PyClass sub : subclasses) {
            sub.invalidate();
        }
    }

    @Override
    public void publishWords(HeapWords words, long handle) {
        this.words = words;
        this.handle = handle;
        publishVersion();
    }

    private void publishVersion() {
        if (words != null) {
            words.set(handle, CLASS_VERSION_WORD, version);
        }
    }

    /** A swept class publishes nothing more: its handle's row may already belong to another object. */
    @Override
    public void release() {
        words = null;
    }

    // ---- instance layout

    /** The slot index of an instance attribute, or -1 when no instance has set it yet. */
    public int slotIndex(String attribute) {
        Integer i = layout.get(attribute);
        return i == null ? -1 : i;
    }

    /** The slot index of {@code attribute}, adding it to the layout (and changing the version) if new. */
    public int slotIndexForStore(String attribute) {
        Integer i = layout.get(attribute);
        if (i != null) {
            return i;
        }
        int index = slotNames.size();
        layout.put(attribute, index);
        slotNames.add(attribute);
        invalidate();
        return index;
    }

    public int slotCount() {
        return slotNames.size();
    }

    /** The attribute name of slot {@code index}. */
    public String slotName(int index) {
        return slotNames.get(index);
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_CLASS;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.TYPE;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(baseValue);
        dict.traceValues(visitor);
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }
}
