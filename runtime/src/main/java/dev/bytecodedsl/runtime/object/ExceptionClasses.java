package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.value.Values;

/**
 * The builtin exception classes of one heap, allocated and pinned when the space is created. They
 * are per heap (not static) because class objects have handles and mutable layouts.
 */
public final class ExceptionClasses {
    private final PyClass[] classes = new PyClass[BuiltinException.values().length];
    private final long[] handles = new long[classes.length];

    public ExceptionClasses(Heap heap, KeyEquivalence keys) {
        for (BuiltinException e : BuiltinException.values()) {
            BuiltinException base = e.base();
            PyClass baseClass = base == null ? null : classes[base.ordinal()];
            long baseValue = base == null ? Values.NULL : handles[base.ordinal()];
            PyClass c = new PyClass(e.pythonName(), "builtins", baseValue, baseClass, new PyDict(keys), true,
                    base == null);
            classes[e.ordinal()] = c;
            handles[e.ordinal()] = heap.allocatePinned(c);
        }
    }

    public PyClass get(BuiltinException e) {
        return classes[e.ordinal()];
    }

    /** The class's handle (pinned). */
    public long handle(BuiltinException e) {
        return handles[e.ordinal()];
    }
}
