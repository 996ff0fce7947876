package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.UopCell;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.runtime.object.PyClass;

/**
 * An installed trace: what ENTER_EXECUTOR runs in place of a hot loop's JUMP_BACKWARD, or a side
 * trace attached to one of another executor's exits. It keeps the JUMP_BACKWARD's oparg (to restore
 * it and find the loop top once invalid), the assumptions it was created under, how often each uop
 * left the trace, and the side traces attached to hot exits.
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
    private final int index;
    /** The code object the trace runs in (side traces are optimized with it too). */
    private final CodeContext context;
    /** What --trace calls the trace. */
    private final String name;
    /** Side traces by exiting uop, made when the first one is attached. */
    private Executor[] sideTraces;
    private boolean valid = true;
    private NativeTrace nativeTrace;
    /** The trace decoded for the uop interpreter, made on its first interpreted run (native traces never need it). */
    private UopCell[] cells;
    private long nativeEntries;
    /** Runs of this executor on the Java stack: a helper in the trace may re-enter it (recursion). */
    private int activeRuns;
    private boolean freeWhenIdle;

    /**
     * @param jumpIp    the replaced JUMP_BACKWARD's code unit; -1 for a side trace, which replaces nothing
     * @param jumpOparg its full oparg; 0 for a side trace
     * @param index     its slot in the code object's executor table; a side trace's root's
     */
    Executor(Trace trace, int jumpIp, int jumpOparg, int index, Assumptions assumptions, CodeContext context,
             String name) {
        this.trace = trace;
        this.index = index;
        this.context = context;
        this.name = name;
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

    /** The executor-table slot of this trace or, for a side trace, of the loop's trace it grew from. */
    public int index() {
        return index;
    }

    CodeContext context() {
        return context;
    }

    String name() {
        return name;
    }

    /** The side trace attached to exit {@code index}, or null. */
    public Executor sideTrace(int index) {
        return sideTraces == null ? null : sideTraces[index];
    }

    /**
     * A side trace attached to another exit of this trace by the same uop to the same instruction, or
     * null: after peeling, the first iteration and the loop have a copy of each branch, which can
     * share one side trace.
     */
    Executor sideTraceLeavingLike(int index) {
        if (sideTraces == null) {
            return null;
        }
        for (int i = 0; i < sideTraces.length; i++) {
            if (sideTraces[i] != null && trace.uop(i) == trace.uop(index) && trace.target(i) == trace.target(index)) {
                return sideTraces[i];
            }
        }
        return null;
    }

    void attachSideTrace(int index, Executor side) {
        if (sideTraces == null) {
            sideTraces = new Executor[trace.length()];
        }
        sideTraces[index] = side;
    }

    /** Forgets the side trace at exit {@code index} (it was invalidated) and frees its machine code. */
    void detachSideTrace(int index) {
        sideTraces[index].freeNative();
        sideTraces[index] = null;
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
        if (sideTraces != null) {
            for (Executor side : sideTraces) {
                if (side != null) {
                    side.freeNative();
                }
            }
        }
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
