package dev.bytecodedsl.kit.optimizer;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;
import dev.bytecodedsl.kit.trace.Trace;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the generated abstract interpreter over a stretch of a trace: each uop's abstract case
 * updates the frame of symbols and may rewrite the uop (a guard already known to hold becomes NOP);
 * a pure uop whose inputs are all known constants is folded by running its own body on them
 * ({@link AbstractInterpretation#fold}) and, when the uops that pushed those constants come right
 * before it (and the DSL has a _LOAD_CONST_INLINE), the three collapse into one _LOAD_CONST_INLINE.
 *
 * <p>Calls: at _PUSH_FRAME the pass continues in an abstract frame of the callee (its code found by
 * the function version in the uop's operand), whose first locals are the call's arguments, and at
 * _POP_FRAME back in the caller's, with the return value's symbol pushed; so what is known flows into
 * the callee and back out, as CPython's optimizer does with its frame push and pop. Nothing the
 * callee does changes what is known of the caller's locals: they are the caller frame's own.
 */
final class AbstractPass<S extends Symbols> {
    private final InstructionSet set;
    private final UopRoles roles;
    private final AbstractInterpretation<S> cases;
    private final Trace trace;
    private final S symbols;
    /** The frame the trace was entered in (its state after a run is what the optimizer compares). */
    private final AbstractFrame<S> entry;
    /** The frame the pass is in: the entry frame or a callee's. */
    private AbstractFrame<S> frame;
    /** The frames of the calls the pass is in, innermost last, with their code. */
    private final ArrayDeque<Call<S>> callers = new ArrayDeque<>();
    private CodeContext code;
    private final int[] uops;
    private final long[] operands;
    /** Trace positions of the uops kept so far, in order (folding looks at the last few). */
    private final List<Integer> kept = new ArrayList<>();
    /** Symbol -> trace position of the pure uop that pushed it (and nothing else). */
    private final Map<Long, Integer> producers = new HashMap<>();
    private int guardsRemoved;
    private int folded;

    /** Abstract slots for a callee's stack. */
    private static final int CALLEE_STACK_ROOM = 256;

    /** A caller's frame and code while the pass is in its callee. */
    private record Call<S extends Symbols>(AbstractFrame<S> frame, CodeContext code) {
    }

    AbstractPass(InstructionSet set, AbstractInterpretation<S> cases, Trace trace, AbstractFrame<S> frame,
                 CodeContext code) {
        this.set = set;
        this.roles = set.uopRoles();
        this.cases = cases;
        this.trace = trace;
        this.symbols = frame.ctx;
        this.entry = frame;
        this.frame = frame;
        this.code = code;
        this.uops = trace.uops();
        this.operands = trace.operands();
    }

    /**
     * Interprets uops {@code from..to-1}; false when the abstract stack left its bounds (the entry
     * frame's are given, a callee's are its own) or a callee's code is unknown: then give up.
     */
    boolean run(int from, int to, int stackFloor, int stackLimit) {
        for (int i = from; i < to; i++) {
            if (!step(i)) {
                return false;
            }
            boolean inBounds = frame == entry ? frame.sp >= stackFloor && frame.sp <= stackLimit
                    : frame.sp >= frame.nlocals && frame.sp <= frame.nlocals + CALLEE_STACK_ROOM;
            if (!inBounds) {
                return false;
            }
        }
        return true;
    }

    /**
     * The trace starts in a callee: its _POP_FRAME returns to {@code callerFrame} of {@code callerCode}
     * (a side trace leaving from a call its loop's trace made).
     */
    void returnsTo(AbstractFrame<S> callerFrame, CodeContext callerCode) {
        callers.addLast(new Call<>(callerFrame, callerCode));
    }

    int uop(int i) {
        return uops[i];
    }

    long operand(int i) {
        return operands[i];
    }

    int guardsRemoved() {
        return guardsRemoved;
    }

    int folded() {
        return folded;
    }

    private boolean step(int i) {
        int uop = uops[i];
        int oparg = trace.oparg(i);
        if (uop == roles.pushFrame()) {
            kept.add(i);
            return pushFrame(oparg, operands[i]);
        }
        if (uop == roles.popFrame()) {
            kept.add(i);
            return popFrame();
        }
        if (!fold(i, uop, oparg)) {
            cases.execute(frame, uop, oparg, operands[i]);
            if (symbols.replacesOperand()) {
                operands[i] = symbols.takeReplacementOperand();
            }
            int replacement = symbols.takeReplacement();
            if (replacement >= 0 && replacement != uop) {
                if (replacement == roles.nop() && set.uopIsGuard(uop)) {
                    guardsRemoved++;
                }
                uops[i] = replacement;
            }
        }
        if (uops[i] == roles.nop()) {
            return true;
        }
        kept.add(i);
        if (set.uopIsPure(uops[i]) && set.uopPopped(uops[i], oparg) == 0 && set.uopPushed(uops[i], oparg) == 1) {
            producers.put(top(0), i);
        }
        return true;
    }

    /**
     * _PUSH_FRAME (callable, self_or_null, args[oparg] -- ): the callee's frame gets the arguments as
     * its first locals, after self when self_or_null is known not to be NULL; when that is not known,
     * nothing is known of its locals.
     */
    private boolean pushFrame(int oparg, long functionVersion) {
        CodeContext callee = code.callee(functionVersion);
        if (callee == null || frame.sp < oparg + 2) {
            return false;
        }
        long[] slots = new long[callee.localCount() + CALLEE_STACK_ROOM];
        for (int s = 0; s < slots.length; s++) {
            slots[s] = symbols.unknown();
        }
        long self = top(oparg);
        int first = symbols.symIsNull(self) ? 0 : symbols.symIsNotNull(self) ? 1 : -1;
        if (first >= 0 && first + oparg <= callee.localCount()) {
            if (first == 1) {
                slots[0] = self;
            }
            for (int a = 0; a < oparg; a++) {
                slots[first + a] = top(oparg - 1 - a);
            }
        }
        frame.sp -= oparg + 2;
        callers.addLast(new Call<>(frame, code));
        code = callee;
        frame = new AbstractFrame<>(symbols, slots, callee.consts(), callee.names(), callee.localCount(),
                callee.localCount());
        return true;
    }

    /** _POP_FRAME (retval -- ): back in the caller, with the return value pushed there. */
    private boolean popFrame() {
        if (callers.isEmpty()) {
            return false; // projection never returns from the frame a trace started in
        }
        long result = top(0);
        Call<S> caller = callers.removeLast();
        frame = caller.frame();
        code = caller.code();
        frame.stack.setAtIndex(ValueLayout.JAVA_LONG, frame.sp++, result);
        return true;
    }

    private boolean fold(int i, int uop, int oparg) {
        if (!set.uopIsPure(uop) || set.uopPushed(uop, oparg) != 1) {
            return false;
        }
        int k = set.uopPopped(uop, oparg);
        if (k == 0) {
            return false;
        }
        long[] inputs = new long[k];
        for (int j = 0; j < k; j++) {
            long sym = top(k - 1 - j);
            if (!symbols.isConst(sym) || !symbols.needsNoHeap(symbols.constValue(sym))) {
                return false;
            }
            inputs[j] = sym;
        }
        long[] scratch = new long[k];
        for (int j = 0; j < k; j++) {
            scratch[j] = symbols.constValue(inputs[j]);
        }
        if (!cases.fold(uop, oparg, operands[i], MemorySegment.ofArray(scratch), k)
                || !symbols.needsNoHeap(scratch[0])) {
            return false;
        }
        long result = scratch[0];
        frame.sp -= k;
        long sym = symbols.symNewConst(result);
        frame.stack.setAtIndex(ValueLayout.JAVA_LONG, frame.sp++, sym);
        folded++;
        if (roles.loadConstInline() != OpcodeRoles.ABSENT && pushedRightBefore(inputs)) {
            for (int j = 0; j < k; j++) {
                uops[kept.removeLast()] = roles.nop();
            }
            uops[i] = roles.loadConstInline();
            operands[i] = result;
        }
        return true;
    }

    /** Whether the last kept uops are exactly the pure pushes of {@code inputs}, so removing them all is exact. */
    private boolean pushedRightBefore(long[] inputs) {
        int k = inputs.length;
        if (kept.size() < k) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            Integer producer = producers.get(inputs[j]);
            if (producer == null || !producer.equals(kept.get(kept.size() - k + j))) {
                return false;
            }
        }
        return true;
    }

    /** The symbol {@code depth} slots below the top of the abstract stack. */
    private long top(int depth) {
        return frame.stack.getAtIndex(ValueLayout.JAVA_LONG, frame.sp - 1 - depth);
    }
}
