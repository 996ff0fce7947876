package dev.bytecodedsl.runtime.tier2;

/**
 * The seam between projection and execution: an optimizer rewrites a projected trace before it is
 * installed. The result is a plain {@link Trace} of the same shape (the uop interpreter and the JIT
 * run it as they run a projection). {@link TraceOptimizer} is the default; {@link #IDENTITY}
 * (--no-optimize) installs the projection as it is.
 */
public interface Optimizer {
    Optimizer IDENTITY = (trace, code) -> trace;

    Trace optimize(Trace trace, CodeContext code);

    /** Lines for --stats (empty when there is nothing to say). */
    default String formatStats() {
        return "";
    }
}
