package dev.bytecodedsl.kit.trace;

/**
 * The frame a trace runs on, as {@link TraceEngine} sees it between two traces: after one left, its
 * saved stack pointer is where the next one starts. That is the frame tier 1 would resume, which
 * is not always the one the loop's trace was entered in: a side trace may start in a callee the
 * loop's trace called ({@code TraceEngine}'s side traces in callees).
 */
@FunctionalInterface
public interface TraceFrame {
    int stackPointer();
}
