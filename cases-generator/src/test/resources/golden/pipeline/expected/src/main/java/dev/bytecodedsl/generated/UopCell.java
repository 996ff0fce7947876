// Generated from input.def by the cases generator (tier 2). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * One uop of a trace as the uop interpreter runs it: decoded once, when the executor is made,
 * into an instance of the uop's own subclass, whose {@link #execute} runs the uop's body, or
 * with the other uops of its instruction into a fused cell, which runs them one after the other.
 */
public abstract class UopCell {
    /**
     * A fused cell's status carries, from this bit up, which of its uops stopped it.
     */
    static final int PART_SHIFT = 8;

    /**
     * The uop sequences that run as one cell (a fused cell), by uop id.
     */
    private static final int[][] FUSIONS = {
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_ADD_INT},
    };

    /**
     * The uop's id ({@link Uops}).
     */
    final int uop;

    /**
     * The oparg of the instruction the uop came from.
     */
    final long oparg;

    /**
     * The uop's cache entry (or the optimizer's operand).
     */
    final long operand;

    /**
     * The code unit of the tier-1 instruction the uop came from: where tier 1 resumes when it leaves.
     */
    final int target;

    /**
     * The index of the uop that runs after this one.
     */
    final int successor;

    UopCell(int uop, long oparg, long operand, int target, int successor) {
        this.uop = uop;
        this.oparg = oparg;
        this.operand = operand;
        this.target = target;
        this.successor = successor;
    }

    /**
     * Runs the uop on the registers; returns its status ({@code UopInterpreter.NEXT}, ...).
     */
    abstract int execute(Registers s);

    /**
     * With --stats: counts the uops this cell ran, given the status {@link #execute} returned.
     */
    void countUops(UopContext ctx, int status) {
        ctx.countUop(uop);
    }

    /**
     * The cells of a trace given as parallel arrays: uop ids, opargs, operands and targets. A cell
     * stands at the index of its (first) uop; the slots of a fused cell's other uops stay null. The
     * loop close ({@code _JUMP_TO_TOP}) is followed by the uop its operand names, every other cell
     * by the one after its last uop.
     */
    public static UopCell[] of(int[] uops, int[] opargs, long[] operands, int[] targets) {
        UopCell[] cells = new UopCell[uops.length];
        boolean[] jumpedTo = new boolean[uops.length];
        for (int i = 0; i < uops.length; ) {
            int fusion = longestFusion(uops, targets, jumpedTo, i);
            if (fusion < 0) {
                cells[i] = cell(uops[i], opargs[i], operands[i], targets[i], i + 1);
                i++;
            } else {
                int length = FUSIONS[fusion].length;
                cells[i] = fusedCell(fusion, opargs, operands, i, targets[i], i + length);
                i += length;
            }
        }
        return cells;
    }

    private static int longestFusion(int[] uops, int[] targets, boolean[] jumpedTo, int at) {
        int best = -1;
        for (int f = 0; f < FUSIONS.length; f++) {
            int[] fusion = FUSIONS[f];
            if (at + fusion.length > uops.length || (best >= 0 && fusion.length <= FUSIONS[best].length)) {
                continue;
            }
            boolean fits = true;
            for (int k = 0; k < fusion.length && fits; k++) {
                fits = uops[at + k] == fusion[k] && targets[at + k] == targets[at] && (k == 0 || !jumpedTo[at + k]);
            }
            if (fits) {
                best = f;
            }
        }
        return best;
    }

    private static UopCell cell(int uop, long oparg, long operand, int target, int successor) {
        return switch (uop) {
            case Uops.CALL -> new CALL(oparg, operand, target, successor);
            case Uops.CALL_INLINE -> new CALL_INLINE(oparg, operand, target, successor);
            case Uops.LOAD_PAIR -> new LOAD_PAIR(oparg, operand, target, successor);
            case Uops.NOP -> new NOP(oparg, operand, target, successor);
            case Uops.UNPACK_REPEAT -> new UNPACK_REPEAT(oparg, operand, target, successor);
            case Uops._BINARY_OP -> new _BINARY_OP(oparg, operand, target, successor);
            case Uops._BINARY_OP_ADD_INT -> new _BINARY_OP_ADD_INT(oparg, operand, target, successor);
            case Uops._GUARD_BOTH_INT -> new _GUARD_BOTH_INT(oparg, operand, target, successor);
            case Uops._GUARD_IS_FALSE_POP -> new _GUARD_IS_FALSE_POP(oparg, operand, target, successor);
            case Uops._GUARD_IS_TRUE_POP -> new _GUARD_IS_TRUE_POP(oparg, operand, target, successor);
            case Uops._LOAD_FAST -> new _LOAD_FAST(oparg, operand, target, successor);
            case Uops._LOAD_FAST_0 -> new _LOAD_FAST_0(oparg, operand, target, successor);
            case Uops._LOAD_FAST_1 -> new _LOAD_FAST_1(oparg, operand, target, successor);
            case Uops._LOAD_FAST_2 -> new _LOAD_FAST_2(oparg, operand, target, successor);
            case Uops._LOAD_FAST_3 -> new _LOAD_FAST_3(oparg, operand, target, successor);
            case Uops._STORE_FAST -> new _STORE_FAST(oparg, operand, target, successor);
            default -> throw new IllegalArgumentException("invalid uop " + uop);
        };
    }

    private static UopCell fusedCell(int fusion, int[] opargs, long[] operands, int at, int target,
            int successor) {
        return switch (fusion) {
            case 0 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_ADD_INT(opargs, operands, at, target, successor);
            default -> throw new IllegalArgumentException("invalid fusion " + fusion);
        };
    }

    static final class CALL extends UopCell {
        CALL(long oparg, long operand, int target, int successor) {
            super(Uops.CALL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.CALL(s, oparg, operand);
        }
    }

    static final class CALL_INLINE extends UopCell {
        CALL_INLINE(long oparg, long operand, int target, int successor) {
            super(Uops.CALL_INLINE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.CALL_INLINE(s, oparg, operand);
        }
    }

    static final class LOAD_PAIR extends UopCell {
        LOAD_PAIR(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_PAIR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_PAIR(s, oparg, operand);
        }
    }

    static final class NOP extends UopCell {
        NOP(long oparg, long operand, int target, int successor) {
            super(Uops.NOP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.NOP(s, oparg, operand);
        }
    }

    static final class UNPACK_REPEAT extends UopCell {
        UNPACK_REPEAT(long oparg, long operand, int target, int successor) {
            super(Uops.UNPACK_REPEAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.UNPACK_REPEAT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP extends UopCell {
        _BINARY_OP(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_ADD_INT extends UopCell {
        _BINARY_OP_ADD_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_ADD_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_ADD_INT(s, oparg, operand);
        }
    }

    static final class _GUARD_BOTH_INT extends UopCell {
        _GUARD_BOTH_INT(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_BOTH_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
        }
    }

    static final class _GUARD_IS_FALSE_POP extends UopCell {
        _GUARD_IS_FALSE_POP(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_IS_FALSE_POP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_IS_FALSE_POP(s, oparg, operand);
        }
    }

    static final class _GUARD_IS_TRUE_POP extends UopCell {
        _GUARD_IS_TRUE_POP(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_IS_TRUE_POP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_IS_TRUE_POP(s, oparg, operand);
        }
    }

    static final class _LOAD_FAST extends UopCell {
        _LOAD_FAST(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, oparg, operand);
        }
    }

    static final class _LOAD_FAST_0 extends UopCell {
        _LOAD_FAST_0(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_0, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 0L, operand);
        }
    }

    static final class _LOAD_FAST_1 extends UopCell {
        _LOAD_FAST_1(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_1, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 1L, operand);
        }
    }

    static final class _LOAD_FAST_2 extends UopCell {
        _LOAD_FAST_2(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_2, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 2L, operand);
        }
    }

    static final class _LOAD_FAST_3 extends UopCell {
        _LOAD_FAST_3(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_3, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 3L, operand);
        }
    }

    static final class _STORE_FAST extends UopCell {
        _STORE_FAST(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, oparg, operand);
        }
    }

    /**
     * _GUARD_BOTH_INT + _BINARY_OP_ADD_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__BINARY_OP_ADD_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__BINARY_OP_ADD_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_ADD_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_ADD_INT);
        }
    }
}
