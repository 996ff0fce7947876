package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.value.Values;

/** The method tables of str, list and dict (looked up by {@code Attributes}). */
public final class BuiltinMethods {
    private final MethodTable strMethods;
    private final MethodTable listMethods;
    private final MethodTable dictMethods;

    public BuiltinMethods(ObjectSpace space) {
        Args args = new Args(space);
        this.strMethods = StrMethods.table(space, args);
        this.listMethods = ListMethods.table(space, args);
        this.dictMethods = DictMethods.table(space, args);
    }

    /** The method's PyBuiltinFunction handle (call it with the receiver as self), or NULL. */
    public long lookup(PyBuiltinType type, String name) {
        if (type == PyBuiltinType.STR) {
            return strMethods.lookup(name);
        }
        if (type == PyBuiltinType.LIST) {
            return listMethods.lookup(name);
        }
        if (type == PyBuiltinType.DICT) {
            return dictMethods.lookup(name);
        }
        return Values.NULL;
    }
}
