package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.trace.Trace;

import java.util.function.ToLongFunction;

/**
 * What each {@code HoleValue} stands for at uop {@code index} of a trace being compiled
 * (docs/jit-abi.md, "Holes"), before the addend. {@code exitLinks} is the address of the trace's
 * first exit link slot ({@link ExitLinks}).
 */
record HoleValues(Trace trace, int jumpToTop, int index, long[] entries, long codeBase, long dataBase, int traceId,
                  long exitLinks) {
    long of(Hole hole, ToLongFunction<String> helperAddress) {
        return switch (hole.value()) {
            case CONTINUE -> entries[index + 1 < entries.length ? index + 1 : 0];
            // The loop top _JUMP_TO_TOP's operand names: after peeling, the body's copy, so the
            // first iteration's guards and _START_EXECUTOR do not run again.
            case JUMP_TARGET -> entries[trace.successor(index, jumpToTop)];
            case OPARG -> trace.oparg(index);
            case OPERAND -> trace.operand(index);
            case TARGET -> trace.target(index);
            case UOP_INDEX -> index;
            case TRACE_ID -> traceId;
            case EXIT_LINK -> exitLinks + 8L * index;
            case HELPER -> helperAddress.applyAsLong(hole.symbol());
            case CODE -> codeBase;
            case DATA -> dataBase;
        };
    }
}
