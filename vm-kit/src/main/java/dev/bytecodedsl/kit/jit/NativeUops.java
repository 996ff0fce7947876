package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.trace.Trace;

/**
 * How many uops one run of machine code executed, worked out after it returned so that the code
 * itself counts nothing per uop. A trace is straight-line code whose only jump back is its loop
 * close ({@code _JUMP_TO_TOP}, to its successor); every other way out leaves the trace. So a run
 * that entered at uop {@code entry}, left at uop {@code left} and passed the loop close {@code k}
 * times is fixed by those three numbers. The uop that left counts as executed (a guard that failed
 * ran; a uop that raised or reached an eval-breaker check ran), as the uop interpreter counts it.
 */
final class NativeUops {
    private NativeUops() {
    }

    /**
     * @param loopCloses how often the loop close ran (the loop counter's count); its last run does
     *                   not jump back when the run left there (at the eval-breaker check)
     */
    static long executed(Trace trace, int jumpToTop, int entry, int left, long loopCloses) {
        int last = trace.length() - 1;
        long jumpsBack = loopCloses - (left == last && loopCloses > 0 ? 1 : 0);
        if (jumpsBack == 0) {
            return left + 1 - entry;
        }
        int top = trace.successor(last, jumpToTop);
        long body = trace.length() - top;
        return (trace.length() - entry) + (jumpsBack - 1) * body + (left + 1 - top);
    }
}
