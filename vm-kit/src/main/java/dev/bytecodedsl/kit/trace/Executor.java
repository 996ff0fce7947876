package dev.bytecodedsl.kit.trace;

import dev.bytecodedsl.kit.UopRoles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An installed trace: what ENTER_EXECUTOR runs in place of a hot loop's JUMP_BACKWARD (or a hot
 * function's entry), or a side trace attached to one of another executor's exits. It keeps the code
 * unit it replaced (to restore it once invalid) and where tier 1 then goes on, what its assumptions were when it was made, how often each
 * uop left the trace, and the side traces attached to hot exits. {@code C} is the VM's
 * {@code UopContext}.
 */
public final class Executor<C> {
    private final Trace trace;
    /**
     * The code object whose loop the trace belongs to (a side trace's, its loop's) and its executor
     * table: where the trace's exits in the loop's frame go on.
     */
    private final char[] code;
    private final ExecutorTable<C> table;
    private final int jumpIp;
    private final char replacedUnit;
    private final int loopTop;
    private final Assumptions.Validity validity;
    private final TraceStats stats;
    private final long[] exits;
    private final int index;
    /** Optimizes the traces of the code object this one runs in (side traces are optimized with it too). */
    private final Optimizer optimizer;
    /** What the trace log calls the trace. */
    private final String name;
    private final TraceInterpreter<C> interpreter;
    /**
     * Per uop: how many frames above the one tier 1 entered the loop's trace in it runs
     * ({@link Trace#frameDepths}, plus the depth the trace starts at).
     */
    private final int[] frameDepths;
    private final int pushFrame;
    /**
     * For a side trace that starts in a callee (startDepth 1): the _PUSH_FRAME of the loop's trace
     * that called it, as (its instruction's offset, the callee's version); null otherwise.
     */
    private CalleeCall startsInCallee;
    /** For a trace that returns from the frame it started in: the caller it returns to; null otherwise. */
    private ReturnSite<C> returnsTo;
    /** Side traces by exiting uop, made when the first one is attached. */
    private List<Executor<C>> sideTraces;
    /**
     * By exiting uop, executors the exit went on in that this one does not own (another trace's
     * executor at the exit's target, the first of a return's traces), so that the next time needs
     * no lookup; made when the first one is kept.
     */
    private List<Executor<C>> continuations;
    private boolean valid = true;
    /** Whether {@link #freeNative} ran: the executor is dead. */
    private boolean freed;
    private NativeTrace<C> nativeTrace;
    /** The trace decoded for the uop interpreter, made on its first interpreted run (native traces never need it). */
    private TraceRunner<C> interpreted;
    private long nativeEntries;
    /** The executor the last {@link #run} left from: this one, unless linked exits went on into others. */
    private Executor<C> leftFrom = this;

    /**
     * Where an executor stands in tier-1 code: the code unit ENTER_EXECUTOR replaced (a loop's
     * JUMP_BACKWARD, a function's RESUME), and where tier 1 goes on when the executor is not run (the
     * loop top, the function start). A side trace replaces nothing ({@link #SIDE}).
     */
    record Site(int jumpIp, char replacedUnit, int loopTop) {
        static final Site SIDE = new Site(-1, (char) 0, -1);
    }

    /**
     * @param code      the code object whose loop it is (units its root frame's exits resume at)
     * @param table     that code object's executor table
     * @param site      the replaced instruction: its code unit, what was there, and where tier 1 goes on
     * @param index     its slot in the code object's executor table; a side trace's root's
     */
    Executor(Trace trace, char[] code, ExecutorTable<C> table, Site site, int index, Assumptions assumptions,
             TraceStats stats, Optimizer optimizer, String name, TraceInterpreter<C> interpreter, UopRoles roles,
             int startDepth) {
        this.trace = trace;
        this.code = code;
        this.table = table;
        this.index = index;
        this.optimizer = optimizer;
        this.name = name;
        this.interpreter = interpreter;
        this.jumpIp = site.jumpIp();
        this.replacedUnit = site.replacedUnit();
        this.loopTop = site.loopTop();
        this.validity = assumptions.snapshot(trace);
        this.stats = stats;
        this.exits = new long[trace.length()];
        this.pushFrame = roles.pushFrame();
        this.frameDepths = trace.frameDepths(roles.pushFrame(), roles.popFrame());
        for (int i = 0; i < frameDepths.length; i++) {
            frameDepths[i] += startDepth;
        }
    }

    /** A call a trace made: the CALL instruction's offset in the loop's code, and the callee's version. */
    record CalleeCall(int callTarget, long calleeVersion) {
    }

    /** The call a side trace starts in; null: it starts in the loop's frame. */
    void startsInCallee(CalleeCall call) {
        this.startsInCallee = call;
    }

    /** The call a side trace starts in, or null. */
    CalleeCall startsInCallee() {
        return startsInCallee;
    }

    /**
     * A caller a trace returns to from the frame it started in: its code and executor table, where
     * the trace's exits in that frame go on (its _CHECK_CALLER names the function and the call).
     */
    record ReturnSite<C>(char[] code, ExecutorTable<C> table) {
    }

    void returnsTo(ReturnSite<C> site) {
        this.returnsTo = site;
    }

    /** The caller this trace returns to from the frame it started in, or null. */
    ReturnSite<C> returnsTo() {
        return returnsTo;
    }

    /**
     * The call uop {@code index} runs in, when that is a call one frame deep: the trace's own last
     * _PUSH_FRAME from the entry frame before it, or the call this side trace started in; null.
     */
    CalleeCall calleeCallAt(int index) {
        if (frameDepths[index] != 1) {
            return null;
        }
        for (int i = index - 1; i >= 0; i--) {
            if (trace.uop(i) == pushFrame && frameDepths[i] == 0) {
                return new CalleeCall(trace.target(i), trace.operand(i));
            }
        }
        return startsInCallee;
    }

    char[] code() {
        return code;
    }

    ExecutorTable<C> table() {
        return table;
    }

    /**
     * How many frames above the entry frame uop {@code index} runs (0: in the entry frame; -1: in
     * its caller, after a return the trace followed).
     */
    int frameDepth(int index) {
        return frameDepths[index];
    }

    public Trace trace() {
        return trace;
    }

    /** The executor-table slot of this trace or, for a side trace, of the loop's trace it grew from. */
    public int index() {
        return index;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    String name() {
        return name;
    }

    /** The side trace attached to exit {@code index}, or null. */
    public Executor<C> sideTrace(int index) {
        return sideTraces == null ? null : sideTraces.get(index);
    }

    /**
     * A side trace attached to another exit of this trace by the same uop to the same instruction, or
     * null: after peeling, the first iteration and the loop have a copy of each branch, which can
     * share one side trace.
     */
    Executor<C> sideTraceLeavingLike(int index) {
        if (sideTraces == null) {
            return null;
        }
        for (int i = 0; i < sideTraces.size(); i++) {
            if (sideTraces.get(i) != null && trace.uop(i) == trace.uop(index) && trace.target(i) == trace.target(index)) {
                return sideTraces.get(i);
            }
        }
        return null;
    }

    void attachSideTrace(int index, Executor<C> side) {
        if (sideTraces == null) {
            sideTraces = new ArrayList<>(Collections.nCopies(trace.length(), null));
        }
        sideTraces.set(index, side);
    }

    /** The executor exit {@code index} went on in last time without owning it, or null. */
    Executor<C> continuationAt(int index) {
        return continuations == null ? null : continuations.get(index);
    }

    /** From now on exit {@code index} goes on in {@code next} (null: forget it), which it does not own. */
    void continueAt(int index, Executor<C> next) {
        if (continuations == null) {
            continuations = new ArrayList<>(Collections.nCopies(trace.length(), null));
        }
        continuations.set(index, next);
    }

    /** Forgets the side trace at exit {@code index} (it was invalidated) and frees its machine code. */
    void detachSideTrace(int index) {
        sideTraces.get(index).freeNative();
        sideTraces.set(index, null);
    }

    /** The code unit of the instruction this executor replaced. */
    public int jumpIp() {
        return jumpIp;
    }

    /** The code unit ENTER_EXECUTOR replaced, which comes back once the executor is invalid. */
    public char replacedUnit() {
        return replacedUnit;
    }

    /** The loop top (or function start): where tier 1 goes when the executor is not run. */
    public int loopTop() {
        return loopTop;
    }

    /** Whether the trace's assumptions still hold; once false, it stays false (and was counted once). */
    public boolean isValid() {
        if (valid && !validity.holds()) {
            valid = false;
            stats.invalidated();
        }
        return valid;
    }

    /** The trace's machine code from now on (the JIT compiled it). */
    void setNative(NativeTrace<C> compiled) {
        this.nativeTrace = compiled;
        if (compiled != null) {
            compiled.ownedBy(this);
        }
    }

    /**
     * From now on, exit {@code exit} goes on in {@code next}'s machine code without returning (the
     * continuation the engine found for it), when both are native and {@code next} may run without
     * a validity check ({@link Assumptions.Validity#mayRunUnchecked}): machine code cannot check
     * validity, which is computed here.
     */
    void linkExit(int exit, Executor<C> next) {
        if (nativeTrace != null && next.nativeTrace != null && next.validity.mayRunUnchecked()) {
            nativeTrace.link(exit, next.nativeTrace);
        }
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
     * Frees the machine code, its side traces' too: the executor died (invalidated). An outer run of
     * it may still be executing that code (a helper re-entered it); the backend keeps the code
     * until that has returned ({@link NativeTrace#close}).
     */
    void freeNative() {
        if (freed) {
            return; // side traces may form a cycle (a return trace continuing in itself)
        }
        freed = true;
        if (sideTraces != null) {
            for (Executor<C> side : sideTraces) {
                if (side != null) {
                    side.freeNative();
                }
            }
        }
        if (nativeTrace != null) {
            nativeTrace.close();
            nativeTrace = null;
        }
    }

    /**
     * Runs the trace on the context's current frame from stack pointer {@code sp}, natively when
     * it was compiled; returns the index of the exiting uop (counted) or
     * {@link TraceRunner#LEFT_THROUGH_LABEL}. The exiting uop is {@link #leftFrom}'s.
     */
    public int run(C ctx, int sp) {
        int left;
        leftFrom = this;
        NativeTrace<C> compiled = nativeTrace; // a helper the run calls may free it (freeNative)
        if (compiled != null) {
            nativeEntries++;
            left = compiled.run(ctx, sp);
            Executor<C> from = compiled.leftFrom();
            leftFrom = from != null ? from : this;
        } else {
            if (interpreted == null) {
                interpreted = interpreter.load(trace);
            }
            left = interpreted.run(ctx, sp);
        }
        if (left != TraceRunner.LEFT_THROUGH_LABEL) {
            leftFrom.exits[left]++;
        }
        return left;
    }

    /** The executor whose uop the last {@link #run} returned: this one, unless linked exits went on into others. */
    public Executor<C> leftFrom() {
        return leftFrom;
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
