// Generated from bytecodes.def by the cases generator (tier 2). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * The tier-2 uop interpreter: runs an optimized trace on the current frame until a uop
 * leaves it (a side exit or the end of the projection) or an error is unwound.
 */
public final class UopInterpreter {
    /**
     * The uop finished; run the next one.
     */
    static final int NEXT = 0;

    /**
     * The uop left the trace; tier 1 resumes at its instruction.
     */
    public static final int EXIT = 1;

    /**
     * The uop finished at an eval-breaker point.
     */
    public static final int CHECK_EVAL_BREAKER = 2;

    /**
     * What {@link #run} returns after an error was unwound (or another label ran).
     */
    public static final int LEFT_THROUGH_LABEL = -1;

    /**
     * Leave through label error.
     */
    public static final int LABEL_ERROR = 3;

    /**
     * Leave through label resume_frame.
     */
    public static final int LABEL_RESUME_FRAME = 4;

    private UopInterpreter() {
    }

    /**
     * Runs a trace (its cells, {@link UopCell#of}) from its first uop on the context's current frame, whose
     * stack pointer is {@code sp}. Returns the index of the uop that left the trace, or
     * {@link #LEFT_THROUGH_LABEL}; either way the context's last {@code saveState} says where
     * tier 1 resumes (for an exit: the exiting uop's target and the stack pointer it found).
     */
    public static int run(UopContext ctx, int sp, UopCell[] cells) {
        Registers s = new Registers(ctx);
        s.sp = sp;
        int pc = 0;
        while (true) {
            UopCell cell = cells[pc];
            s.ip = cell.target;
            int status = cell.execute(s);
            if (s.stats) cell.countUops(ctx, status);
            if (status == NEXT) {
                pc = cell.successor;
                continue;
            }
            // A fused cell says which of its uops stopped it (they share the cell's target).
            pc += status >>> UopCell.PART_SHIFT;
            status &= (1 << UopCell.PART_SHIFT) - 1;
            if (status == EXIT) {
                ctx.saveState(s.ip, s.ip, s.sp);
                return pc;
            }
            if (status == CHECK_EVAL_BREAKER) {
                pc = cell.successor;
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(cells[pc].target, cells[pc].target, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            runLabel(s, status);
            return LEFT_THROUGH_LABEL;
        }
    }

    /**
     * Runs the label whose status code is {@code status} (3 + its index) after a native trace
     * left through it: the leaving uop's target {@code ip} and the stack pointer {@code sp}
     * stand for the registers {@link #run} would have had.
     */
    public static void runLabel(UopContext ctx, int status, int ip, int sp) {
        Registers s = new Registers(ctx);
        s.ip = ip;
        s.sp = sp;
        runLabel(s, status);
    }

    private static void runLabel(Registers s, int status) {
        switch (status) {
            case LABEL_ERROR -> label_error(s);
            case LABEL_RESUME_FRAME -> label_resume_frame(s);
            default -> throw new IllegalStateException("invalid status " + status);
        }
    }

    /**
     * label(error) (input.def:13:7)
     */
    private static void label_error(Registers __s) {
        MemorySegment __stack = __s.stack;
        __s.ctx.saveState(__s.ip, __s.ip, __s.sp);
        __s.ctx.unwindException();
    }

    /**
     * label(resume_frame) (input.def:17:7)
     */
    private static void label_resume_frame(Registers __s) {
        MemorySegment __stack = __s.stack;
    }

    /**
     * CALL (input.def:61:6)
     */
    static int CALL(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // CALL (input.def:61:6)
        {
            long callable = __stack.getAtIndex(JAVA_LONG, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.call(callable, args, oparg);
            if (res == (0L)) {
                __s.sp = __sp + (int) (-1L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __stack.setAtIndex(JAVA_LONG, __sp + (int) (-1L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * CALL_INLINE (input.def:77:6)
     */
    static int CALL_INLINE(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // CALL_INLINE (input.def:77:6)
        {
            long callable = __stack.getAtIndex(JAVA_LONG, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            __s.ctx.pushFrame(callable, args, oparg);
            __s.sp = __sp;
            return LABEL_RESUME_FRAME;
        }
    }

    /**
     * LOAD_PAIR (input.def:66:6)
     */
    static int LOAD_PAIR(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // LOAD_PAIR (input.def:66:6)
        {
            long a = 0L;
            long b = 0L;
            a = __s.consts[(int) (oparg >> 1L)];
            b = __s.names[(int) (oparg)];
            __stack.setAtIndex(JAVA_LONG, __sp, a);
            if (((oparg & 1L) != 0L)) {
                __stack.setAtIndex(JAVA_LONG, __sp + 1, b);
            }
            __sp = __sp + (int) (1L + (((oparg & 1L) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * NOP (input.def:19:6)
     */
    static int NOP(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // NOP (input.def:19:6)
        {
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * UNPACK_REPEAT (input.def:83:6)
     */
    static int UNPACK_REPEAT(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // UNPACK_REPEAT (input.def:83:6)
        {
            long seq = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            int output = __sp - 1;
            for (long i = 0L; i < oparg; i += 1L) {
                __stack.setAtIndex(JAVA_LONG, output + (int) i, seq);
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _BINARY_OP (input.def:39:4)
     */
    static int _BINARY_OP(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _BINARY_OP (input.def:39:4)
        {
            long lhs = __stack.getAtIndex(JAVA_LONG, __sp - 2);
            long rhs = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.binaryOp(oparg, lhs, rhs);
            if (res == (0L)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __stack.setAtIndex(JAVA_LONG, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _BINARY_OP_ADD_INT (input.def:50:9)
     */
    static int _BINARY_OP_ADD_INT(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _BINARY_OP_ADD_INT (input.def:50:9)
        {
            long left = __stack.getAtIndex(JAVA_LONG, __sp - 2);
            long right = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            long res = 0L;
            long l = (left) >> 1L;
            long r = (right) >> 1L;
            if (DslMath.addOverflows(l, r)) {
                return EXIT;
            }
            res = (((l + r) << 1L) | 1L);
            __stack.setAtIndex(JAVA_LONG, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _GUARD_BOTH_INT (input.def:46:10)
     */
    static int _GUARD_BOTH_INT(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _GUARD_BOTH_INT (input.def:46:10)
        {
            long left = __stack.getAtIndex(JAVA_LONG, __sp - 2);
            long right = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            if ((((left) & (right)) & 1L) == 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _GUARD_IS_FALSE_POP (input.def:113:44)
     */
    static int _GUARD_IS_FALSE_POP(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _GUARD_IS_FALSE_POP (input.def:113:44)
        {
            long flag = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            if ((flag) == 3L) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _GUARD_IS_TRUE_POP (input.def:117:41)
     */
    static int _GUARD_IS_TRUE_POP(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _GUARD_IS_TRUE_POP (input.def:117:41)
        {
            long flag = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            if ((flag) != 3L) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _LOAD_FAST (input.def:21:17)
     */
    static int _LOAD_FAST(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _LOAD_FAST (input.def:21:17)
        {
            long value = 0L;
            value = __stack.getAtIndex(JAVA_LONG, __s.fp + (int) (oparg));
            __stack.setAtIndex(JAVA_LONG, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * _STORE_FAST (input.def:27:4)
     */
    static int _STORE_FAST(Registers __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        boolean __breaker = false;
        // _STORE_FAST (input.def:27:4)
        {
            long value = __stack.getAtIndex(JAVA_LONG, __sp - 1);
            __stack.setAtIndex(JAVA_LONG, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }
}
