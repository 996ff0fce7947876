package dev.bytecodedsl.runtime.tier2;

/**
 * The frame a trace runs on, as {@link TraceEngine} sees it between two traces: after one left, its
 * saved stack pointer is where the next one starts.
 */
public interface TraceFrame {
    int stackPointer();
}
