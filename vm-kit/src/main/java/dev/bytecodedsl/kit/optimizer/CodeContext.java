package dev.bytecodedsl.kit.optimizer;

/**
 * What the optimizer needs from the code object a trace runs in: its constants and names (the
 * abstract cases read them as the real ones do), how many locals a frame has, and how the VM's
 * values are encoded (a constant's type).
 */
public interface CodeContext {
    long[] consts();

    long[] names();

    int localCount();

    ValueModel values();

    /**
     * The code object a trace's _PUSH_FRAME enters, by the function version projection put in its
     * operand; null when the VM no longer knows it (the optimizer then leaves the trace as projected).
     * A VM whose traces do not follow calls has nothing to answer.
     */
    default CodeContext callee(long functionVersion) {
        return null;
    }
}
