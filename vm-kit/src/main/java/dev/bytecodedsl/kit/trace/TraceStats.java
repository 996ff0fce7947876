package dev.bytecodedsl.kit.trace;

/**
 * Tier 2's counters: traces, entries, uops run (when the VM counts them), side exits, stitching,
 * invalidations. How they are printed is the VM's business.
 */
public final class TraceStats {
    private long tracesCreated;
    private long projectionsAbandoned;
    private long tracesDeclined;
    private long uopsExecuted;
    private long executorEntries;
    private long sideExits;
    private long nativeEntries;
    private long sideTracesCreated;
    private long stitchedExits;
    private long invalidations;

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

    void invalidated() {
        invalidations++;
    }

    /** Executors found invalid (each once). */
    public long invalidations() {
        return invalidations;
    }
}
