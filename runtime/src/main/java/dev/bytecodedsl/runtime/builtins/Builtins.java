package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinBody;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyDict;

import java.io.PrintStream;

/**
 * The builtins module's namespace: functions, the callable builtin types and the exception
 * classes, each value pinned. The VM adds what only it can implement (e.g. __build_class__).
 */
public final class Builtins {
    private final ObjectSpace space;
    private final PyDict dict;
    private final long dictHandle;

    /** Builds the namespace; print writes to {@code out}. */
    public Builtins(ObjectSpace space, PrintStream out) {
        this.space = space;
        this.dict = space.newDictObject();
        this.dictHandle = space.heap().allocatePinned(dict);
        BuiltinFunctions f = new BuiltinFunctions(space, out);
        function("print", f::print);
        function("len", f::len);
        function("abs", f::abs);
        function("min", f::min);
        function("max", f::max);
        function("sum", f::sum);
        function("repr", f::repr);
        function("round", f::round);
        function("sorted", f::sorted);
        function("chr", f::chr);
        function("ord", f::ord);
        function("isinstance", f::isinstance);
        for (PyBuiltinType type : new PyBuiltinType[] {PyBuiltinType.INT, PyBuiltinType.FLOAT, PyBuiltinType.STR,
                PyBuiltinType.BOOL, PyBuiltinType.LIST, PyBuiltinType.TUPLE, PyBuiltinType.DICT, PyBuiltinType.RANGE,
                PyBuiltinType.ENUMERATE, PyBuiltinType.ZIP, PyBuiltinType.OBJECT}) {
            put(type.name(), space.heap().allocatePinned(type));
        }
        for (BuiltinException e : BuiltinException.values()) {
            put(e.pythonName(), space.exceptions().handle(e));
        }
    }

    private void function(String name, BuiltinBody body) {
        put(name, space.heap().allocatePinned(PyBuiltinFunction.function(name, body)));
    }

    /** Adds or replaces a builtin (pinned by the caller if it is a new object). */
    public void put(String name, long value) {
        dict.put(space.strings().intern(name), value);
    }

    /** The namespace dict (pinned). */
    public PyDict dict() {
        return dict;
    }

    /** The namespace dict's handle. */
    public long dictHandle() {
        return dictHandle;
    }
}
