package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/**
 * A builtin function ({@code len}) or a builtin method descriptor ({@code list.append}, with
 * {@link #ownerName()} "list"): called with the receiver as {@code self}.
 */
public record PyBuiltinFunction(String name, String ownerName, BuiltinBody body) implements PyObject {
    /** A plain builtin function. */
    public static PyBuiltinFunction function(String name, BuiltinBody body) {
        return new PyBuiltinFunction(name, null, body);
    }

    /** A method of a builtin type, e.g. ("append", "list"). */
    public static PyBuiltinFunction method(String name, String ownerName, BuiltinBody body) {
        return new PyBuiltinFunction(name, ownerName, body);
    }

    public boolean isMethod() {
        return ownerName != null;
    }

    /** How CPython names it in messages: {@code len} or {@code list.append}. */
    public String qualifiedName() {
        return ownerName == null ? name : ownerName + "." + name;
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_BUILTIN;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.BUILTIN_FUNCTION;
    }
}
