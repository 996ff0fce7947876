package dev.bytecodedsl.runtime.value;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.DslFunctions;

/**
 * The tagged 64-bit words every stack slot, local, container element and helper argument holds
 * (see the comment at the top of bytecodes.def). A word is one of:
 * <ul>
 *   <li>a small int {@code (i << 1) | 1}, {@code i} in [{@link #SMALL_INT_MIN}, {@link #SMALL_INT_MAX}];</li>
 *   <li>{@link #NULL} (0): "no value", never a Python object;</li>
 *   <li>the immediates {@link #NONE}, {@link #FALSE}, {@link #TRUE};</li>
 *   <li>an immediate float (low bits {@code 100}): most doubles, see {@link #floatWord(double)};</li>
 *   <li>a heap handle {@code (index + 1) << 3} naming an object in the {@code Heap}.</li>
 * </ul>
 * One handle per object and one word per immediate float, so Python identity ({@code is}) is word
 * equality. The float encoding is bytecodes.def's functions {@code immediate_float} and
 * {@code immediate_float_value}, which this class calls; everything else asks {@link #isFloat},
 * {@link #floatValue} and {@link #floatWord}, or gets a {@code PyFloat} from {@code Heap.get}.
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

    /** True for NULL, None, False and True: words that are neither small ints, floats nor handles. */
    public static boolean isImmediate(long v) {
        return (v & TAG_MASK) == DslConstants.IMMEDIATE_TAG || v == NULL;
    }

    /** An immediate float: a word that is a float without being a handle. */
    public static boolean isFloat(long v) {
        return (v & TAG_MASK) == DslConstants.FLOAT_TAG;
    }

    /** A word {@code Heap.get} answers with an object: a handle or an immediate float. */
    public static boolean isObject(long v) {
        return isHandle(v) || isFloat(v);
    }

    /**
     * The immediate float word of {@code d}, or {@link #NULL} when {@code d} has none (subnormals,
     * inf, nan, magnitudes beyond about 1.2e-38..6.8e38); every float result must use it when it can,
     * so the encoding stays canonical.
     */
    public static long floatWord(double d) {
        return DslFunctions.immediate_float(d);
    }

    /** The double of an immediate float word ({@link #isFloat}). */
    public static double floatValue(long v) {
        return DslFunctions.immediate_float_value(v);
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
