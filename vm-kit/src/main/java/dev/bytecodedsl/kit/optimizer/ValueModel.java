package dev.bytecodedsl.kit.optimizer;

/**
 * How a VM encodes its values in 64-bit words, as far as the optimizer's {@link Symbols} must know:
 * which word is NULL, which words are small ints (and their type tag), the type tag of any other
 * constant, and which words stand alone (folding may only produce those).
 */
public interface ValueModel {
    /** The word of NULL ({@code sym_is_null}). */
    long nullBits();

    /** The type tag of a small int ({@code sym_set_small_int} makes a symbol of this type). */
    int smallIntType();

    /** Whether {@code value} is a small int. */
    boolean isSmallInt(long value);

    /** The type tag of a constant that is neither NULL nor a small int. */
    int typeOf(long value);

    /** Whether {@code value} needs no heap object: folding may only produce these (nothing to allocate or keep alive). */
    boolean needsNoHeap(long value);
}
