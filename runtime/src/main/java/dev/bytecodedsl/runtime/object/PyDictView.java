package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;

import java.util.function.LongConsumer;

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
public record PyDictView(long dictValue, PyDict dict, PyDictIter.Kind kind) implements PyObject {
    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return kind.viewType;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(dictValue);
    }
}
