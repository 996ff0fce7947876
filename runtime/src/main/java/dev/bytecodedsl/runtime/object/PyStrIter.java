package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/** Iterator over a str: one-code-point strings. */
public final class PyStrIter implements PyIterator {
    private final long strValue;
    private final PyStr str;
    private int index;

    public PyStrIter(long strValue, PyStr str) {
        this.strValue = strValue;
        this.str = str;
    }

    @Override
    public long next(ObjectSpace space) {
        if (index >= str.length()) {
            return Values.NULL;
        }
        return space.strings().ofCodePoint(str.codePointAt(index++));
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return PyBuiltinType.STR_ITERATOR;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(strValue);
    }
}
