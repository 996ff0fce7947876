package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.object.BuiltinException;

/**
 * Creates the PyErrors that operations throw: allocates the exception instance with CPython's
 * message as its single argument. Usage: {@code throw space.errors().typeError("...")}.
 */
public final class Errors {
    private final ObjectSpace space;

    public Errors(ObjectSpace space) {
        this.space = space;
    }

    /** An exception of {@code kind} whose args are {@code (message,)}. */
    public PyError raise(BuiltinException kind, String message) {
        long exc = space.newException(kind, space.newStr(message));
        return new PyError(exc, kind.pythonName() + ": " + message);
    }

    /** An exception of {@code kind} whose args are {@code (value,)}, e.g. KeyError(key). */
    public PyError raiseWithValue(BuiltinException kind, long value) {
        long exc = space.newException(kind, value);
        return new PyError(exc, kind.pythonName());
    }

    public PyError typeError(String message) {
        return raise(BuiltinException.TYPE_ERROR, message);
    }

    public PyError valueError(String message) {
        return raise(BuiltinException.VALUE_ERROR, message);
    }

    public PyError indexError(String message) {
        return raise(BuiltinException.INDEX_ERROR, message);
    }

    /** KeyError(key): its str() is the repr of the key. */
    public PyError keyError(long key) {
        return raiseWithValue(BuiltinException.KEY_ERROR, key);
    }

    public PyError zeroDivision(String message) {
        return raise(BuiltinException.ZERO_DIVISION_ERROR, message);
    }

    /** A bare MemoryError, as CPython raises when an allocation fails. */
    public PyError memoryError() {
        return new PyError(space.newException(BuiltinException.MEMORY_ERROR), "MemoryError");
    }

    public PyError overflow(String message) {
        return raise(BuiltinException.OVERFLOW_ERROR, message);
    }

    public PyError attributeError(String message) {
        return raise(BuiltinException.ATTRIBUTE_ERROR, message);
    }

    public PyError runtimeError(String message) {
        return raise(BuiltinException.RUNTIME_ERROR, message);
    }

    /** {@code unsupported operand type(s) for +: 'int' and 'str'}. */
    public PyError unsupportedOperands(String operator, long a, long b) {
        return typeError("unsupported operand type(s) for " + operator + ": '" + space.typeName(a) + "' and '"
                + space.typeName(b) + "'");
    }

    /** {@code bad operand type for unary -: 'str'}. */
    public PyError badUnaryOperand(String operator, long v) {
        return typeError("bad operand type for " + operator + ": '" + space.typeName(v) + "'");
    }

    /** {@code '<' not supported between instances of 'str' and 'int'}. */
    public PyError notOrderable(String operator, long a, long b) {
        return typeError("'" + operator + "' not supported between instances of '" + space.typeName(a) + "' and '"
                + space.typeName(b) + "'");
    }

    /** {@code 'int' object is not iterable}. */
    public PyError notIterable(long v) {
        return typeError("'" + space.typeName(v) + "' object is not iterable");
    }

    /** {@code unhashable type: 'list'}. */
    public PyError unhashable(long v) {
        return typeError("unhashable type: '" + space.typeName(v) + "'");
    }
}
