// Generated from input.def by the cases generator (tier 2). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.DslMath;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.kit.trace.TraceInterpreter;
import dev.bytecodedsl.kit.trace.TraceRunner;

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
    public static final int LEFT_THROUGH_LABEL = TraceRunner.LEFT_THROUGH_LABEL;

    /**
     * Runs the runtime kit's traces on this interpreter: each is decoded into cells once, when
     * its executor first runs interpreted.
     */
    public static final TraceInterpreter<UopContext> TRACES = trace -> {
        UopCell[] cells = UopCell.of(trace.uops(), trace.opargs(), trace.operands(), trace.targets());
        return (ctx, sp) -> run(ctx, sp, cells);
    };

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
        // Statistics count every uop in a loop of their own, so the plain loop tests for nothing.
        return s.stats ? runCounting(ctx, s, cells) : runPlain(ctx, s, cells);
    }

    private static int runPlain(UopContext ctx, Registers s, UopCell[] cells) {
        int pc = 0;
        while (true) {
            UopCell cell = cells[pc];
            s.ip = cell.target;
            int status = cell.execute(s);
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

    private static int runCounting(UopContext ctx, Registers s, UopCell[] cells) {
        int pc = 0;
        while (true) {
            UopCell cell = cells[pc];
            s.ip = cell.target;
            int status = cell.execute(s);
            cell.countUops(ctx, status);
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
     * label(error)
     */
    private static void label_error(Registers __s) {
        long __stack = __s.stackBase;
        __s.ctx.saveState(__s.ip, __s.ip, __s.sp);
        __s.ctx.unwindException();
    }

    /**
     * label(resume_frame)
     */
    private static void label_resume_frame(Registers __s) {
        long __stack = __s.stackBase;
    }

    /**
     * inst(CALL)
     */
    static int CALL(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.call(callable, args, oparg);
            if (res == (0L)) {
                __s.sp = __sp + (int) (-1L + -1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CALL_INLINE)
     */
    static int CALL_INLINE(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL_INLINE)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            __s.ctx.pushFrame(callable, args, oparg);
            __s.sp = __sp;
            return LABEL_RESUME_FRAME;
        }
    }

    /**
     * inst(LOAD_PAIR)
     */
    static int LOAD_PAIR(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_PAIR)
        {
            long a = 0L;
            long b = 0L;
            a = __s.consts[(int) (oparg >> 1L)];
            b = __s.names[(int) (oparg)];
            NativeWords.setSlot(__stack, __sp, a);
            if (((oparg & 1L) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, b);
            }
            __sp = __sp + (int) (1L + (((oparg & 1L) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(NOP)
     */
    static int NOP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNPACK_REPEAT)
     */
    static int UNPACK_REPEAT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNPACK_REPEAT)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            for (long i = 0L; i < oparg; i += 1L) {
                NativeWords.setSlot(__stack, output + (int) i, seq);
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP)
     */
    static int _BINARY_OP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__s.ip, __s.ip, __sp);
            res = __s.ctx.binaryOp(oparg, lhs, rhs);
            if (res == (0L)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_BINARY_OP_ADD_INT)
     */
    static int _BINARY_OP_ADD_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) >> 1L;
            long r = (right) >> 1L;
            if (DslMath.addOverflows(l, r)) {
                return EXIT;
            }
            res = (((l + r) << 1L) | 1L);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_BOTH_INT)
     */
    static int _GUARD_BOTH_INT(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (((left) & (right) & 1L) == 0L) {
                return EXIT;
            }
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_IS_FALSE_POP)
     */
    static int _GUARD_IS_FALSE_POP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_IS_FALSE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if ((flag) == 3L) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_GUARD_IS_TRUE_POP)
     */
    static int _GUARD_IS_TRUE_POP(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_IS_TRUE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if ((flag) != 3L) {
                return EXIT;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_LOAD_FAST)
     */
    static int _LOAD_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_LOAD_FAST)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * op(_STORE_FAST)
     */
    static int _STORE_FAST(Registers __s, long oparg, long __operand) {
        long __stack = __s.stackBase;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_FAST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }
}
