package dev.bytecodedsl.runtime.vm.specialize;

import dev.bytecodedsl.generated.CacheLayout;
import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.value.Values;
import dev.bytecodedsl.runtime.vm.PyFunction;

/** CALL. Cache: counter, function version or method handle (2 units), at the offsets of {@link CacheLayout}. */
public final class CallSpecializer {
    private final ObjectSpace space;
    /** list.append's descriptor, which CALL_LIST_APPEND recognizes by its handle. */
    private final long listAppend;

    public CallSpecializer(ObjectSpace space) {
        this.space = space;
        this.listAppend = space.methods().lookup(PyBuiltinType.LIST, "append");
    }

    /** {@code first}: the first argument, or NULL without arguments (CALL_LEN looks at its type). */
    public void call(Site site, long callable, long selfOrNull, int nargs, long first) {
        PyObject o = Values.isObject(callable) ? space.heap().get(callable) : null;
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        if (nargs == 1 && selfOrNull == Values.NULL && o instanceof PyBuiltinFunction f && isLen(f)
                && hasLengthWord(space.typeTag(first))) {
            site.write32(CacheLayout.CALL_METHOD, callable);
            site.specialize(Opcodes.CALL_LEN);
        } else if (nargs == 1 && callable == listAppend && space.typeTag(selfOrNull) == DslConstants.TYPE_LIST) {
            // handles fit in 32 bits (the heap has at most 2^28 rows)
            site.write32(CacheLayout.CALL_METHOD, callable);
            site.specialize(Opcodes.CALL_LIST_APPEND);
        } else if (o instanceof PyBuiltinFunction || o instanceof PyBuiltinType) {
            // builtin functions and builtin types share the guard's TYPE_BUILTIN tag
            site.specialize(Opcodes.CALL_BUILTIN);
        } else if (o instanceof PyFunction f && f.code().argCount() == nargs + (selfOrNull == Values.NULL ? 0 : 1)) {
            site.write32(CacheLayout.CALL_FUNC_VERSION, f.version());
            site.specialize(Opcodes.CALL_PY_EXACT_ARGS);
        } else {
            site.fail();
        }
    }

    /** The builtin function {@code len} (not a method named len). */
    private static boolean isLen(PyBuiltinFunction f) {
        return !f.isMethod() && f.name().equals("len");
    }

    /** The types whose length CALL_LEN reads from their heap words. */
    private static boolean hasLengthWord(int typeTag) {
        return typeTag == DslConstants.TYPE_LIST || typeTag == DslConstants.TYPE_TUPLE || typeTag == DslConstants.TYPE_STR;
    }
}
