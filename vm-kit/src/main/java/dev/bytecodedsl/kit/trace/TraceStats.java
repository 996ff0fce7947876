package dev.bytecodedsl.kit.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tier 2's counters: traces, entries, uops run (when the VM counts them), side exits, stitching,
 * invalidations, and the loops left in tier 1 with the reason. How they are printed is the VM's business.
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
    private long returnTracesCreated;
    private long stitchedExits;
    private long invalidations;
    /** Loops whose last attempt left them in tier 1, by name ("f, loop 5..41"): the reason's category. */
    private final Map<String, String> loopsLeft = new LinkedHashMap<>();

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

    /** A side trace that follows a return from the frame its trace started in (counted as a side trace too). */
    void returnTraceCreated() {
        sideTracesCreated++;
        returnTracesCreated++;
    }

    /** An exit that went on in another trace (its side trace, or the executor at its target). */
    void stitched() {
        stitchedExits++;
    }

    public long sideTracesCreated() {
        return sideTracesCreated;
    }

    /** The side traces that are return traces. */
    public long returnTracesCreated() {
        return returnTracesCreated;
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

    /** The loop {@code loop} stays in tier 1 for now, for {@code reason} ("helper-bound", "too long", ...). */
    void loopLeft(String loop, String reason) {
        loopsLeft.put(loop, reason);
    }

    /** The loop {@code loop} got a trace (an earlier attempt may have left it in tier 1). */
    void loopTraced(String loop) {
        loopsLeft.remove(loop);
    }

    /** Loops whose last attempt left them in tier 1, counted by reason, in the reasons' order. */
    public Map<String, Long> loopsLeftByReason() {
        Map<String, Long> byReason = new TreeMap<>();
        loopsLeft.values().forEach(reason -> byReason.merge(reason, 1L, Long::sum));
        return byReason;
    }

    void invalidated() {
        invalidations++;
    }

    /** Executors found invalid (each once). */
    public long invalidations() {
        return invalidations;
    }
}
