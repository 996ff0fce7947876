package dev.bytecodedsl.runtime.tier2;

/**
 * What traces assume about the world, as one epoch: it moves whenever a globals namespace that
 * some trace reads through LOAD_GLOBAL_* is written, or a class version changes. An executor
 * records the epoch it was created in and is invalid once it moved. Coarse (any such write
 * invalidates every executor that depends on globals or classes) but correct, and cheap to check;
 * per-dict and per-class watchers can refine it when the optimizer starts relying on assumptions.
 */
public final class Assumptions {
    private long globalsEpoch;
    private long invalidations;

    /** A watched namespace was written. */
    public void globalsChanged() {
        globalsEpoch++;
    }

    public long globalsEpoch() {
        return globalsEpoch;
    }

    void countInvalidation() {
        invalidations++;
    }

    public long invalidations() {
        return invalidations;
    }
}
