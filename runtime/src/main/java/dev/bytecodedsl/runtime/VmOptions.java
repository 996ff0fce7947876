package dev.bytecodedsl.runtime;

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
 */
public record VmOptions(boolean disassemble, boolean stats, boolean gcStress, boolean debug, boolean tier2,
                        int hotThreshold, boolean traceTraces, boolean optimize, boolean jit, boolean jitFallback,
                        boolean jitDump, boolean jitAll) {
    /** CPython's JUMP_BACKWARD warm-up (16). */
    public static final int DEFAULT_HOT_THRESHOLD = 16;

    public static VmOptions defaults() {
        return new VmOptions(false, false, Boolean.getBoolean("pyvm.gcStress"), Boolean.getBoolean("pyvm.debug"),
                false, DEFAULT_HOT_THRESHOLD, false, true, false, false, false, false);
    }

    public VmOptions withDisassemble(boolean on) {
        return new VmOptions(on, stats, gcStress, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withStats(boolean on) {
        return new VmOptions(disassemble, on, gcStress, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withGcStress(boolean on) {
        return new VmOptions(disassemble, stats, on, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withDebug(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, on, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withTier2(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, on, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withOptimize(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, traceTraces, on,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withHotThreshold(int threshold) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, threshold, traceTraces, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    public VmOptions withTraceTraces(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, on, optimize,
                jit, jitFallback, jitDump, jitAll);
    }

    /** The JIT runs traces, so it turns tier 2 on as well. */
    public VmOptions withJit(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2 || on, hotThreshold, traceTraces, optimize,
                on, jitFallback, jitDump, jitAll);
    }

    public VmOptions withJitFallback(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, on, jitDump, jitAll);
    }

    public VmOptions withJitDump(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, on, jitAll);
    }

    public VmOptions withJitAll(boolean on) {
        return new VmOptions(disassemble, stats, gcStress, debug, tier2, hotThreshold, traceTraces, optimize,
                jit, jitFallback, jitDump, on);
    }
}
