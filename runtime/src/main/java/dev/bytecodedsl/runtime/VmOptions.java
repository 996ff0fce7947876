package dev.bytecodedsl.runtime;

import java.util.function.Consumer;

/**
 * How to run a program.
 *
 * @param disassemble  print the (quickened) disassembly of every code object after the run
 * @param stats        count executions and print the per-family specialization table (and the tier-2
 *                     counters) after the run
 * @param gcStress     collect at every eval-breaker check (tests GC safety); also {@code -Dpyvm.gcStress=true}
 * @param debug        show Java stack traces of internal errors
 * @param tier2        run hot loops as traces on the uop interpreter
 * @param hotThreshold with tier 2: the JUMP_BACKWARD execution that projects a loop
 * @param traceTraces  with tier 2: print every trace when it is created (before and after optimization)
 * @param optimize     with tier 2: optimize traces (abstract interpretation) before installing them
 * @param jit          compile traces to machine code with the copy-and-patch JIT (implies tier 2)
 * @param jitFallback  with the JIT: run a trace with a uop that has no stencil on the uop interpreter
 *                     instead of failing
 * @param jitDump      with the JIT: print each trace's machine code and patched holes
 * @param jitAll       with the JIT: compile every trace, also loops bound by helper calls (which
 *                     otherwise stay in tier 1, where they run faster)
 * @param oneShot      the process ends after this run (the command line): native memory is left to the
 *                     OS, not unmapped, so a run never links the munmap downcall (FFM spins a stub class
 *                     per call shape, milliseconds of start-up each)
 */
public record VmOptions(boolean disassemble, boolean stats, boolean gcStress, boolean debug, boolean tier2,
                        int hotThreshold, boolean traceTraces, boolean optimize, boolean jit, boolean jitFallback,
                        boolean jitDump, boolean jitAll, boolean oneShot) {
    /** CPython's JUMP_BACKWARD warm-up (16). */
    public static final int DEFAULT_HOT_THRESHOLD = 16;

    public static VmOptions defaults() {
        Builder b = new Builder();
        b.gcStress = Boolean.getBoolean("pyvm.gcStress");
        b.debug = Boolean.getBoolean("pyvm.debug");
        b.hotThreshold = DEFAULT_HOT_THRESHOLD;
        b.optimize = true;
        return b.build();
    }

    public VmOptions withDisassemble(boolean on) {
        return with(b -> b.disassemble = on);
    }

    public VmOptions withStats(boolean on) {
        return with(b -> b.stats = on);
    }

    public VmOptions withGcStress(boolean on) {
        return with(b -> b.gcStress = on);
    }

    public VmOptions withDebug(boolean on) {
        return with(b -> b.debug = on);
    }

    public VmOptions withTier2(boolean on) {
        return with(b -> b.tier2 = on);
    }

    public VmOptions withHotThreshold(int threshold) {
        return with(b -> b.hotThreshold = threshold);
    }

    public VmOptions withTraceTraces(boolean on) {
        return with(b -> b.traceTraces = on);
    }

    public VmOptions withOptimize(boolean on) {
        return with(b -> b.optimize = on);
    }

    /** The JIT runs traces, so it turns tier 2 on as well. */
    public VmOptions withJit(boolean on) {
        return with(b -> {
            b.jit = on;
            b.tier2 |= on;
        });
    }

    public VmOptions withJitFallback(boolean on) {
        return with(b -> b.jitFallback = on);
    }

    public VmOptions withJitDump(boolean on) {
        return with(b -> b.jitDump = on);
    }

    public VmOptions withJitAll(boolean on) {
        return with(b -> b.jitAll = on);
    }

    public VmOptions withOneShot(boolean on) {
        return with(b -> b.oneShot = on);
    }

    private VmOptions with(Consumer<Builder> change) {
        Builder b = toBuilder();
        change.accept(b);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.disassemble = disassemble;
        b.stats = stats;
        b.gcStress = gcStress;
        b.debug = debug;
        b.tier2 = tier2;
        b.hotThreshold = hotThreshold;
        b.traceTraces = traceTraces;
        b.optimize = optimize;
        b.jit = jit;
        b.jitFallback = jitFallback;
        b.jitDump = jitDump;
        b.jitAll = jitAll;
        b.oneShot = oneShot;
        return b;
    }

    /** The mutable form the withers change one field of, so each wither names only its own field. */
    private static final class Builder {
        private boolean disassemble;
        private boolean stats;
        private boolean gcStress;
        private boolean debug;
        private boolean tier2;
        private int hotThreshold;
        private boolean traceTraces;
        private boolean optimize;
        private boolean jit;
        private boolean jitFallback;
        private boolean jitDump;
        private boolean jitAll;
        private boolean oneShot;

        VmOptions build() {
            return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, traceTraces, optimize, jit,
                    jitFallback, jitDump, jitAll, oneShot);
        }
    }
}
