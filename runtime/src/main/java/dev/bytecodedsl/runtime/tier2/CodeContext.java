package dev.bytecodedsl.runtime.tier2;

import java.util.function.LongToIntFunction;

/**
 * What the optimizer needs from the code object a trace runs in: its constants and names (LOAD_CONST
 * knows its value), how many locals a frame has, and the TYPE_* of a heap object (a constant's type).
 */
public record CodeContext(long[] consts, long[] names, int localCount, LongToIntFunction typeTag) {
}
