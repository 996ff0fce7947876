package dev.bytecodedsl.runtime.tier2;

/**
 * The seam between projection and execution: an optimizer rewrites a projected trace (guard
 * elimination, constant promotion, ...) before it is installed. The abstract interpreter is a
 * later step; until then {@link #IDENTITY} installs the projection as it is.
 */
@FunctionalInterface
public interface Optimizer {
    Optimizer IDENTITY = trace -> trace;

    Trace optimize(Trace trace);
}
