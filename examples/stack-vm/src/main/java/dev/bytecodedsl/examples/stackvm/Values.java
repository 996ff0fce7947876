package dev.bytecodedsl.examples.stackvm;

/**
 * This machine's value words: small integers tagged {@code n << 1 | 1}, so that 0 stays free for
 * NULL (the generated code's "no value / error" result) and the ADD family has a tag to guard.
 */
public final class Values {

    /** The largest magnitude a tagged word holds (63 bits of payload). */
    public static final long MAX = Long.MAX_VALUE >> 1;
    public static final long MIN = Long.MIN_VALUE >> 1;

    private Values() {}

    public static long of(long n) {
        if (n > MAX || n < MIN) {
            throw new IllegalArgumentException("integer out of range: " + n);
        }
        return n << 1 | 1;
    }

    public static long intValue(long word) {
        return word >> 1;
    }

    public static boolean isSmall(long word) {
        return (word & 1) != 0;
    }
}
