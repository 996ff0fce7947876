package dev.bytecodedsl.kit.trace;

import java.util.Arrays;

/**
 * A projected (and, later, optimized) trace in the uop interpreter's format: uop i is
 * {@code uops[i]} with {@code opargs[i]} and {@code operands[i]}, and leaves to tier-1 code unit
 * {@code targets[i]}. The arrays are copied in and never handed out for writing, so a trace is
 * immutable. Uop ids are the VM's own ({@link dev.bytecodedsl.kit.InstructionSet}).
 */
public record Trace(int[] uops, int[] opargs, long[] operands, int[] targets) {
    public Trace {
        if (opargs.length != uops.length || operands.length != uops.length || targets.length != uops.length) {
            throw new IllegalArgumentException("trace arrays differ in length");
        }
        uops = uops.clone();
        opargs = opargs.clone();
        operands = operands.clone();
        targets = targets.clone();
    }

    public int length() {
        return uops.length;
    }

    public int uop(int i) {
        return uops[i];
    }

    public int oparg(int i) {
        return opargs[i];
    }

    public long operand(int i) {
        return operands[i];
    }

    public int target(int i) {
        return targets[i];
    }

    /**
     * The uop that runs after uop {@code i} completes normally: the next one, or for the loop close
     * ({@code jumpToTop}, the VM's _JUMP_TO_TOP: {@link dev.bytecodedsl.kit.UopRoles#jumpToTop}) the
     * one its operand names (uop 0, or the loop body's copy when the optimizer peeled the first
     * iteration), as the uop interpreter and the JIT both continue.
     */
    public int successor(int i, int jumpToTop) {
        return uops[i] == jumpToTop ? (int) operands[i] : i + 1;
    }

    /**
     * Per uop: how many frames the trace has pushed ({@code pushFrame}) and not yet popped
     * ({@code popFrame}) before it runs, 0 in the frame the trace was entered in. Projection balances
     * calls and returns within each pass of the loop, so this holds for the loop's every iteration.
     */
    public int[] frameDepths(int pushFrame, int popFrame) {
        int[] depths = new int[uops.length];
        int depth = 0;
        for (int i = 0; i < uops.length; i++) {
            depths[i] = depth;
            if (uops[i] == pushFrame) {
                depth++;
            } else if (uops[i] == popFrame) {
                depth--;
            }
        }
        return depths;
    }

    /** Whether any uop of the trace is {@code uop}. */
    public boolean contains(int uop) {
        return Arrays.stream(uops).anyMatch(u -> u == uop);
    }

    // The record's accessors would expose the arrays: they hand out copies, and the kit reads its
    // own through the package-private ones below.
    @Override
    public int[] uops() {
        return uops.clone();
    }

    @Override
    public int[] opargs() {
        return opargs.clone();
    }

    @Override
    public long[] operands() {
        return operands.clone();
    }

    @Override
    public int[] targets() {
        return targets.clone();
    }

    int[] uopArray() {
        return uops;
    }

    int[] opargArray() {
        return opargs;
    }

    long[] operandArray() {
        return operands;
    }

    int[] targetArray() {
        return targets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trace t && Arrays.equals(uops, t.uops) && Arrays.equals(opargs, t.opargs)
                && Arrays.equals(operands, t.operands) && Arrays.equals(targets, t.targets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(uops) * 31 + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "Trace" + Arrays.toString(uops);
    }
}
