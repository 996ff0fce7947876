package dev.bytecodedsl.runtime.tier2;

/** The tier-2 counters --stats prints: traces, uops run, side exits, invalidations. */
public final class Tier2Stats {
    private long tracesCreated;
    private long projectionsAbandoned;
    private long tracesDeclined;
    private long uopsExecuted;
    private long executorEntries;
    private long sideExits;
    private long nativeEntries;
    private long sideTracesCreated;
    private long stitchedExits;

    void traceCreated() {
        tracesCreated++;
    }

    void projectionAbandoned() {
        projectionsAbandoned++;
    }

    void traceDeclined() {
        tracesDeclined++;
    }

    public long tracesDeclined() {
        return tracesDeclined;
    }

    void entered() {
        executorEntries++;
    }

    void enteredNatively() {
        nativeEntries++;
    }

    void sideExit() {
        sideExits++;
    }

    void sideTraceCreated() {
        sideTracesCreated++;
    }

    /** An exit that went on in another trace (its side trace, or the executor at its target). */
    void stitched() {
        stitchedExits++;
    }

    public long sideTracesCreated() {
        return sideTracesCreated;
    }

    public long stitchedExits() {
        return stitchedExits;
    }

    public void uopExecuted() {
        uopsExecuted++;
    }

    public long tracesCreated() {
        return tracesCreated;
    }

    public long projectionsAbandoned() {
        return projectionsAbandoned;
    }

    public long uopsExecuted() {
        return uopsExecuted;
    }

    public long executorEntries() {
        return executorEntries;
    }

    /** Executor entries that ran machine code (the JIT's traces). */
    public long nativeEntries() {
        return nativeEntries;
    }

    public long sideExits() {
        return sideExits;
    }

    public String format(long invalidations) {
        return "Tier 2:\n"
                + "  traces created        " + tracesCreated + "\n"
                + "  projections abandoned " + projectionsAbandoned + "\n"
                + "  left to tier 1        " + tracesDeclined + "\n"
                + "  executor entries      " + executorEntries + "\n"
                + "  uops executed         " + uopsExecuted + "\n"
                + "  side exits            " + sideExits + "\n"
                + "  side traces created   " + sideTracesCreated + "\n"
                + "  exits stitched        " + stitchedExits + "\n"
                + "  invalidations         " + invalidations + "\n";
    }
}
