package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.UopCell;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.runtime.object.PyClass;

/**
 * An installed trace: what ENTER_EXECUTOR runs in place of a hot loop's JUMP_BACKWARD. It keeps
 * the JUMP_BACKWARD's oparg (to restore it and find the loop top once invalid), the assumptions it
 * was created under, and how often each uop left the trace (hot side exits are where side traces
 * will attach).
 */
public final class Executor {
    private final Trace trace;
    private final int jumpIp;
    private final int jumpOparg;
    private final boolean readsGlobals;
    private final boolean readsClasses;
    private final long globalsEpoch;
    private final int classVersions;
    private final long[] exits;
    private boolean valid = true;
    private NativeTrace nativeTrace;
    /** The trace decoded for the uop interpreter, made on its first interpreted run (native traces never need it). */
    private UopCell[] cells;
    private long nativeEntries;
    /** Runs of this executor on the Java stack: a helper in the trace may re-enter it (recursion). */
    private int activeRuns;
    private boolean freeWhenIdle;

    Executor(Trace trace, int jumpIp, int jumpOparg, Assumptions assumptions) {
        this.trace = trace;
        this.jumpIp = jumpIp;
        this.jumpOparg = jumpOparg;
        this.readsGlobals = trace.contains(Uops._GUARD_GLOBALS_VERSION);
        this.readsClasses = trace.contains(Uops._GUARD_TYPE_VERSION);
        this.globalsEpoch = assumptions.globalsEpoch();
        this.classVersions = PyClass.versionsIssued();
        this.exits = new long[trace.length()];
    }

    public Trace trace() {
        return trace;
    }

    /** The code unit of the instruction this executor replaced. */
    public int jumpIp() {
        return jumpIp;
    }

    /** The replaced JUMP_BACKWARD's full oparg (EXTENDED_ARG prefixes included). */
    public int jumpOparg() {
        return jumpOparg;
    }

    /** The loop top: where tier 1 goes when the executor is not run. */
    public int loopTop() {
        return jumpIp + 2 - jumpOparg;
    }

    /** Whether the trace's assumptions still hold; once false, it stays false. */
    public boolean isValid(Assumptions assumptions) {
        if (valid && ((readsGlobals && assumptions.globalsEpoch() != globalsEpoch)
                || (readsClasses && PyClass.versionsIssued() != classVersions))) {
            valid = false;
            assumptions.countInvalidation();
        }
        return valid;
    }

    public boolean readsGlobals() {
        return readsGlobals;
    }

    /** The trace's machine code from now on (the JIT compiled it). */
    void setNative(NativeTrace compiled) {
        this.nativeTrace = compiled;
    }

    /** Whether the trace runs as machine code (else on the uop interpreter). */
    public boolean isNative() {
        return nativeTrace != null;
    }

    /** How often the trace was entered as machine code. */
    public long nativeEntries() {
        return nativeEntries;
    }

    /**
     * Frees the machine code: the executor died (invalidated). While an outer run of the same
     * trace is still executing that code (a helper re-entered it), freeing waits until it returns.
     */
    void freeNative() {
        if (activeRuns > 0) {
            freeWhenIdle = true;
        } else if (nativeTrace != null) {
            nativeTrace.close();
            nativeTrace = null;
        }
    }

    /**
     * Runs the trace on the context's current frame from stack pointer {@code sp}, natively when
     * it was compiled; returns the index of the exiting uop (counted) or
     * {@link UopInterpreter#LEFT_THROUGH_LABEL}.
     */
    public int run(UopContext ctx, int sp) {
        int left;
        if (nativeTrace != null) {
            nativeEntries++;
            activeRuns++;
            try {
                left = nativeTrace.run(ctx, sp);
            } finally {
                activeRuns--;
                if (activeRuns == 0 && freeWhenIdle) {
                    freeWhenIdle = false;
                    freeNative();
                }
            }
        } else {
            if (cells == null) {
                cells = UopCell.of(trace.uopArray(), trace.opargArray(), trace.operandArray(), trace.targetArray());
            }
            left = UopInterpreter.run(ctx, sp, cells);
        }
        if (left != UopInterpreter.LEFT_THROUGH_LABEL) {
            exits[left]++;
        }
        return left;
    }

    /** How often uop {@code index} left the trace. */
    public long exits(int index) {
        return exits[index];
    }

    public long totalExits() {
        long n = 0;
        for (long e : exits) {
            n += e;
        }
        return n;
    }
}
