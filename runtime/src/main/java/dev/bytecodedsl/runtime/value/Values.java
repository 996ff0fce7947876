package dev.bytecodedsl.runtime.value;

import dev.bytecodedsl.generated.DslConstants;

/**
 * The tagged 64-bit words every stack slot, local, container element and helper argument holds
 * (see the comment at the top of bytecodes.def). A word is one of:
 * <ul>
 *   <li>a small int {@code (i << 1) | 1}, {@code i} in [{@link #SMALL_INT_MIN}, {@link #SMALL_INT_MAX}];</li>
 *   <li>{@link #NULL} (0): "no value", never a Python object;</li>
 *   <li>the immediates {@link #NONE}, {@link #FALSE}, {@link #TRUE};</li>
 *   <li>a heap handle {@code (index + 1) << 3} naming an object in the {@code Heap}.</li>
 * </ul>
 * One handle per object, so Python identity ({@code is}) is word equality.
 */
public final class Values {
    public static final long NULL = DslConstants.NULL_BITS;
    public static final long NONE = DslConstants.NONE_BITS;
    public static final long FALSE = DslConstants.FALSE_BITS;
    public static final long TRUE = DslConstants.TRUE_BITS;
    public static final long SMALL_INT_MIN = DslConstants.SMALL_INT_MIN;
    public static final long SMALL_INT_MAX = DslConstants.SMALL_INT_MAX;

    private static final long TAG_MASK = DslConstants.TAG_MASK;
    private static final int HANDLE_SHIFT = (int) DslConstants.HANDLE_SHIFT;

    private Values() {
    }

    public static boolean isSmallInt(long v) {
        return (v & DslConstants.SMALL_INT_TAG) != 0;
    }

    /** Whether {@code i} has a small-int encoding (63-bit two's complement). */
    public static boolean fitsSmallInt(long i) {
        return i >= SMALL_INT_MIN && i <= SMALL_INT_MAX;
    }

    /** The word of small int {@code i}; the caller guarantees {@link #fitsSmallInt(long)}. */
    public static long smallInt(long i) {
        return (i << 1) | DslConstants.SMALL_INT_TAG;
    }

    /** The payload of a small-int word (arithmetic shift keeps the sign). */
    public static long smallIntValue(long v) {
        return v >> 1;
    }

    public static long fromBool(boolean b) {
        return b ? TRUE : FALSE;
    }

    public static boolean isBool(long v) {
        return v == TRUE || v == FALSE;
    }

    /** True for NULL, None, False and True: words that are neither small ints nor handles. */
    public static boolean isImmediate(long v) {
        return (v & TAG_MASK) == DslConstants.IMMEDIATE_TAG || v == NULL;
    }

    public static boolean isHandle(long v) {
        return v != NULL && (v & TAG_MASK) == 0;
    }

    /** The object-table index of a handle. */
    public static int handleIndex(long handle) {
        return (int) (handle >>> HANDLE_SHIFT) - 1;
    }

    public static long handleOfIndex(int index) {
        return ((long) index + 1) << HANDLE_SHIFT;
    }
}
