package dev.bytecodedsl.kit.trace;

/**
 * A trace ready to run on a VM's frame, interpreted ({@link TraceInterpreter}) or compiled
 * ({@link NativeTrace}). {@code C} is the VM's generated {@code UopContext}.
 */
@FunctionalInterface
public interface TraceRunner<C> {
    /** What {@link #run} returns after an error was unwound (or another label ran); the generated uop interpreter's too. */
    int LEFT_THROUGH_LABEL = -1;

    /**
     * Runs the trace on the context's current frame from stack pointer {@code sp}; returns the index
     * of the uop that left the trace (the frame's saved state set to its target) or
     * {@link #LEFT_THROUGH_LABEL}.
     */
    int run(C ctx, int sp);
}
