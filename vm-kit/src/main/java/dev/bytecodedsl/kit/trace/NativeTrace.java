package dev.bytecodedsl.kit.trace;

/**
 * A trace compiled to machine code by a {@link TraceBackend}. Runs with the uop interpreter's
 * contract ({@link TraceRunner}), except that its exits may be linked to other native traces: the
 * machine code then goes on in them without returning, and {@link #run} returns the exit of the
 * trace that finally left ({@link #leftFrom}). Closing frees the code.
 */
public interface NativeTrace<C> extends TraceRunner<C>, AutoCloseable {
    /** The executor this code runs for; told once, by the executor. */
    void ownedBy(Executor<C> executor);

    /**
     * Right after {@link #run}: the executor whose trace the returned exit belongs to (this trace's
     * unless linked exits jumped on into others).
     */
    Executor<C> leftFrom();

    /**
     * From now on exit {@code exit} jumps straight into {@code next}'s entry, in the frame the exit
     * leaves in, instead of returning, where the caller would have run {@code next} anyway; the
     * caller guarantees that {@code next} may run without a validity check
     * ({@link Assumptions.Validity#mayRunUnchecked}). A backend may decline (then nothing changes);
     * the link is cut when either trace is closed.
     */
    void link(int exit, NativeTrace<C> next);

    /**
     * Nothing runs or jumps into this trace from now on. It may be called while the code is still
     * executing (beneath a helper it called, or entered through a link): the backend frees the code
     * once no machine code runs.
     */
    @Override
    void close();
}
