package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.util.function.LongConsumer;

/**
 * A function bound to a receiver: {@code obj.method} for a Python function found on obj's class,
 * or for a builtin method of str/list/dict. Calling it calls {@code function} with {@code self}
 * first.
 */
public record PyBoundMethod(long self, long function) implements PyObject {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.METHOD;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(self);
        visitor.accept(function);
    }
}
