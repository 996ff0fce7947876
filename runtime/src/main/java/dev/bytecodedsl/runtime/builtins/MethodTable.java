package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinBody;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.value.Values;

import java.util.HashMap;
import java.util.Map;

/** The methods of one builtin type: name -> pinned PyBuiltinFunction handle. */
final class MethodTable {
    private final ObjectSpace space;
    private final String owner;
    private final Map<String, Long> methods = new HashMap<>();

    MethodTable(ObjectSpace space, String owner) {
        this.space = space;
        this.owner = owner;
    }

    void add(String name, BuiltinBody body) {
        methods.put(name, space.heap().allocatePinned(PyBuiltinFunction.method(name, owner, body)));
    }

    long lookup(String name) {
        Long handle = methods.get(name);
        return handle == null ? Values.NULL : handle;
    }
}
