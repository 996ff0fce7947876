// Generated from input.def by the cases generator (tier 1). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.NativeWords;

/**
 * The {@code func}s of the DSL, for both interpreters; those that take no registers are
 * public, so the VM's own Java computes what they compute from the same definition.
 */
public final class DslFunctions {
    private DslFunctions() {
    }

    /**
     * {@code func boxed_sum}
     */
    static long boxed_sum(Registers __s, long a, long b) {
        long sum = a + b;
        return __s.ctx.boxInt(sum);
    }

    /**
     * {@code func clear_payloads}
     */
    static void clear_payloads(Registers __s, long v, long n) {
        if (((v & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((0) << 3)) : 0L) == 0L) {
            return;
        }
        for (long i = 0L; i < n; i += 1L) {
            NativeWords.setWord(__s.heapWordsBase, ((v) << 2) + ((DslConstants.PAYLOAD_WORD) << 3), 0L);
        }
        __s.ctx.note(v);
    }

    /**
     * {@code func halved_round_trip}
     */
    public static long halved_round_trip(long v) {
        double d = ((double) ((v) >> DslConstants.TAG));
        return ((long) (d * 0.5));
    }

    /**
     * {@code func item}
     */
    static long item(Registers __s, long v, long i) {
        return (NativeWords.word(NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((DslConstants.ITEMS_WORD) << 3)), ((i) << 3)));
    }

    /**
     * {@code func payload}
     */
    static long payload(Registers __s, long v) {
        if (((v) & DslConstants.TAG) != 0L) {
            return DslFunctions.untag(v);
        }
        return NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((DslConstants.PAYLOAD_WORD) << 3));
    }

    /**
     * {@code func shift_item}
     */
    static void shift_item(Registers __s, long v, long i) {
        NativeWords.setWord(NativeWords.word(__s.heapWordsBase, ((v) << 2) + ((DslConstants.ITEMS_WORD) << 3)), ((i + 1L) << 3), (DslFunctions.item(__s, v, i)));
    }

    /**
     * {@code func untag}
     */
    public static long untag(long v) {
        return (v) >> DslConstants.TAG;
    }
}
