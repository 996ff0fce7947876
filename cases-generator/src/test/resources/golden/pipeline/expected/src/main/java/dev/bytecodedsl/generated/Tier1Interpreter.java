// Generated from input.def by the cases generator (tier 1). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.DslMath;
import dev.bytecodedsl.kit.NativeWords;

/**
 * The tier-1 interpreter: executes code units, specializing instructions in place through
 * the {@code specialize_*} helpers. Entered with {@link #run} for the runtime's current
 * frame; returns when that frame returns (its result) or unwinds (NULL).
 */
public final class Tier1Interpreter {
    /**
     * The instruction finished; dispatch the next one.
     */
    static final int NEXT = 0;

    /**
     * The instruction was rewritten; dispatch it again.
     */
    static final int DISPATCH_SAME = 1;

    /**
     * The instruction finished at an eval-breaker point.
     */
    static final int CHECK_EVAL_BREAKER = 2;

    /**
     * Leave through label error.
     */
    static final int LABEL_ERROR = 3;

    /**
     * Leave through label resume_frame.
     */
    static final int LABEL_RESUME_FRAME = 4;

    private Tier1Interpreter() {
    }

    /**
     * Runs the context's current frame until it returns; the result Value, or NULL with an exception pending.
     */
    public static long run(InterpreterContext ctx) {
        Registers s = new Registers(ctx);
        // Statistics count every dispatch in a loop of their own, so the plain loop tests for nothing.
        return s.stats ? runCounting(ctx, s) : runPlain(ctx, s);
    }

    private static long runPlain(InterpreterContext ctx, Registers s) {
        while (true) {
            int unit = s.code[s.ip];
            int opcode = unit & 0xFF;
            int status = dispatch(s, opcode, unit >>> 8);
            if (status == NEXT || status == DISPATCH_SAME) {
                continue;
            }
            if (status == CHECK_EVAL_BREAKER) {
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(s.ip, s.ip, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            // A label ends by resuming wherever the helpers left the current frame.
            runLabel(s, status);
            if (ctx.entryFrameDone()) {
                return ctx.takeEntryResult();
            }
            s.reload();
        }
    }

    private static long runCounting(InterpreterContext ctx, Registers s) {
        while (true) {
            int unit = s.code[s.ip];
            int opcode = unit & 0xFF;
            ctx.countExecution(opcode);
            int status = dispatch(s, opcode, unit >>> 8);
            if (status == NEXT || status == DISPATCH_SAME) {
                continue;
            }
            if (status == CHECK_EVAL_BREAKER) {
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(s.ip, s.ip, s.sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = LABEL_ERROR;
            }
            // A label ends by resuming wherever the helpers left the current frame.
            runLabel(s, status);
            if (ctx.entryFrameDone()) {
                return ctx.takeEntryResult();
            }
            s.reload();
        }
    }

    private static int dispatch(Registers s, int opcode, long oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP -> BINARY_OP(s, oparg);
            case Opcodes.CALL -> CALL(s, oparg);
            case Opcodes.CALL_INLINE -> CALL_INLINE(s, oparg);
            case Opcodes.JUMP_BACKWARD -> JUMP_BACKWARD(s, oparg);
            case Opcodes.LOAD_FAST -> LOAD_FAST(s, oparg);
            case Opcodes.LOAD_PAIR -> LOAD_PAIR(s, oparg);
            case Opcodes.LOAD_VERSIONED -> LOAD_VERSIONED(s, oparg);
            case Opcodes.NOP -> NOP(s, oparg);
            case Opcodes.POP_JUMP_IF_TRUE -> POP_JUMP_IF_TRUE(s, oparg);
            case Opcodes.STORE_FAST -> STORE_FAST(s, oparg);
            case Opcodes.UNPACK_REPEAT -> UNPACK_REPEAT(s, oparg);
            case Opcodes.BINARY_OP_ADD_INT -> BINARY_OP_ADD_INT(s, oparg);
            default -> throw new IllegalStateException("invalid opcode " + opcode + " at code unit " + s.ip);
        };
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
     * macro(BINARY_OP) = _SPECIALIZE_BINARY_OP + _BINARY_OP
     */
    static int BINARY_OP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if (counter == 0L) {
                return DISPATCH_SAME;
            }
        }
        // op(_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.binaryOp(oparg, lhs, rhs);
            if (res == (0L)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CALL)
     */
    static int CALL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.call(callable, args, oparg);
            if (res == (0L)) {
                __s.sp = __sp + (int) (-1L + -1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CALL_INLINE)
     */
    static int CALL_INLINE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL_INLINE)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.pushFrame(callable, args, oparg);
            __s.sp = __sp;
            return LABEL_RESUME_FRAME;
        }
    }

    /**
     * inst(JUMP_BACKWARD)
     */
    static int JUMP_BACKWARD(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(JUMP_BACKWARD)
        {
            __breaker = true;
            __next = __after + (int) (-oparg);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_FAST) = _LOAD_FAST
     */
    static int LOAD_FAST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
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
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_PAIR)
     */
    static int LOAD_PAIR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
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
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_VERSIONED)
     */
    static int LOAD_VERSIONED(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 7;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_VERSIONED)
        {
            long base = ((oparg & 1L) != 0L) ? NativeWords.slot(__stack, __sp + (int) (-1L * (((oparg & 1L) != 0L) ? 1L : 0L))) : 0L;
            long version = read32(__s.code, __ip + 1 + 0);
            long pointer = read64(__s.code, __ip + 1 + 2);
            long v = 0L;
            long bits = version + pointer;
            if ((oparg & 1L) != 0L) {
                bits += (base);
            }
            bits = DslMath.div(bits, 2L);
            v = (bits);
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (((oparg & 1L) != 0L) ? 1L : 0L)), v);
            __sp = __sp + (int) (1L + -1L * (((oparg & 1L) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(NOP)
     */
    static int NOP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(POP_JUMP_IF_TRUE) = _POP_JUMP_IF_TRUE
     */
    static int POP_JUMP_IF_TRUE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_POP_JUMP_IF_TRUE)
        {
            long cond = NativeWords.slot(__stack, __sp - 1);
            long history = __s.code[__ip + 1 + 0];
            boolean jump = (cond) == 3L;
            history = (history << 1L) | (jump ? 1L : 0L);
            if (jump) {
                __next = __after + (int) oparg;
            }
            __s.code[__ip + 1 + 0] = (char) history;
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_FAST) = _STORE_FAST
     */
    static int STORE_FAST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_STORE_FAST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNPACK_REPEAT)
     */
    static int UNPACK_REPEAT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
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
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_ADD_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_ADD_INT
     */
    static int BINARY_OP_ADD_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (((left) & (right) & 1L) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) >> 1L;
            long r = (right) >> 1L;
            if (DslMath.addOverflows(l, r)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_INT);
                return BINARY_OP(__s, oparg);
            }
            res = (((l + r) << 1L) | 1L);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * A 32-bit inline-cache entry (little-endian code units).
     */
    static long read32(char[] code, int at) {
        return (long) code[at] | (long) code[at + 1] << 16;
    }

    /**
     * A 64-bit inline-cache entry (little-endian code units).
     */
    static long read64(char[] code, int at) {
        return (long) code[at] | (long) code[at + 1] << 16 | (long) code[at + 2] << 32 | (long) code[at + 3] << 48;
    }
}
