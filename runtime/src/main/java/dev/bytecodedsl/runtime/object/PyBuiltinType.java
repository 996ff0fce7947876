package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

/**
 * The builtin types, shared by every {@link Heap} because they are immutable. Their handles in a
 * heap are allocated (and pinned) by whoever exposes them as Values, e.g. the builtins module.
 * Their tag is TYPE_BUILTIN: calling one (e.g. {@code int("3")}) is a call of Java code, see
 * {@code ObjectSpace.callBuiltin}.
 */
public final class PyBuiltinType implements PyType {
    public static final PyBuiltinType OBJECT = new PyBuiltinType("object", null);
    public static final PyBuiltinType TYPE = new PyBuiltinType("type", OBJECT);
    public static final PyBuiltinType NONE = new PyBuiltinType("NoneType", OBJECT);
    public static final PyBuiltinType INT = new PyBuiltinType("int", OBJECT);
    public static final PyBuiltinType BOOL = new PyBuiltinType("bool", INT);
    public static final PyBuiltinType FLOAT = new PyBuiltinType("float", OBJECT);
    public static final PyBuiltinType STR = new PyBuiltinType("str", OBJECT);
    public static final PyBuiltinType LIST = new PyBuiltinType("list", OBJECT);
    public static final PyBuiltinType TUPLE = new PyBuiltinType("tuple", OBJECT);
    public static final PyBuiltinType DICT = new PyBuiltinType("dict", OBJECT);
    public static final PyBuiltinType RANGE = new PyBuiltinType("range", OBJECT);
    public static final PyBuiltinType SLICE = new PyBuiltinType("slice", OBJECT);
    public static final PyBuiltinType RANGE_ITERATOR = new PyBuiltinType("range_iterator", OBJECT);
    public static final PyBuiltinType LIST_ITERATOR = new PyBuiltinType("list_iterator", OBJECT);
    public static final PyBuiltinType TUPLE_ITERATOR = new PyBuiltinType("tuple_iterator", OBJECT);
    public static final PyBuiltinType STR_ITERATOR = new PyBuiltinType("str_ascii_iterator", OBJECT);
    public static final PyBuiltinType DICT_KEY_ITERATOR = new PyBuiltinType("dict_keyiterator", OBJECT);
    public static final PyBuiltinType DICT_VALUE_ITERATOR = new PyBuiltinType("dict_valueiterator", OBJECT);
    public static final PyBuiltinType DICT_ITEM_ITERATOR = new PyBuiltinType("dict_itemiterator", OBJECT);
    public static final PyBuiltinType DICT_KEYS = new PyBuiltinType("dict_keys", OBJECT);
    public static final PyBuiltinType DICT_VALUES = new PyBuiltinType("dict_values", OBJECT);
    public static final PyBuiltinType DICT_ITEMS = new PyBuiltinType("dict_items", OBJECT);
    public static final PyBuiltinType ENUMERATE = new PyBuiltinType("enumerate", OBJECT);
    public static final PyBuiltinType ZIP = new PyBuiltinType("zip", OBJECT);
    public static final PyBuiltinType FUNCTION = new PyBuiltinType("function", OBJECT);
    public static final PyBuiltinType CODE = new PyBuiltinType("code", OBJECT);
    public static final PyBuiltinType BUILTIN_FUNCTION = new PyBuiltinType("builtin_function_or_method", OBJECT);
    public static final PyBuiltinType METHOD = new PyBuiltinType("method", OBJECT);

    private final String name;
    private final PyBuiltinType base;

    private PyBuiltinType(String name, PyBuiltinType base) {
        this.name = name;
        this.base = base;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PyType base() {
        return base;
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_BUILTIN;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
