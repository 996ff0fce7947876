package dev.bytecodedsl.kit.trace;

/**
 * Where optimized traces can run besides the uop interpreter: a copy-and-patch JIT. Lives as long
 * as the VM; closing it frees what it allocated.
 */
public interface TraceBackend<C> extends AutoCloseable {
    /**
     * Compiles {@code trace}; null means "run it on the uop interpreter" (only when the backend
     * was asked to fall back); anything it cannot compile otherwise is an exception.
     */
    NativeTrace<C> compile(Trace trace, String name);

    /**
     * Why an optimized trace should not be installed at all (its loop runs faster in tier 1), or
     * null to install and compile it. The reason starts with its kind, up to a colon if details
     * follow ({@code "helper-bound: 9 helper calls ..."}): statistics count the loops left by kind.
     *
     * @param endsInATrace whether, where the trace ends, a trace continues (the engine stitches or
     *                     links them) rather than tier 1
     */
    String reasonToDecline(Trace trace, boolean endsInATrace);

    /** Lines for a VM's statistics report (compile counts and times), ending in a newline, or empty. */
    String formatStats();

    @Override
    void close();
}
