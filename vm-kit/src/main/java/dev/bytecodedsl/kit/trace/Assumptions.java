package dev.bytecodedsl.kit.trace;

/**
 * What a VM's traces assume about its world beyond their own guards (CPython's watchers: a
 * namespace a trace reads was written, a class changed). An executor takes a {@link Validity} when
 * it is made and is invalid, for good, once that stops holding; {@code _CHECK_VALIDITY} and every
 * entry check it.
 */
@FunctionalInterface
public interface Assumptions {
    /** For a VM whose traces assume nothing their guards do not check. */
    Assumptions NONE = trace -> Validity.ALWAYS;

    /** What {@code trace} relies on, as of now. */
    Validity snapshot(Trace trace);

    /** Whether what a trace relied on when it was made still holds. */
    @FunctionalInterface
    interface Validity {
        /** For a trace that relies on nothing that can change. */
        Validity ALWAYS = new Validity() {
            @Override
            public boolean holds() {
                return true;
            }

            @Override
            public boolean canChange() {
                return false;
            }
        };

        boolean holds();

        /**
         * Whether {@link #holds} may ever turn false.
         */
        default boolean canChange() {
            return true;
        }

        /**
         * Whether the trace may run without asking {@link #holds} first: machine code cannot ask
         * (validity is computed here, lazily), so only such traces are jumped to from other traces'
         * machine code (docs/jit-abi.md, "Linked exits"). True when validity cannot change, or when
         * the trace's own guards check, live, everything its assumptions are about, so that running
         * it after they changed is still correct and invalidation only spares the guards' failures.
         */
        default boolean mayRunUnchecked() {
            return !canChange();
        }
    }
}
