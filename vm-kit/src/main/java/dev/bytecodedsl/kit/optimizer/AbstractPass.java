package dev.bytecodedsl.kit.optimizer;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;
import dev.bytecodedsl.kit.trace.Trace;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 */
final class AbstractPass<S extends Symbols> {
    private final InstructionSet set;
    private final UopRoles roles;
    private final AbstractInterpretation<S> cases;
    private final Trace trace;
    private final S symbols;
    private final AbstractFrame<S> frame;
    private final int[] uops;
    private final long[] operands;
    /** Trace positions of the uops kept so far, in order (folding looks at the last few). */
    private final List<Integer> kept = new ArrayList<>();
    /** Symbol -> trace position of the pure uop that pushed it (and nothing else). */
    private final Map<Long, Integer> producers = new HashMap<>();
    private int guardsRemoved;
    private int folded;

    AbstractPass(InstructionSet set, AbstractInterpretation<S> cases, Trace trace, AbstractFrame<S> frame) {
        this.set = set;
        this.roles = set.uopRoles();
        this.cases = cases;
        this.trace = trace;
        this.symbols = frame.ctx;
        this.frame = frame;
        this.uops = trace.uops();
        this.operands = trace.operands();
    }

    /** Interprets uops {@code from..to-1}; false when the abstract stack left its bounds (then give up). */
    boolean run(int from, int to, int stackFloor, int stackLimit) {
        for (int i = from; i < to; i++) {
            step(i);
            if (frame.sp < stackFloor || frame.sp > stackLimit) {
                return false;
            }
        }
        return true;
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

    private void step(int i) {
        int uop = uops[i];
        int oparg = trace.oparg(i);
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
            return;
        }
        kept.add(i);
        if (set.uopIsPure(uops[i]) && set.uopPopped(uops[i], oparg) == 0 && set.uopPushed(uops[i], oparg) == 1) {
            producers.put(top(0), i);
        }
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
