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
    Assumptions NONE = trace -> () -> true;

    /** What {@code trace} relies on, as of now. */
    Validity snapshot(Trace trace);

    /** Whether what a trace relied on when it was made still holds. */
    @FunctionalInterface
    interface Validity {
        boolean holds();
    }
}
