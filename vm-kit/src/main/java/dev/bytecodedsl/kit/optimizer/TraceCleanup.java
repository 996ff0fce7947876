package dev.bytecodedsl.kit.optimizer;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.UopRoles;
import dev.bytecodedsl.kit.trace.Trace;

import java.util.Arrays;

/**
 * Builds the optimized trace from the abstract passes' rewrites and removes what no longer earns
 * its place: NOPs (eliminated guards, folded inputs), the bookkeeping uops projection adds before
 * escaping code (_CHECK_VALIDITY, _SET_IP: see why each is redundant here), _START_EXECUTOR
 * (its helper has nothing to do: TraceEngine makes the executor the running one before it runs, and
 * in machine code the call would be an upcall per entry), a pure push that is popped right away, and
 * anything after the loop close. _JUMP_TO_TOP's operand is the uop the loop continues at. The uops
 * are the DSL's ({@link UopRoles}); a role the DSL lacks never matches.
 */
final class TraceCleanup {
    record Result(Trace trace, int removed) {
    }

    private final InstructionSet set;
    private final UopRoles roles;
    private int[] uops;
    private int[] opargs;
    private long[] operands;
    private int[] targets;
    private int length;
    /** Where _JUMP_TO_TOP goes back to; -1 in a trace that does not loop. */
    private int loopStart = -1;

    private TraceCleanup(InstructionSet set, int capacity) {
        this.set = set;
        this.roles = set.uopRoles();
        uops = new int[capacity];
        opargs = new int[capacity];
        operands = new long[capacity];
        targets = new int[capacity];
    }

    /**
     * The prologue pass's rewrite of the trace's uops before the loop close, then (when peeling) the
     * loop pass's rewrite of the body, then the loop close jumping to the body's first copy that loops.
     */
    static Result assemble(InstructionSet set, Trace trace, AbstractPass<?> prologue, AbstractPass<?> loop,
                           int bodyStart, int loopEnd) {
        TraceCleanup out = new TraceCleanup(set, 2 * trace.length());
        int jumpTarget = -1;
        for (int i = 0; i < loopEnd; i++) {
            if (i == bodyStart && loop == null) {
                jumpTarget = out.length;
            }
            out.add(trace, i, prologue.uop(i), prologue.operand(i));
        }
        if (loop != null) {
            jumpTarget = out.length;
            for (int i = bodyStart; i < loopEnd; i++) {
                out.add(trace, i, loop.uop(i), loop.operand(i));
            }
        }
        out.loopStart = jumpTarget;
        out.add(trace, loopEnd, out.roles.jumpToTop(), 0);
        int assembled = out.length;
        Trace optimized = out.compact();
        return new Result(optimized, assembled - optimized.length());
    }

    /** A side trace: the pass's rewrite of every uop; it ends in _EXIT_TRACE and has no loop start. */
    static Result assembleStraight(InstructionSet set, Trace trace, AbstractPass<?> pass) {
        TraceCleanup out = new TraceCleanup(set, trace.length());
        for (int i = 0; i < trace.length(); i++) {
            out.add(trace, i, pass.uop(i), pass.operand(i));
        }
        Trace optimized = out.compact();
        return new Result(optimized, trace.length() - optimized.length());
    }

    private void add(Trace trace, int i, int uop, long operand) {
        uops[length] = uop;
        opargs[length] = trace.oparg(i);
        operands[length] = operand;
        targets[length] = trace.target(i);
        length++;
    }

    private Trace compact() {
        boolean[] keep = new boolean[length];
        for (int i = 0; i < length; i++) {
            keep[i] = uops[i] != roles.nop();
        }
        dropPushPop(keep);
        dropBookkeeping(keep);
        int[] newIndex = new int[length + 1];
        int n = 0;
        for (int i = 0; i < length; i++) {
            newIndex[i] = n;
            if (!keep[i]) {
                continue;
            }
            int uop = uops[i];
            uops[n] = uop;
            opargs[n] = opargs[i];
            operands[n] = operands[i];
            targets[n] = targets[i];
            n++;
            if (uop == roles.jumpToTop()) {
                break; // anything after the loop close is dead
            }
        }
        if (loopStart >= 0) {
            operands[n - 1] = newIndex[loopStart];
        }
        return new Trace(Arrays.copyOf(uops, n), Arrays.copyOf(opargs, n), Arrays.copyOf(operands, n),
                Arrays.copyOf(targets, n));
    }

    /** A pure uop that only pushes, directly followed by POP_TOP (e.g. a guard on a known flag became POP_TOP). */
    private void dropPushPop(boolean[] keep) {
        for (int i = 0; i + 1 < length; i++) {
            int j = next(keep, i);
            boolean sameSide = (i < loopStart) == (j < loopStart); // never across the loop-back target
            if (keep[i] && j < length && sameSide && uops[j] == roles.popTop() && pushesOnly(i)) {
                keep[i] = false;
                keep[j] = false;
            }
        }
    }

    private boolean pushesOnly(int i) {
        return set.uopIsPure(uops[i]) && set.uopPopped(uops[i], opargs[i]) == 0
                && set.uopPushed(uops[i], opargs[i]) == 1;
    }

    private int next(boolean[] keep, int i) {
        int j = i + 1;
        while (j < length && !keep[j]) {
            j++;
        }
        return j;
    }

    /**
     * Every _CHECK_VALIDITY, _SET_IP and _START_EXECUTOR goes.
     *
     * <p>_CHECK_VALIDITY: projection checks the executor's assumptions after escaping code, as
     * CPython does, because CPython's optimizer removes global and type version guards on the
     * strength of them; this optimizer removes guards only on what it knows of values' types, which no
     * escaping call can change (a value's type is fixed and the frame's locals are its own), so every
     * assumption a trace relies on is re-checked by its own guard. A stale executor costs nothing
     * wrong: its guards exit, and ENTER_EXECUTOR retires it on the next entry.
     *
     * <p>_SET_IP: projection records the instruction offset before escaping uops, as CPython
     * does, but here every uop carries its own target and both executors save it where it matters
     * (the uop interpreter's {@code s.ip} before each uop, the JIT's target hole in every escaping
     * helper call and the exiting uop's index for labels), so the recorded offset is never read.
     *
     * <p>_START_EXECUTOR: see the class comment.
     */
    private void dropBookkeeping(boolean[] keep) {
        for (int i = 0; i < length; i++) {
            int uop = uops[i];
            if (uop == roles.checkValidity() || uop == roles.setIp() || uop == roles.startExecutor()) {
                keep[i] = false;
            }
        }
    }
}
