package dev.bytecodedsl.python.compile;

/**
 * One protected range of CPython's zero-cost exception table. An exception raised by an instruction
 * in {@code [start, end)} pops the value stack down to {@code depth} items, pushes the exception and
 * continues at {@code target}. All positions are code-unit offsets.
 *
 * @param depth the stack depth the unwinder pops to; the handler starts with {@code depth + 1} items
 * @param lasti whether the unwinder also pushes the offset of the raising instruction below the
 *     exception (CPython's lasti); this compiler never sets it, since bytecodes.def's RERAISE has
 *     no use for it
 */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {
    public ExceptionTableEntry {
        if (start < 0 || end <= start || target < 0 || depth < 0) {
            throw new IllegalArgumentException("bad exception table entry " + start + ".." + end + " -> " + target);
        }
    }
}
