package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.runtime.vm.Counters;

import java.io.PrintStream;

/**
 * Tier 2 for one thread: turns hot loops into executors (project, optimize, install in place of
 * the JUMP_BACKWARD) and enters them from ENTER_EXECUTOR. Works on a code object's units and
 * executor table only; the caller supplies the frame's position and applies the resume point.
 */
public final class TraceEngine {
    /** {@link #enter} result when the trace ran: the frame's saved state says where to resume. */
    public static final int RAN = -1;

    private final Optimizer optimizer;
    private final Assumptions assumptions;
    private final Tier2Stats stats = new Tier2Stats();
    private final PrintStream traceLog;
    private Executor running;
    private TraceBackend backend;

    /** @param traceLog where --trace prints each new trace, or null */
    public TraceEngine(Optimizer optimizer, Assumptions assumptions, PrintStream traceLog) {
        this.optimizer = optimizer;
        this.assumptions = assumptions;
        this.traceLog = traceLog;
    }

    /** From now on, new traces are compiled by {@code backend} (the JIT) and run natively. */
    public void useBackend(TraceBackend backend) {
        this.backend = backend;
    }

    /** The backend compiling traces (the JIT), or null. */
    public TraceBackend backend() {
        return backend;
    }

    public Tier2Stats stats() {
        return stats;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Assumptions assumptions() {
        return assumptions;
    }

    /**
     * Projects the loop closed by the JUMP_BACKWARD at {@code jumpIp} and installs it; returns the
     * new executor, or null when the projection does not close the loop or the table is full (the
     * caller backs the counter off).
     */
    public Executor install(char[] code, ExecutorTable table, int jumpIp, int backDistance, String codeName,
                            CodeContext context) {
        if (table.isFull()) {
            return null;
        }
        int loopTop = jumpIp + 2 - backDistance;
        TraceProjector.Projection projection = TraceProjector.project(code, loopTop, jumpIp, table.nextIndex());
        if (!projection.closesLoop()) {
            stats.projectionAbandoned();
            return null;
        }
        Trace projected = projection.trace();
        Trace optimized = optimizer.optimize(projected, context);
        String loop = codeName + ", loop " + loopTop + ".." + jumpIp;
        String declined = backend == null ? null : backend.reasonToDecline(optimized);
        if (declined != null) {
            stats.traceDeclined();
            if (traceLog != null) {
                traceLog.print("Left " + loop + " to tier 1: " + declined + "\n");
            }
            return null;
        }
        Executor executor = new Executor(optimized, jumpIp, backDistance, assumptions);
        int index = table.add(executor);
        if (backend != null) {
            executor.setNative(backend.compile(executor.trace(), loop));
        }
        code[jumpIp] = (char) (Opcodes.ENTER_EXECUTOR | index << 8);
        stats.traceCreated();
        if (traceLog != null) {
            if (optimizer != Optimizer.IDENTITY) {
                traceLog.print("Projected trace for " + loop + " (" + projected.length() + " uops):\n"
                        + TracePrinter.format(projected) + "Optimized:\n");
            }
            traceLog.print("Created executor " + index + " for " + loop + " (" + executor.trace().length()
                    + " uops):\n" + TracePrinter.format(executor.trace()));
        }
        return executor;
    }

    /**
     * ENTER_EXECUTOR with {@code oparg} at {@code jumpIp}, the frame's stack pointer {@code sp}.
     * Runs the executor and returns {@link #RAN}; when it was invalidated, restores the
     * JUMP_BACKWARD (counter backed off) and returns the loop top, where tier 1 continues.
     */
    public int enter(UopContext ctx, char[] code, ExecutorTable table, int oparg, int sp) {
        Executor executor = table.get(oparg);
        if (!executor.isValid(assumptions)) {
            executor.freeNative();
            int jumpIp = executor.jumpIp();
            code[jumpIp] = (char) (Opcodes.JUMP_BACKWARD | (executor.jumpOparg() & 0xFF) << 8);
            code[jumpIp + 1] = Counters.backoff(code[jumpIp + 1]);
            return executor.loopTop();
        }
        // Traces nest through calls (a call in a trace runs a loop with its own trace).
        Executor outer = running;
        running = executor;
        stats.entered();
        if (executor.isNative()) {
            stats.enteredNatively();
        }
        try {
            if (executor.run(ctx, sp) != UopInterpreter.LEFT_THROUGH_LABEL) {
                stats.sideExit();
            }
        } finally {
            running = outer;
        }
        return RAN;
    }

    /** _CHECK_VALIDITY: the running executor's assumptions still hold. */
    public boolean runningIsValid() {
        return running != null && running.isValid(assumptions);
    }

    public String formatStats() {
        String tier2 = stats.format(assumptions.invalidations()) + optimizer.formatStats();
        return backend == null ? tier2 : tier2 + "  native entries        " + stats.nativeEntries() + "\n"
                + backend.formatStats();
    }

    /** Frees the backend and with it every executor's machine code. */
    public void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }
}
