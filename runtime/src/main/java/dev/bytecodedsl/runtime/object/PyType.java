package dev.bytecodedsl.runtime.object;

/**
 * A Python type: a builtin type ({@link PyBuiltinType}) or a class object ({@link PyClass}: user
 * classes and the builtin exception classes). Single inheritance: {@link #base()} is the only
 * parent and {@code object} (whose base is null) is the root of every chain.
 */
public sealed interface PyType extends PyObject permits PyBuiltinType, PyClass {
    /** The name CPython prints, e.g. {@code int}, {@code list_iterator}, {@code KeyError}. */
    String name();

    /** The parent type; null only for {@code object}. */
    PyType base();

    /** {@code issubclass(this, other)}. */
    default boolean isSubtypeOf(PyType other) {
        for (PyType t = this; t != null; t = t.base()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }
}
