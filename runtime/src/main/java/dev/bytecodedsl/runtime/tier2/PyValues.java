package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.optimizer.ValueModel;
import dev.bytecodedsl.runtime.value.Values;

import java.util.function.LongToIntFunction;

/**
 * Python's value words as the kit's optimizer sees them (bytecodes.def's tagging): small ints carry
 * SMALL_INT_TAG, None and the booleans are immediates, anything else is a heap object whose TYPE_*
 * the object space knows.
 *
 * @param heapType the TYPE_* of a heap object
 */
public record PyValues(LongToIntFunction heapType) implements ValueModel {
    @Override
    public long nullBits() {
        return DslConstants.NULL_BITS;
    }

    @Override
    public int smallIntType() {
        return (int) DslConstants.TYPE_INT;
    }

    @Override
    public boolean isSmallInt(long value) {
        return Values.isSmallInt(value);
    }

    @Override
    public int typeOf(long value) {
        if (!isImmediate(value)) {
            return heapType.applyAsInt(value);
        }
        return (int) (value == DslConstants.NONE_BITS ? DslConstants.TYPE_NONE : DslConstants.TYPE_BOOL);
    }

    @Override
    public boolean needsNoHeap(long value) {
        return isSmallInt(value) || isImmediate(value);
    }

    /** None, False or True; unlike {@link Values#isImmediate}, not NULL (whose type is the object space's). */
    private static boolean isImmediate(long value) {
        return (value & DslConstants.TAG_MASK) == DslConstants.IMMEDIATE_TAG;
    }
}
