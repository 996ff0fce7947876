package dev.bytecodedsl.kit.trace;

/**
 * The frame a trace runs on, as {@link TraceEngine} sees it between two traces: after one left, its
 * saved stack pointer is where the next one starts. That is the frame tier 1 would resume, which
 * is not always the one the loop's trace was entered in: a side trace may start in a callee the
 * loop's trace called ({@code TraceEngine}'s side traces in callees), and a trace may have returned
 * into a caller.
 */
@FunctionalInterface
public interface TraceFrame {
    int stackPointer();

    /**
     * The caller a return from this frame goes back to, when a trace may follow that return: a
     * function of a version {@link Callees} gave, running in this interpreter invocation (so that
     * tier 1 goes on there once the trace leaves). Null when there is none (module code, an entry
     * frame of a nested invocation, a VM that follows no returns): then returns leave to tier 1.
     */
    default Caller caller() {
        return null;
    }

    /** A caller: its function's version and code, and the unit of the CALL it made (tier 1's saved offset). */
    record Caller(long version, char[] code, int callIp) {
    }
}
