package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.GeneratedAbstractInterpretation;
import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.kit.jit.Coverage;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.optimizer.TraceOptimizer;
import dev.bytecodedsl.kit.trace.Optimizer;
import dev.bytecodedsl.kit.trace.TraceEngine;
import dev.bytecodedsl.kit.trace.TracePrinter;
import dev.bytecodedsl.kit.trace.TraceStats;
import dev.bytecodedsl.runtime.vm.Counters;

import java.io.PrintStream;

/**
 * Python's tier 2: the runtime kit's trace engine over the generated instruction set and uop
 * interpreter, plus what only Python has: the assumptions its traces make about globals and classes
 * ({@link PyAssumptions}), the kit's optimizer over Python's generated abstract interpreter
 * ({@link GeneratedAbstractInterpretation}, with {@link PyValues}), its backoff counters and its --stats report.
 */
public final class Tier2 {
    /** Python's traces as text (--trace, tests). */
    public static final TracePrinter PRINTER = new TracePrinter(GeneratedInstructionSet.INSTANCE);

    private final PyAssumptions assumptions = new PyAssumptions();
    /** Null with --no-optimize: traces are installed as projected. */
    private final TraceOptimizer<?> optimizer;
    private final TraceEngine<UopContext> engine;
    /** The JIT compiling the traces, or null. */
    private Jit<UopContext> jit;

    /**
     * @param traceLog          where --trace prints each new trace, or null
     * @param sideExitThreshold how often a branch exit is taken before it gets a side trace
     */
    public Tier2(boolean optimize, PrintStream traceLog, int sideExitThreshold) {
        this.optimizer = optimize
                ? new TraceOptimizer<>(GeneratedInstructionSet.INSTANCE, GeneratedAbstractInterpretation.INSTANCE) : null;
        // JUMP_BACKWARD's only cache unit is its backoff counter.
        this.engine = new TraceEngine<>(GeneratedInstructionSet.INSTANCE, UopInterpreter.TRACES, assumptions,
                (code, jumpIp) -> code[jumpIp + 1] = Counters.backoff(code[jumpIp + 1]), traceLog,
                sideExitThreshold);
    }

    /** From now on, traces are compiled by {@code jit} and run natively. */
    public void useJit(Jit<UopContext> jit) {
        this.jit = jit;
        engine.useBackend(jit);
    }

    public TraceEngine<UopContext> engine() {
        return engine;
    }

    public TraceStats stats() {
        return engine.stats();
    }

    public PyAssumptions assumptions() {
        return assumptions;
    }

    /** The optimizer, or null with --no-optimize. */
    public TraceOptimizer<?> optimizer() {
        return optimizer;
    }

    /** What the kit runs on the traces of the code object {@code code} before installing them. */
    public Optimizer optimizerFor(CodeContext code) {
        return optimizer == null ? Optimizer.IDENTITY : optimizer.forCode(code);
    }

    /** The --stats report of tier 2 (and of the JIT when traces are compiled). */
    public String formatStats() {
        TraceStats stats = engine.stats();
        String tier2 = "Tier 2:\n"
                + "  traces created        " + stats.tracesCreated() + "\n"
                + "  projections abandoned " + stats.projectionsAbandoned() + "\n"
                + "  left to tier 1        " + stats.tracesDeclined() + "\n"
                + "  executor entries      " + stats.executorEntries() + "\n"
                + "  uops executed         " + stats.uopsExecuted() + "\n"
                + "  side exits            " + stats.sideExits() + "\n"
                + "  side traces created   " + stats.sideTracesCreated() + "\n"
                + "    of them returns     " + stats.returnTracesCreated() + "\n"
                + "  exits stitched        " + stats.stitchedExits() + "\n"
                + "  invalidations         " + stats.invalidations() + "\n"
                + (optimizer == null ? "" : optimizer.formatStats());
        return engine.backend() == null ? tier2 : tier2 + "  native entries        " + stats.nativeEntries() + "\n"
                + engine.backend().formatStats();
    }

    /**
     * Where the run's work went (the --stats "Coverage" block), given tier 1's instruction
     * dispatches; the machine-code figures are zero without the JIT.
     */
    public Coverage coverage(long tier1Instructions) {
        return Coverage.of(tier1Instructions, engine.stats(), jit == null ? null : jit.stats());
    }

    /** Frees the backend (the JIT) and with it every executor's machine code. */
    public void closeBackend() {
        if (engine.backend() != null) {
            engine.backend().close();
        }
    }
}
