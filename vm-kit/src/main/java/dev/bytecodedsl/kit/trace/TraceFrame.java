package dev.bytecodedsl.kit.trace;

/**
 * The frame a trace runs on, as {@link TraceEngine} sees it between two traces: after one left, its
 * saved stack pointer is where the next one starts.
 */
@FunctionalInterface
public interface TraceFrame {
    int stackPointer();
}
