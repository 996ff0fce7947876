package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongConsumer;

/**
 * Iterator over a dict's keys, values or (key, value) tuples in insertion order. Like CPython it
 * raises RuntimeError when the dict changes size during iteration.
 */
public final class PyDictIter implements PyIterator {
    /** What the iterator yields. */
    public enum Kind {
        KEYS(PyBuiltinType.DICT_KEY_ITERATOR, PyBuiltinType.DICT_KEYS),
        VALUES(PyBuiltinType.DICT_VALUE_ITERATOR, PyBuiltinType.DICT_VALUES),
        ITEMS(PyBuiltinType.DICT_ITEM_ITERATOR, PyBuiltinType.DICT_ITEMS);

        final PyBuiltinType type;
        final PyBuiltinType viewType;

        Kind(PyBuiltinType type, PyBuiltinType viewType) {
            this.type = type;
            this.viewType = viewType;
        }
    }

    private final long dictValue;
    private final PyDict dict;
    private final Kind kind;
    private final int initialSize;
    private int entry;

    public PyDictIter(long dictValue, PyDict dict, Kind kind) {
        this.dictValue = dictValue;
        this.dict = dict;
        this.kind = kind;
        this.initialSize = dict.size();
    }

    @Override
    public long next(ObjectSpace space) {
        if (dict.size() != initialSize) {
            throw space.errors().runtimeError("dictionary changed size during iteration");
        }
        int limit = dict.entryLimit();
        while (entry < limit && dict.entryKey(entry) == Values.NULL) {
            entry++;
        }
        if (entry >= limit) {
            return Values.NULL;
        }
        int i = entry++;
        return switch (kind) {
            case KEYS -> dict.entryKey(i);
            case VALUES -> dict.entryValue(i);
            case ITEMS -> space.newTuple(dict.entryKey(i), dict.entryValue(i));
        };
    }

    @Override
    public int typeTag() {
        return (int) DslConstants.TYPE_OTHER;
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        visitor.accept(dictValue);
    }
}
