package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.DslConstants;

/**
 * Adaptive counters, CPython 3.13's layout: a 16-bit cache unit with a 12-bit value above a 4-bit
 * backoff exponent; the instruction specializes when the value reaches 0.
 */
public final class Counters {
    private static final int BACKOFF_BITS = 4;
    private static final int BACKOFF_MASK = (1 << BACKOFF_BITS) - 1;
    private static final int MAX_BACKOFF = 12;
    private static final int VALUE_MASK = (int) DslConstants.COUNTER_VALUE_MASK;

    /** Value 1, backoff 1: a site specializes on its second execution (CPython's warm-up). */
    public static final char WARMUP = make(1, 1);
    /** Value 52, backoff 0: after a successful specialization, misses must add up before retrying. */
    public static final char COOLDOWN = make(52, 0);

    /** A JUMP_BACKWARD that triggers on its {@code threshold}-th execution (at least the 1st). */
    public static char hotLoop(int threshold) {
        return make(Math.min(Math.max(threshold, 1) - 1, VALUE_MASK >> BACKOFF_BITS), 1);
    }

    private Counters() {
    }

    static char make(int value, int backoff) {
        return (char) (value << BACKOFF_BITS | backoff);
    }

    /** One step down; the caller only advances counters whose value is not 0. */
    public static char advance(char counter) {
        return (char) (counter - (1 << BACKOFF_BITS));
    }

    /** After a failed attempt: exponential backoff, value 2^backoff - 1 with backoff + 1 (capped at 12). */
    public static char backoff(char counter) {
        int backoff = counter & BACKOFF_MASK;
        if (backoff < MAX_BACKOFF) {
            backoff++;
        }
        return make((1 << backoff) - 1, backoff);
    }

    public static boolean triggers(char counter) {
        return (counter & VALUE_MASK) == 0;
    }
}
