// Generated from bytecodes.def by the cases generator (tier 1). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
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
     * The instruction switched frames (RELOAD_FRAME); resume the new current frame.
     */
    static final int FRAME_SWITCHED = -1;

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
            // A label, or an instruction that switched frames, ends by resuming wherever the helpers left the current frame.
            if (status != FRAME_SWITCHED) runLabel(s, status);
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
            // A label, or an instruction that switched frames, ends by resuming wherever the helpers left the current frame.
            if (status != FRAME_SWITCHED) runLabel(s, status);
            if (ctx.entryFrameDone()) {
                return ctx.takeEntryResult();
            }
            s.reload();
        }
    }

    private static int dispatch(Registers s, int opcode, long oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP -> BINARY_OP(s, oparg);
            case Opcodes.BINARY_SLICE -> BINARY_SLICE(s, oparg);
            case Opcodes.BINARY_SUBSCR -> BINARY_SUBSCR(s, oparg);
            case Opcodes.BUILD_LIST -> BUILD_LIST(s, oparg);
            case Opcodes.BUILD_MAP -> BUILD_MAP(s, oparg);
            case Opcodes.BUILD_SLICE -> BUILD_SLICE(s, oparg);
            case Opcodes.BUILD_TUPLE -> BUILD_TUPLE(s, oparg);
            case Opcodes.CALL -> CALL(s, oparg);
            case Opcodes.CALL_KW -> CALL_KW(s, oparg);
            case Opcodes.CHECK_EXC_MATCH -> CHECK_EXC_MATCH(s, oparg);
            case Opcodes.COMPARE_OP -> COMPARE_OP(s, oparg);
            case Opcodes.CONTAINS_OP -> CONTAINS_OP(s, oparg);
            case Opcodes.COPY -> COPY(s, oparg);
            case Opcodes.DELETE_SUBSCR -> DELETE_SUBSCR(s, oparg);
            case Opcodes.END_FOR -> END_FOR(s, oparg);
            case Opcodes.ENTER_EXECUTOR -> ENTER_EXECUTOR(s, oparg);
            case Opcodes.EXTENDED_ARG -> EXTENDED_ARG(s, oparg);
            case Opcodes.FOR_ITER -> FOR_ITER(s, oparg);
            case Opcodes.GET_ITER -> GET_ITER(s, oparg);
            case Opcodes.IS_OP -> IS_OP(s, oparg);
            case Opcodes.JUMP_BACKWARD -> JUMP_BACKWARD(s, oparg);
            case Opcodes.JUMP_FORWARD -> JUMP_FORWARD(s, oparg);
            case Opcodes.LIST_APPEND -> LIST_APPEND(s, oparg);
            case Opcodes.LOAD_ATTR -> LOAD_ATTR(s, oparg);
            case Opcodes.LOAD_BUILD_CLASS -> LOAD_BUILD_CLASS(s, oparg);
            case Opcodes.LOAD_CONST -> LOAD_CONST(s, oparg);
            case Opcodes.LOAD_FAST -> LOAD_FAST(s, oparg);
            case Opcodes.LOAD_FAST_AND_CLEAR -> LOAD_FAST_AND_CLEAR(s, oparg);
            case Opcodes.LOAD_FAST_CHECK -> LOAD_FAST_CHECK(s, oparg);
            case Opcodes.LOAD_FAST_LOAD_FAST -> LOAD_FAST_LOAD_FAST(s, oparg);
            case Opcodes.LOAD_GLOBAL -> LOAD_GLOBAL(s, oparg);
            case Opcodes.LOAD_NAME -> LOAD_NAME(s, oparg);
            case Opcodes.MAKE_FUNCTION -> MAKE_FUNCTION(s, oparg);
            case Opcodes.NOP -> NOP(s, oparg);
            case Opcodes.POP_EXCEPT -> POP_EXCEPT(s, oparg);
            case Opcodes.POP_JUMP_IF_FALSE -> POP_JUMP_IF_FALSE(s, oparg);
            case Opcodes.POP_JUMP_IF_NONE -> POP_JUMP_IF_NONE(s, oparg);
            case Opcodes.POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NOT_NONE(s, oparg);
            case Opcodes.POP_JUMP_IF_TRUE -> POP_JUMP_IF_TRUE(s, oparg);
            case Opcodes.POP_TOP -> POP_TOP(s, oparg);
            case Opcodes.PUSH_EXC_INFO -> PUSH_EXC_INFO(s, oparg);
            case Opcodes.PUSH_NULL -> PUSH_NULL(s, oparg);
            case Opcodes.RAISE_VARARGS -> RAISE_VARARGS(s, oparg);
            case Opcodes.RERAISE -> RERAISE(s, oparg);
            case Opcodes.RESUME -> RESUME(s, oparg);
            case Opcodes.RETURN_CONST -> RETURN_CONST(s, oparg);
            case Opcodes.RETURN_VALUE -> RETURN_VALUE(s, oparg);
            case Opcodes.STORE_ATTR -> STORE_ATTR(s, oparg);
            case Opcodes.STORE_FAST -> STORE_FAST(s, oparg);
            case Opcodes.STORE_FAST_LOAD_FAST -> STORE_FAST_LOAD_FAST(s, oparg);
            case Opcodes.STORE_FAST_STORE_FAST -> STORE_FAST_STORE_FAST(s, oparg);
            case Opcodes.STORE_GLOBAL -> STORE_GLOBAL(s, oparg);
            case Opcodes.STORE_NAME -> STORE_NAME(s, oparg);
            case Opcodes.STORE_SLICE -> STORE_SLICE(s, oparg);
            case Opcodes.STORE_SUBSCR -> STORE_SUBSCR(s, oparg);
            case Opcodes.SWAP -> SWAP(s, oparg);
            case Opcodes.TO_BOOL -> TO_BOOL(s, oparg);
            case Opcodes.UNARY_INVERT -> UNARY_INVERT(s, oparg);
            case Opcodes.UNARY_NEGATIVE -> UNARY_NEGATIVE(s, oparg);
            case Opcodes.UNARY_NOT -> UNARY_NOT(s, oparg);
            case Opcodes.UNPACK_SEQUENCE -> UNPACK_SEQUENCE(s, oparg);
            case Opcodes.BINARY_OP_ADD_FLOAT -> BINARY_OP_ADD_FLOAT(s, oparg);
            case Opcodes.BINARY_OP_ADD_INT -> BINARY_OP_ADD_INT(s, oparg);
            case Opcodes.BINARY_OP_ADD_UNICODE -> BINARY_OP_ADD_UNICODE(s, oparg);
            case Opcodes.BINARY_OP_MULTIPLY_FLOAT -> BINARY_OP_MULTIPLY_FLOAT(s, oparg);
            case Opcodes.BINARY_OP_MULTIPLY_INT -> BINARY_OP_MULTIPLY_INT(s, oparg);
            case Opcodes.BINARY_OP_SUBTRACT_FLOAT -> BINARY_OP_SUBTRACT_FLOAT(s, oparg);
            case Opcodes.BINARY_OP_SUBTRACT_INT -> BINARY_OP_SUBTRACT_INT(s, oparg);
            case Opcodes.BINARY_SUBSCR_DICT -> BINARY_SUBSCR_DICT(s, oparg);
            case Opcodes.BINARY_SUBSCR_LIST_INT -> BINARY_SUBSCR_LIST_INT(s, oparg);
            case Opcodes.BINARY_SUBSCR_STR_INT -> BINARY_SUBSCR_STR_INT(s, oparg);
            case Opcodes.BINARY_SUBSCR_TUPLE_INT -> BINARY_SUBSCR_TUPLE_INT(s, oparg);
            case Opcodes.CALL_BUILTIN -> CALL_BUILTIN(s, oparg);
            case Opcodes.CALL_PY_EXACT_ARGS -> CALL_PY_EXACT_ARGS(s, oparg);
            case Opcodes.COMPARE_OP_FLOAT -> COMPARE_OP_FLOAT(s, oparg);
            case Opcodes.COMPARE_OP_INT -> COMPARE_OP_INT(s, oparg);
            case Opcodes.COMPARE_OP_STR -> COMPARE_OP_STR(s, oparg);
            case Opcodes.FOR_ITER_LIST -> FOR_ITER_LIST(s, oparg);
            case Opcodes.FOR_ITER_RANGE -> FOR_ITER_RANGE(s, oparg);
            case Opcodes.FOR_ITER_TUPLE -> FOR_ITER_TUPLE(s, oparg);
            case Opcodes.LOAD_ATTR_INSTANCE_VALUE -> LOAD_ATTR_INSTANCE_VALUE(s, oparg);
            case Opcodes.LOAD_ATTR_METHOD -> LOAD_ATTR_METHOD(s, oparg);
            case Opcodes.LOAD_GLOBAL_BUILTIN -> LOAD_GLOBAL_BUILTIN(s, oparg);
            case Opcodes.LOAD_GLOBAL_MODULE -> LOAD_GLOBAL_MODULE(s, oparg);
            case Opcodes.STORE_ATTR_INSTANCE_VALUE -> STORE_ATTR_INSTANCE_VALUE(s, oparg);
            case Opcodes.STORE_SUBSCR_DICT -> STORE_SUBSCR_DICT(s, oparg);
            case Opcodes.STORE_SUBSCR_LIST_INT -> STORE_SUBSCR_LIST_INT(s, oparg);
            case Opcodes.TO_BOOL_BOOL -> TO_BOOL_BOOL(s, oparg);
            case Opcodes.TO_BOOL_INT -> TO_BOOL_INT(s, oparg);
            case Opcodes.TO_BOOL_LIST -> TO_BOOL_LIST(s, oparg);
            case Opcodes.TO_BOOL_NONE -> TO_BOOL_NONE(s, oparg);
            case Opcodes.TO_BOOL_STR -> TO_BOOL_STR(s, oparg);
            case Opcodes.UNPACK_SEQUENCE_LIST -> UNPACK_SEQUENCE_LIST(s, oparg);
            case Opcodes.UNPACK_SEQUENCE_TUPLE -> UNPACK_SEQUENCE_TUPLE(s, oparg);
            case Opcodes.UNPACK_SEQUENCE_TWO_TUPLE -> UNPACK_SEQUENCE_TWO_TUPLE(s, oparg);
            case Opcodes.CALL_LIST_APPEND -> CALL_LIST_APPEND(s, oparg);
            case Opcodes.LOAD_ATTR_METHOD_BUILTIN -> LOAD_ATTR_METHOD_BUILTIN(s, oparg);
            case Opcodes.BINARY_OP_FLOOR_DIVIDE_INT -> BINARY_OP_FLOOR_DIVIDE_INT(s, oparg);
            case Opcodes.BINARY_OP_REMAINDER_INT -> BINARY_OP_REMAINDER_INT(s, oparg);
            case Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER -> BINARY_OP_TRUE_DIVIDE_NUMBER(s, oparg);
            case Opcodes.STORE_GLOBAL_MODULE -> STORE_GLOBAL_MODULE(s, oparg);
            case Opcodes.CALL_LEN -> CALL_LEN(s, oparg);
            default -> throw new IllegalStateException("invalid opcode " + opcode + " at code unit " + s.ip);
        };
    }

    /**
     * Runs the instruction at {@code s.ip} with its oparg extended by a prefix's.
     */
    private static int dispatchExtended(Registers s, long prefix) {
        int unit = s.code[s.ip];
        long oparg = prefix << 8 | unit >>> 8;
        int status = dispatch(s, unit & 0xFF, oparg);
        while (status == DISPATCH_SAME) {
            status = dispatch(s, s.code[s.ip] & 0xFF, oparg);
        }
        return status;
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
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeBinaryOp(lhs, rhs, oparg);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.binaryOp(oparg, lhs, rhs);
            if ((res) == DslConstants.NULL_BITS) {
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
     * inst(BINARY_SLICE)
     */
    static int BINARY_SLICE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BINARY_SLICE)
        {
            long container = NativeWords.slot(__stack, __sp - 3);
            long start = NativeWords.slot(__stack, __sp - 2);
            long stop = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.binarySlice(container, start, stop);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 3, res);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_SUBSCR) = _SPECIALIZE_BINARY_SUBSCR + _BINARY_SUBSCR
     */
    static int BINARY_SUBSCR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_BINARY_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeBinarySubscr(container, sub);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_BINARY_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.subscr(container, sub);
            if ((res) == DslConstants.NULL_BITS) {
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
     * inst(BUILD_LIST)
     */
    static int BUILD_LIST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_LIST)
        {
            int values = __sp + (int) (-1L * (oparg));
            long list = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            list = __s.ctx.buildList(values, oparg);
            if ((list) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), list);
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_MAP)
     */
    static int BUILD_MAP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_MAP)
        {
            int values = __sp + (int) (-1L * (oparg * 2L));
            long map = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            map = __s.ctx.buildMap(values, oparg);
            if ((map) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg * 2L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg * 2L)), map);
            __sp = __sp + (int) (1L + -1L * (oparg * 2L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_SLICE)
     */
    static int BUILD_SLICE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_SLICE)
        {
            long start = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L)));
            long stop = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * ((oparg == 3L) ? 1L : 0L)));
            long step = (oparg == 3L) ? NativeWords.slot(__stack, __sp + (int) (-1L * ((oparg == 3L) ? 1L : 0L))) : 0L;
            long slice = 0L;
            long step_or_null = (DslConstants.NULL_BITS);
            if (oparg == 3L) {
                step_or_null = step;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            slice = __s.ctx.buildSlice(start, stop, step_or_null);
            if ((slice) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L)), slice);
            __sp = __sp + (int) (-1L + -1L * ((oparg == 3L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(BUILD_TUPLE)
     */
    static int BUILD_TUPLE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(BUILD_TUPLE)
        {
            int values = __sp + (int) (-1L * (oparg));
            long tuple = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            tuple = __s.ctx.buildTuple(values, oparg);
            if ((tuple) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), tuple);
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(CALL) = _SPECIALIZE_CALL + unused/2 + _CALL
     */
    static int CALL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_CALL)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeCall(callable, self_or_null, args, oparg);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_CALL)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.callObject(callable, self_or_null, args, oparg);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CALL_KW)
     */
    static int CALL_KW(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CALL_KW)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-3L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            int args = __sp + (int) (-1L + -1L * (oparg));
            long kwnames = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.callObjectKw(callable, self_or_null, args, oparg, kwnames);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-3L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-3L + -1L * (oparg)), res);
            __sp = __sp + (int) (-2L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(CHECK_EXC_MATCH)
     */
    static int CHECK_EXC_MATCH(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CHECK_EXC_MATCH)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            long match = __s.ctx.exceptionMatches(left, right);
            if (match < 0L) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            b = ((match != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(COMPARE_OP) = _SPECIALIZE_COMPARE_OP + _COMPARE_OP
     */
    static int COMPARE_OP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_COMPARE_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeCompareOp(left, right, oparg);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_COMPARE_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.compareOp(oparg >> DslConstants.COMPARE_SHIFT, left, right);
            if ((res) == DslConstants.NULL_BITS) {
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
     * inst(CONTAINS_OP)
     */
    static int CONTAINS_OP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(CONTAINS_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            long found = __s.ctx.contains(right, left);
            if (found < 0L) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            b = (((found != 0L) != (oparg != 0L)) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, b);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(COPY)
     */
    static int COPY(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(COPY)
        {
            long bottom = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg - 1L)));
            long top = 0L;
            top = bottom;
            NativeWords.setSlot(__stack, __sp, top);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(DELETE_SUBSCR)
     */
    static int DELETE_SUBSCR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(DELETE_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.deleteSubscr(container, sub)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(END_FOR)
     */
    static int END_FOR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(END_FOR)
        {
            long iter = NativeWords.slot(__stack, __sp - 2);
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(ENTER_EXECUTOR)
     */
    static int ENTER_EXECUTOR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(ENTER_EXECUTOR)
        {
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.enterExecutor(oparg);
            __s.sp = __sp;
            return LABEL_RESUME_FRAME;
        }
    }

    /**
     * inst(EXTENDED_ARG)
     */
    static int EXTENDED_ARG(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(EXTENDED_ARG)
        {
            __s.ip = __after;
            return dispatchExtended(__s, oparg);
        }
    }

    /**
     * macro(FOR_ITER) = _SPECIALIZE_FOR_ITER + _FOR_ITER
     */
    static int FOR_ITER(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_FOR_ITER)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeForIter(iter);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_FOR_ITER)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            next = __s.ctx.iterNext(iter);
            if ((next) == DslConstants.NULL_BITS) {
                if (__s.ctx.exceptionPending()) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
                __next = __after + (int) oparg;
            }
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(GET_ITER)
     */
    static int GET_ITER(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(GET_ITER)
        {
            long iterable = NativeWords.slot(__stack, __sp - 1);
            long iter = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            iter = __s.ctx.getIter(iterable);
            if ((iter) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp - 1, iter);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(IS_OP)
     */
    static int IS_OP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(IS_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((left == right) != (oparg != 0L)) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, b);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(JUMP_BACKWARD)
     */
    static int JUMP_BACKWARD(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(JUMP_BACKWARD)
        {
            long counter = __s.code[__ip + 1 + 0];
            __breaker = true;
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.optimizeHotLoop(oparg);
            } else {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.advanceBackoffCounter();
            }
            __next = __after + (int) (-oparg);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(JUMP_FORWARD)
     */
    static int JUMP_FORWARD(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(JUMP_FORWARD)
        {
            __next = __after + (int) oparg;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LIST_APPEND)
     */
    static int LIST_APPEND(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LIST_APPEND)
        {
            long list = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg - 1L)));
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.listAppend(list, v);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_ATTR) = _SPECIALIZE_LOAD_ATTR + unused/7 + _LOAD_ATTR
     */
    static int LOAD_ATTR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 9;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_LOAD_ATTR)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeLoadAttr(owner, __s.names[(int) (oparg >> 1L)], (oparg & DslConstants.METHOD_FLAG) != 0L);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_LOAD_ATTR)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long attr = 0L;
            long self_or_null = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            attr = __s.ctx.loadAttr(owner, __s.names[(int) (oparg >> 1L)]);
            if ((attr) == DslConstants.NULL_BITS) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            self_or_null = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_BUILD_CLASS)
     */
    static int LOAD_BUILD_CLASS(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_BUILD_CLASS)
        {
            long bc = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            bc = __s.ctx.loadBuildClass();
            if ((bc) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, bc);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_CONST)
     */
    static int LOAD_CONST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_CONST)
        {
            long value = 0L;
            value = __s.consts[(int) (oparg)];
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
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
     * inst(LOAD_FAST_AND_CLEAR)
     */
    static int LOAD_FAST_AND_CLEAR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_AND_CLEAR)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), (DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_FAST_CHECK)
     */
    static int LOAD_FAST_CHECK(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_CHECK)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            if ((value) == DslConstants.NULL_BITS) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.raiseUnboundLocal(oparg);
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_FAST_LOAD_FAST)
     */
    static int LOAD_FAST_LOAD_FAST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_FAST_LOAD_FAST)
        {
            long value1 = 0L;
            long value2 = 0L;
            value1 = NativeWords.slot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT));
            value2 = NativeWords.slot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK));
            NativeWords.setSlot(__stack, __sp, value1);
            NativeWords.setSlot(__stack, __sp + 1, value2);
            __sp = __sp + 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_GLOBAL) = _SPECIALIZE_LOAD_GLOBAL + unused/3 + _LOAD_GLOBAL
     */
    static int LOAD_GLOBAL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 5;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_LOAD_GLOBAL)
        {
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeLoadGlobal(__s.names[(int) (oparg >> 1L)]);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_LOAD_GLOBAL)
        {
            long res = 0L;
            long null_slot = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.loadGlobal(__s.names[(int) (oparg >> 1L)]);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(LOAD_NAME)
     */
    static int LOAD_NAME(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_NAME)
        {
            long v = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            v = __s.ctx.loadName(__s.names[(int) (oparg)]);
            if ((v) == DslConstants.NULL_BITS) {
                __s.sp = __sp;
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp, v);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(MAKE_FUNCTION)
     */
    static int MAKE_FUNCTION(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(MAKE_FUNCTION)
        {
            long defaults = ((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L))) : 0L;
            long codeobj = NativeWords.slot(__stack, __sp - 1);
            long func = 0L;
            long defaults_or_null = (DslConstants.NULL_BITS);
            if ((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) {
                defaults_or_null = defaults;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            func = __s.ctx.makeFunction(codeobj, defaults_or_null);
            if ((func) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
                return LABEL_ERROR;
            }
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L)), func);
            __sp = __sp + (int) (-1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
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
     * inst(POP_EXCEPT)
     */
    static int POP_EXCEPT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(POP_EXCEPT)
        {
            long exc_value = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.setHandledException(exc_value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(POP_JUMP_IF_FALSE) = _POP_JUMP_IF_FALSE
     */
    static int POP_JUMP_IF_FALSE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_POP_JUMP_IF_FALSE)
        {
            long cond = NativeWords.slot(__stack, __sp - 1);
            long history = __s.code[__ip + 1 + 0];
            boolean jump = (cond) == DslConstants.FALSE_BITS;
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
     * macro(POP_JUMP_IF_NONE) = _IS_NONE + _POP_JUMP_IF_TRUE
     */
    static int POP_JUMP_IF_NONE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_IS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((value) == DslConstants.NONE_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        // op(_POP_JUMP_IF_TRUE)
        {
            long cond = NativeWords.slot(__stack, __sp - 1);
            long history = __s.code[__ip + 1 + 0];
            boolean jump = (cond) == DslConstants.TRUE_BITS;
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
     * macro(POP_JUMP_IF_NOT_NONE) = _IS_NONE + _POP_JUMP_IF_FALSE
     */
    static int POP_JUMP_IF_NOT_NONE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_IS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((value) == DslConstants.NONE_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        // op(_POP_JUMP_IF_FALSE)
        {
            long cond = NativeWords.slot(__stack, __sp - 1);
            long history = __s.code[__ip + 1 + 0];
            boolean jump = (cond) == DslConstants.FALSE_BITS;
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
            boolean jump = (cond) == DslConstants.TRUE_BITS;
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
     * inst(POP_TOP)
     */
    static int POP_TOP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(POP_TOP)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(PUSH_EXC_INFO)
     */
    static int PUSH_EXC_INFO(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(PUSH_EXC_INFO)
        {
            long exc = NativeWords.slot(__stack, __sp - 1);
            long prev_exc = 0L;
            long new_exc = 0L;
            prev_exc = __s.ctx.handledException();
            __s.ctx.setHandledException(exc);
            new_exc = exc;
            NativeWords.setSlot(__stack, __sp - 1, prev_exc);
            NativeWords.setSlot(__stack, __sp, new_exc);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(PUSH_NULL)
     */
    static int PUSH_NULL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(PUSH_NULL)
        {
            long res = 0L;
            res = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(RAISE_VARARGS)
     */
    static int RAISE_VARARGS(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(RAISE_VARARGS)
        {
            int args = __sp + (int) (-1L * (oparg));
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.raiseVarargs(args, oparg);
            if (true) {
                __s.sp = __sp + (int) (-1L * (oparg));
                return LABEL_ERROR;
            }
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(RERAISE)
     */
    static int RERAISE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(RERAISE)
        {
            long exc = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.reraise(exc);
            if (true) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(RESUME) = _COUNT_HOT_FUNCTION + _RESUME_CHECK
     */
    static int RESUME(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_COUNT_HOT_FUNCTION)
        {
            long counter = __s.code[__ip + 1 + 0];
            if (oparg == 0L) {
                if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                    __s.ctx.saveState(__ip, __after, __sp);
                    __s.ctx.optimizeHotFunction();
                } else {
                    __s.ctx.saveState(__ip, __after, __sp);
                    __s.ctx.advanceBackoffCounter();
                }
            }
        }
        // op(_RESUME_CHECK)
        {
            __breaker = true;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(RETURN_CONST) = LOAD_CONST + _POP_FRAME
     */
    static int RETURN_CONST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(LOAD_CONST)
        {
            long value = 0L;
            value = __s.consts[(int) (oparg)];
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        // op(_POP_FRAME)
        {
            long retval = NativeWords.slot(__stack, __sp - 1);
            boolean popped = false;
            if (!popped) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.popFrame(retval);
            }
            __s.sp = __sp;
            return FRAME_SWITCHED;
        }
    }

    /**
     * macro(RETURN_VALUE) = _POP_FRAME
     */
    static int RETURN_VALUE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_POP_FRAME)
        {
            long retval = NativeWords.slot(__stack, __sp - 1);
            boolean popped = false;
            if (!popped) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.popFrame(retval);
            }
            __s.sp = __sp;
            return FRAME_SWITCHED;
        }
    }

    /**
     * macro(STORE_ATTR) = _SPECIALIZE_STORE_ATTR + unused/3 + _STORE_ATTR
     */
    static int STORE_ATTR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 5;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_STORE_ATTR)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeStoreAttr(owner, __s.names[(int) (oparg)]);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_STORE_ATTR)
        {
            long v = NativeWords.slot(__stack, __sp - 2);
            long owner = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.storeAttr(owner, __s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 2;
                return LABEL_ERROR;
            }
            __sp = __sp - 2;
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
     * inst(STORE_FAST_LOAD_FAST)
     */
    static int STORE_FAST_LOAD_FAST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_FAST_LOAD_FAST)
        {
            long value1 = NativeWords.slot(__stack, __sp - 1);
            long value2 = 0L;
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            value2 = NativeWords.slot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK));
            NativeWords.setSlot(__stack, __sp - 1, value2);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_FAST_STORE_FAST)
     */
    static int STORE_FAST_STORE_FAST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_FAST_STORE_FAST)
        {
            long value2 = NativeWords.slot(__stack, __sp - 2);
            long value1 = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK), value2);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_GLOBAL) = _SPECIALIZE_STORE_GLOBAL + unused/2 + _STORE_GLOBAL
     */
    static int STORE_GLOBAL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_STORE_GLOBAL)
        {
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeStoreGlobal(__s.names[(int) (oparg)]);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_STORE_GLOBAL)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.storeGlobal(__s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_NAME)
     */
    static int STORE_NAME(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_NAME)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.storeName(__s.names[(int) (oparg)], v)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(STORE_SLICE)
     */
    static int STORE_SLICE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(STORE_SLICE)
        {
            long v = NativeWords.slot(__stack, __sp - 4);
            long container = NativeWords.slot(__stack, __sp - 3);
            long start = NativeWords.slot(__stack, __sp - 2);
            long stop = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.storeSlice(container, start, stop, v)) {
                __s.sp = __sp - 4;
                return LABEL_ERROR;
            }
            __sp = __sp - 4;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_SUBSCR) = _SPECIALIZE_STORE_SUBSCR + _STORE_SUBSCR
     */
    static int STORE_SUBSCR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_STORE_SUBSCR)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeStoreSubscr(container, sub);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_STORE_SUBSCR)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.storeSubscr(container, sub, v)) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(SWAP)
     */
    static int SWAP(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(SWAP)
        {
            long bottom_in = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg - 2L)));
            long top_in = NativeWords.slot(__stack, __sp - 1);
            long top_out = 0L;
            long bottom_out = 0L;
            top_out = top_in;
            bottom_out = bottom_in;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg - 2L)), top_out);
            NativeWords.setSlot(__stack, __sp - 1, bottom_out);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL) = _SPECIALIZE_TO_BOOL + _TO_BOOL
     */
    static int TO_BOOL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_TO_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeToBool(value);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_TO_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            long truth = __s.ctx.objectIsTrue(value);
            if (truth < 0L) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            res = ((truth != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_INVERT)
     */
    static int UNARY_INVERT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_INVERT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long bits = (value);
            if ((bits & DslConstants.SMALL_INT_TAG) != 0L) {
                res = (bits ^ (~DslConstants.SMALL_INT_TAG));
            } else {
                __s.ctx.saveState(__ip, __after, __sp);
                res = __s.ctx.unaryInvert(value);
                if ((res) == DslConstants.NULL_BITS) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
            }
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_NEGATIVE)
     */
    static int UNARY_NEGATIVE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_NEGATIVE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long bits = (value);
            if (((bits & DslConstants.SMALL_INT_TAG) != 0L) && (!DslMath.subOverflows(2L, bits))) {
                res = (2L - bits);
            } else {
                __s.ctx.saveState(__ip, __after, __sp);
                res = __s.ctx.unaryNegative(value);
                if ((res) == DslConstants.NULL_BITS) {
                    __s.sp = __sp - 1;
                    return LABEL_ERROR;
                }
            }
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * inst(UNARY_NOT)
     */
    static int UNARY_NOT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 1;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // inst(UNARY_NOT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) == DslConstants.TRUE_BITS) ? DslConstants.FALSE_BITS : DslConstants.TRUE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(UNPACK_SEQUENCE) = _SPECIALIZE_UNPACK_SEQUENCE + _UNPACK_SEQUENCE
     */
    static int UNPACK_SEQUENCE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_SPECIALIZE_UNPACK_SEQUENCE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            long counter = __s.code[__ip + 1 + 0];
            if ((counter & DslConstants.COUNTER_VALUE_MASK) == 0L) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.specializeUnpackSequence(seq, oparg);
                return DISPATCH_SAME;
            }
            __s.ctx.saveState(__ip, __after, __sp);
            __s.ctx.advanceBackoffCounter();
        }
        // op(_UNPACK_SEQUENCE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.unpackSequence(seq, oparg, output)) {
                __s.sp = __sp - 1;
                return LABEL_ERROR;
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_ADD_FLOAT) = _GUARD_BOTH_FLOAT + unused/1 + _BINARY_OP_ADD_FLOAT
     */
    static int BINARY_OP_ADD_FLOAT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_float(__s, left)) || (!DslFunctions.is_float(__s, right))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_FLOAT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_ADD_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) + DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) - DslConstants.SMALL_INT_TAG;
            long r = (right);
            if (DslMath.addOverflows(l, r)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_INT);
                return BINARY_OP(__s, oparg);
            }
            res = (l + r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_ADD_UNICODE) = _GUARD_BOTH_UNICODE + unused/1 + _BINARY_OP_ADD_UNICODE
     */
    static int BINARY_OP_ADD_UNICODE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((((left & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((left) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) || (((right & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((right) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_ADD_UNICODE);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_ADD_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.strConcat(left, right);
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(BINARY_OP_MULTIPLY_FLOAT) = _GUARD_BOTH_FLOAT + unused/1 + _BINARY_OP_MULTIPLY_FLOAT
     */
    static int BINARY_OP_MULTIPLY_FLOAT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_float(__s, left)) || (!DslFunctions.is_float(__s, right))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_MULTIPLY_FLOAT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_MULTIPLY_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) * DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(BINARY_OP_MULTIPLY_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_MULTIPLY_INT
     */
    static int BINARY_OP_MULTIPLY_INT(Registers __s, long oparg) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_MULTIPLY_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_MULTIPLY_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.mulOverflows(a, r)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_MULTIPLY_INT);
                return BINARY_OP(__s, oparg);
            }
            res = ((a * r) + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_SUBTRACT_FLOAT) = _GUARD_BOTH_FLOAT + unused/1 + _BINARY_OP_SUBTRACT_FLOAT
     */
    static int BINARY_OP_SUBTRACT_FLOAT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_float(__s, left)) || (!DslFunctions.is_float(__s, right))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_SUBTRACT_FLOAT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_SUBTRACT_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = DslFunctions.float_result(__s, DslFunctions.float_value(__s, left) - DslFunctions.float_value(__s, right));
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(BINARY_OP_SUBTRACT_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_SUBTRACT_INT
     */
    static int BINARY_OP_SUBTRACT_INT(Registers __s, long oparg) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_SUBTRACT_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_SUBTRACT_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left);
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.subOverflows(l, r)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_SUBTRACT_INT);
                return BINARY_OP(__s, oparg);
            }
            res = (l - r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_SUBSCR_DICT) = _GUARD_NOS_DICT + unused/1 + _BINARY_SUBSCR_DICT
     */
    static int BINARY_SUBSCR_DICT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_DICT)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_DICT) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_DICT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_BINARY_SUBSCR_DICT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.dictSubscr(container, sub);
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(BINARY_SUBSCR_LIST_INT) = _GUARD_NOS_LIST + _GUARD_TOS_INT + unused/1 + _BINARY_SUBSCR_LIST_INT
     */
    static int BINARY_SUBSCR_LIST_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_LIST)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_LIST_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_LIST_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_BINARY_SUBSCR_LIST_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.list_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_LIST_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
            res = DslFunctions.list_item(__s, container, i);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_SUBSCR_STR_INT) = _GUARD_NOS_STR + _GUARD_TOS_INT + unused/1 + _BINARY_SUBSCR_STR_INT
     */
    static int BINARY_SUBSCR_STR_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_STR)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_STR_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_STR_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_BINARY_SUBSCR_STR_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.str_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_STR_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.strItem(container, i);
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(BINARY_SUBSCR_TUPLE_INT) = _GUARD_NOS_TUPLE + _GUARD_TOS_INT + unused/1 + _BINARY_SUBSCR_TUPLE_INT
     */
    static int BINARY_SUBSCR_TUPLE_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_TUPLE)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_TUPLE_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_TUPLE_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
        }
        // op(_BINARY_SUBSCR_TUPLE_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long n = DslFunctions.tuple_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_SUBSCR_TUPLE_INT);
                return BINARY_SUBSCR(__s, oparg);
            }
            res = DslFunctions.tuple_item(__s, container, i);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(CALL_BUILTIN) = unused/3 + _GUARD_CALLABLE_BUILTIN + _CALL_BUILTIN
     */
    static int CALL_BUILTIN(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_BUILTIN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            if (((callable & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_BUILTIN) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_BUILTIN);
                return CALL(__s, oparg);
            }
        }
        // op(_CALL_BUILTIN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            __s.ctx.saveState(__ip, __after, __sp);
            res = __s.ctx.callBuiltin(callable, self_or_null, args, oparg);
            if ((res) == DslConstants.NULL_BITS) {
                __s.sp = __sp + (int) (-2L + -1L * (oparg));
                return LABEL_ERROR;
            }
            __breaker = true;
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(CALL_PY_EXACT_ARGS) = unused/1 + _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE + _PUSH_FRAME
     */
    static int CALL_PY_EXACT_ARGS(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_CHECK_FUNCTION_EXACT_ARGS)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long func_version = read32(__s.code, __ip + 1 + 1);
            if (((callable & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_FUNCTION) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_PY_EXACT_ARGS);
                return CALL(__s, oparg);
            }
            if (NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((DslConstants.FUNCTION_VERSION_WORD) << 3)) != func_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_PY_EXACT_ARGS);
                return CALL(__s, oparg);
            }
            long argcount = ((self_or_null) == DslConstants.NULL_BITS) ? oparg : (oparg + 1L);
            if (NativeWords.word(__s.heapWordsBase, ((callable) << 2) + ((DslConstants.FUNCTION_ARGCOUNT_WORD) << 3)) != argcount) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_PY_EXACT_ARGS);
                return CALL(__s, oparg);
            }
        }
        // op(_CHECK_STACK_SPACE)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            if (!DslFunctions.frame_space_available(__s, DslFunctions.function_frame_size(__s, callable))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_PY_EXACT_ARGS);
                return CALL(__s, oparg);
            }
        }
        // op(_PUSH_FRAME)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            boolean pushed = false;
            if (!pushed) {
                __s.ctx.saveState(__ip, __after, __sp);
                __s.ctx.pushFrame(callable, self_or_null, args, oparg);
            }
            __s.sp = __sp;
            return FRAME_SWITCHED;
        }
    }

    /**
     * macro(COMPARE_OP_FLOAT) = _GUARD_BOTH_FLOAT + unused/1 + _COMPARE_OP_FLOAT
     */
    static int COMPARE_OP_FLOAT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_float(__s, left)) || (!DslFunctions.is_float(__s, right))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.COMPARE_OP_FLOAT);
                return COMPARE_OP(__s, oparg);
            }
        }
        // op(_COMPARE_OP_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            double l = DslFunctions.float_value(__s, left);
            double r = DslFunctions.float_value(__s, right);
            long outcome = (l < r) ? DslConstants.COMPARE_LT_BIT : ((l > r) ? DslConstants.COMPARE_GT_BIT : ((l == r) ? DslConstants.COMPARE_EQ_BIT : DslConstants.COMPARE_UNORDERED_BIT));
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(COMPARE_OP_INT) = _GUARD_BOTH_INT + unused/1 + _COMPARE_OP_INT
     */
    static int COMPARE_OP_INT(Registers __s, long oparg) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.COMPARE_OP_INT);
                return COMPARE_OP(__s, oparg);
            }
        }
        // op(_COMPARE_OP_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left);
            long r = (right);
            long outcome = (l < r) ? DslConstants.COMPARE_LT_BIT : ((l > r) ? DslConstants.COMPARE_GT_BIT : DslConstants.COMPARE_EQ_BIT);
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(COMPARE_OP_STR) = _GUARD_BOTH_UNICODE + unused/1 + _COMPARE_OP_STR
     */
    static int COMPARE_OP_STR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((((left & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((left) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) || (((right & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((right) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.COMPARE_OP_STR);
                return COMPARE_OP(__s, oparg);
            }
        }
        // op(_COMPARE_OP_STR)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long order = __s.ctx.strCompare(left, right);
            long outcome = (order < 0L) ? DslConstants.COMPARE_LT_BIT : ((order > 0L) ? DslConstants.COMPARE_GT_BIT : DslConstants.COMPARE_EQ_BIT);
            res = (((outcome & oparg) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(FOR_ITER_LIST) = unused/1 + _ITER_CHECK_LIST + _ITER_JUMP_LIST + _ITER_NEXT_LIST
     */
    static int FOR_ITER_LIST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST_ITER) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.FOR_ITER_LIST);
                return FOR_ITER(__s, oparg);
            }
        }
        // op(_ITER_JUMP_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (DslFunctions.list_iter_exhausted(__s, iter)) {
                __next = __after + (int) oparg;
            }
        }
        // op(_ITER_NEXT_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            next = DslFunctions.list_iter_next(__s, iter);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(FOR_ITER_RANGE) = unused/1 + _ITER_CHECK_RANGE + _ITER_JUMP_RANGE + _ITER_NEXT_RANGE
     */
    static int FOR_ITER_RANGE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_RANGE_ITER) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.FOR_ITER_RANGE);
                return FOR_ITER(__s, oparg);
            }
        }
        // op(_ITER_JUMP_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3)) <= 0L) {
                __next = __after + (int) oparg;
            }
        }
        // op(_ITER_NEXT_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            long item = NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_NEXT_WORD) << 3));
            NativeWords.setWord(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_NEXT_WORD) << 3), item + NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_STEP_WORD) << 3)));
            NativeWords.setWord(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3), NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((DslConstants.RANGE_ITER_REMAINING_WORD) << 3)) - 1L);
            next = ((item << 1L) | DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(FOR_ITER_TUPLE) = unused/1 + _ITER_CHECK_TUPLE + _ITER_JUMP_TUPLE + _ITER_NEXT_TUPLE
     */
    static int FOR_ITER_TUPLE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_ITER_CHECK_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (((iter & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((iter) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE_ITER) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.FOR_ITER_TUPLE);
                return FOR_ITER(__s, oparg);
            }
        }
        // op(_ITER_JUMP_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (DslFunctions.tuple_iter_exhausted(__s, iter)) {
                __next = __after + (int) oparg;
            }
        }
        // op(_ITER_NEXT_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            next = DslFunctions.tuple_iter_next(__s, iter);
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_ATTR_INSTANCE_VALUE) = unused/1 + _GUARD_TYPE_VERSION + _LOAD_ATTR_INSTANCE_VALUE + unused/4
     */
    static int LOAD_ATTR_INSTANCE_VALUE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 9;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_VERSION)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_version = read32(__s.code, __ip + 1 + 1);
            if (DslFunctions.type_version_of(__s, owner) != type_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_INSTANCE_VALUE);
                return LOAD_ATTR(__s, oparg);
            }
        }
        // op(_LOAD_ATTR_INSTANCE_VALUE)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long index = __s.code[__ip + 1 + 3];
            long attr = 0L;
            long null_slot = 0L;
            attr = DslFunctions.instance_slot(__s, owner, index);
            if ((attr) == DslConstants.NULL_BITS) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_INSTANCE_VALUE);
                return LOAD_ATTR(__s, oparg);
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, null_slot);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_ATTR_METHOD) = unused/1 + _GUARD_TYPE_VERSION + unused/1 + _LOAD_ATTR_METHOD
     */
    static int LOAD_ATTR_METHOD(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 9;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_VERSION)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_version = read32(__s.code, __ip + 1 + 1);
            if (DslFunctions.type_version_of(__s, owner) != type_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_METHOD);
                return LOAD_ATTR(__s, oparg);
            }
        }
        // op(_LOAD_ATTR_METHOD)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long descr = read64(__s.code, __ip + 1 + 4);
            long attr = 0L;
            long self_or_null = 0L;
            if ((oparg & DslConstants.METHOD_FLAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_METHOD);
                return LOAD_ATTR(__s, oparg);
            }
            attr = (descr);
            self_or_null = owner;
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_GLOBAL_BUILTIN) = unused/1 + _GUARD_GLOBALS_VERSION + _GUARD_BUILTINS_VERSION + _LOAD_GLOBAL_BUILTIN
     */
    static int LOAD_GLOBAL_BUILTIN(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 5;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_GLOBALS_VERSION)
        {
            long globals_keys_version = __s.code[__ip + 1 + 1];
            if (DslFunctions.globals_version(__s) != globals_keys_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_GLOBAL_BUILTIN);
                return LOAD_GLOBAL(__s, oparg);
            }
        }
        // op(_GUARD_BUILTINS_VERSION)
        {
            long builtins_keys_version = __s.code[__ip + 1 + 2];
            if (DslFunctions.builtins_version(__s) != builtins_keys_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_GLOBAL_BUILTIN);
                return LOAD_GLOBAL(__s, oparg);
            }
        }
        // op(_LOAD_GLOBAL_BUILTIN)
        {
            long index = __s.code[__ip + 1 + 3];
            long res = 0L;
            long null_slot = 0L;
            res = DslFunctions.builtins_entry(__s, index);
            if ((res) == DslConstants.NULL_BITS) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_GLOBAL_BUILTIN);
                return LOAD_GLOBAL(__s, oparg);
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_GLOBAL_MODULE) = unused/1 + _GUARD_GLOBALS_VERSION + unused/1 + _LOAD_GLOBAL_MODULE
     */
    static int LOAD_GLOBAL_MODULE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 5;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_GLOBALS_VERSION)
        {
            long globals_keys_version = __s.code[__ip + 1 + 1];
            if (DslFunctions.globals_version(__s) != globals_keys_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_GLOBAL_MODULE);
                return LOAD_GLOBAL(__s, oparg);
            }
        }
        // op(_LOAD_GLOBAL_MODULE)
        {
            long index = __s.code[__ip + 1 + 3];
            long res = 0L;
            long null_slot = 0L;
            res = DslFunctions.globals_entry(__s, index);
            if ((res) == DslConstants.NULL_BITS) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_GLOBAL_MODULE);
                return LOAD_GLOBAL(__s, oparg);
            }
            null_slot = (DslConstants.NULL_BITS);
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_ATTR_INSTANCE_VALUE) = unused/1 + _GUARD_TYPE_VERSION + _STORE_ATTR_INSTANCE_VALUE
     */
    static int STORE_ATTR_INSTANCE_VALUE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 5;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_VERSION)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_version = read32(__s.code, __ip + 1 + 1);
            if (DslFunctions.type_version_of(__s, owner) != type_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_ATTR_INSTANCE_VALUE);
                return STORE_ATTR(__s, oparg);
            }
        }
        // op(_STORE_ATTR_INSTANCE_VALUE)
        {
            long v = NativeWords.slot(__stack, __sp - 2);
            long owner = NativeWords.slot(__stack, __sp - 1);
            long index = __s.code[__ip + 1 + 3];
            if (!DslFunctions.instance_has_slot(__s, owner, index)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_ATTR_INSTANCE_VALUE);
                return STORE_ATTR(__s, oparg);
            }
            DslFunctions.instance_store(__s, owner, index, v);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_SUBSCR_DICT) = _GUARD_NOS_DICT + unused/1 + _STORE_SUBSCR_DICT
     */
    static int STORE_SUBSCR_DICT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_DICT)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_DICT) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_SUBSCR_DICT);
                return STORE_SUBSCR(__s, oparg);
            }
        }
        // op(_STORE_SUBSCR_DICT)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            __s.ctx.saveState(__ip, __after, __sp);
            if (!__s.ctx.dictStore(container, sub, v)) {
                __s.sp = __sp - 3;
                return LABEL_ERROR;
            }
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(STORE_SUBSCR_LIST_INT) = _GUARD_NOS_LIST + _GUARD_TOS_INT + unused/1 + _STORE_SUBSCR_LIST_INT
     */
    static int STORE_SUBSCR_LIST_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_NOS_LIST)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (((nos & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((nos) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_SUBSCR_LIST_INT);
                return STORE_SUBSCR(__s, oparg);
            }
        }
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_SUBSCR_LIST_INT);
                return STORE_SUBSCR(__s, oparg);
            }
        }
        // op(_STORE_SUBSCR_LIST_INT)
        {
            long v = NativeWords.slot(__stack, __sp - 3);
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long n = DslFunctions.list_length(__s, container);
            long i = (sub) >> 1L;
            if (i < 0L) {
                i += n;
            }
            if ((i < 0L) || (i >= n)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_SUBSCR_LIST_INT);
                return STORE_SUBSCR(__s, oparg);
            }
            DslFunctions.list_store(__s, container, i, v);
            __sp = __sp - 3;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL_BOOL) = unused/1 + _GUARD_TOS_BOOL
     */
    static int TO_BOOL_BOOL(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long bits = (value);
            if ((bits != DslConstants.TRUE_BITS) && (bits != DslConstants.FALSE_BITS)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.TO_BOOL_BOOL);
                return TO_BOOL(__s, oparg);
            }
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL_INT) = unused/1 + _GUARD_TOS_INT + _TO_BOOL_INT
     */
    static int TO_BOOL_INT(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.TO_BOOL_INT);
                return TO_BOOL(__s, oparg);
            }
        }
        // op(_TO_BOOL_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) != DslConstants.SMALL_INT_ZERO_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL_LIST) = unused/1 + _GUARD_TOS_LIST + _TO_BOOL_LIST
     */
    static int TO_BOOL_LIST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.TO_BOOL_LIST);
                return TO_BOOL(__s, oparg);
            }
        }
        // op(_TO_BOOL_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = ((DslFunctions.list_length(__s, value) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL_NONE) = unused/1 + _GUARD_TOS_NONE + _TO_BOOL_NONE
     */
    static int TO_BOOL_NONE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if ((value) != DslConstants.NONE_BITS) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.TO_BOOL_NONE);
                return TO_BOOL(__s, oparg);
            }
        }
        // op(_TO_BOOL_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(TO_BOOL_STR) = unused/1 + _GUARD_TOS_STR + _TO_BOOL_STR
     */
    static int TO_BOOL_STR(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_STR) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.TO_BOOL_STR);
                return TO_BOOL(__s, oparg);
            }
        }
        // op(_TO_BOOL_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = ((DslFunctions.str_length(__s, value) != 0L) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(UNPACK_SEQUENCE_LIST) = _GUARD_TOS_LIST + unused/1 + _UNPACK_SEQUENCE_LIST
     */
    static int UNPACK_SEQUENCE_LIST(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_LIST);
                return UNPACK_SEQUENCE(__s, oparg);
            }
        }
        // op(_UNPACK_SEQUENCE_LIST)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if (DslFunctions.list_length(__s, seq) != oparg) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_LIST);
                return UNPACK_SEQUENCE(__s, oparg);
            }
            for (long i = 0L; i < oparg; i += 1L) {
                NativeWords.setSlot(__stack, output + (int) i, DslFunctions.list_item(__s, seq, oparg - 1L - i));
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(UNPACK_SEQUENCE_TUPLE) = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TUPLE
     */
    static int UNPACK_SEQUENCE_TUPLE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_TUPLE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_TUPLE);
                return UNPACK_SEQUENCE(__s, oparg);
            }
        }
        // op(_UNPACK_SEQUENCE_TUPLE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if (DslFunctions.tuple_length(__s, seq) != oparg) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_TUPLE);
                return UNPACK_SEQUENCE(__s, oparg);
            }
            for (long i = 0L; i < oparg; i += 1L) {
                NativeWords.setSlot(__stack, output + (int) i, DslFunctions.tuple_item(__s, seq, oparg - 1L - i));
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(UNPACK_SEQUENCE_TWO_TUPLE) = _GUARD_TOS_TUPLE + unused/1 + _UNPACK_SEQUENCE_TWO_TUPLE
     */
    static int UNPACK_SEQUENCE_TWO_TUPLE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TOS_TUPLE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (((value & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((value) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_TUPLE) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_TWO_TUPLE);
                return UNPACK_SEQUENCE(__s, oparg);
            }
        }
        // op(_UNPACK_SEQUENCE_TWO_TUPLE)
        {
            long seq = NativeWords.slot(__stack, __sp - 1);
            int output = __sp - 1;
            if ((oparg != 2L) || (DslFunctions.tuple_length(__s, seq) != 2L)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.UNPACK_SEQUENCE_TWO_TUPLE);
                return UNPACK_SEQUENCE(__s, oparg);
            }
            NativeWords.setSlot(__stack, output + (int) 0L, DslFunctions.tuple_item(__s, seq, 1L));
            NativeWords.setSlot(__stack, output + (int) 1L, DslFunctions.tuple_item(__s, seq, 0L));
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(CALL_LIST_APPEND) = unused/1 + _GUARD_CALLABLE_LIST_APPEND + _CALL_LIST_APPEND
     */
    static int CALL_LIST_APPEND(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_LIST_APPEND)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long method = read32(__s.code, __ip + 1 + 1);
            if ((callable) != method) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_LIST_APPEND);
                return CALL(__s, oparg);
            }
            if (((self_or_null & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((self_or_null) << 2) + ((0) << 3)) : 0L) != DslConstants.TYPE_LIST) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_LIST_APPEND);
                return CALL(__s, oparg);
            }
        }
        // op(_CALL_LIST_APPEND)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            if (!DslFunctions.list_append_in_place(__s, self_or_null, NativeWords.slot(__stack, args + (int) 0L))) {
                __s.ctx.listAppend(self_or_null, NativeWords.slot(__stack, args + (int) 0L));
            }
            res = (DslConstants.NONE_BITS);
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(LOAD_ATTR_METHOD_BUILTIN) = unused/1 + _GUARD_TYPE_TAG + unused/2 + _LOAD_ATTR_METHOD
     */
    static int LOAD_ATTR_METHOD_BUILTIN(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 9;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_TYPE_TAG)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_tag = __s.code[__ip + 1 + 1];
            if (((owner & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((owner) << 2) + ((0) << 3)) : 0L) != type_tag) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_METHOD_BUILTIN);
                return LOAD_ATTR(__s, oparg);
            }
        }
        // op(_LOAD_ATTR_METHOD)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long descr = read64(__s.code, __ip + 1 + 4);
            long attr = 0L;
            long self_or_null = 0L;
            if ((oparg & DslConstants.METHOD_FLAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.LOAD_ATTR_METHOD_BUILTIN);
                return LOAD_ATTR(__s, oparg);
            }
            attr = (descr);
            self_or_null = owner;
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_FLOOR_DIVIDE_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_FLOOR_DIVIDE_INT
     */
    static int BINARY_OP_FLOOR_DIVIDE_INT(Registers __s, long oparg) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_FLOOR_DIVIDE_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_FLOOR_DIVIDE_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_FLOOR_DIVIDE_INT);
                return BINARY_OP(__s, oparg);
            }
            long q = DslMath.div(a, b);
            if (((q * b) != a) && ((a ^ b) < 0L)) {
                q -= 1L;
            }
            if (q > DslConstants.SMALL_INT_MAX) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_FLOOR_DIVIDE_INT);
                return BINARY_OP(__s, oparg);
            }
            res = (q + q + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_REMAINDER_INT) = _GUARD_BOTH_INT + unused/1 + _BINARY_OP_REMAINDER_INT
     */
    static int BINARY_OP_REMAINDER_INT(Registers __s, long oparg) {
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
            if (((left) & (right) & DslConstants.SMALL_INT_TAG) == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_REMAINDER_INT);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_REMAINDER_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_REMAINDER_INT);
                return BINARY_OP(__s, oparg);
            }
            long r = DslMath.rem(a, b);
            if ((r != 0L) && ((r ^ b) < 0L)) {
                r += b;
            }
            res = (r + r + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(BINARY_OP_TRUE_DIVIDE_NUMBER) = _GUARD_BOTH_NUMBER + unused/1 + _BINARY_OP_TRUE_DIVIDE_NUMBER
     */
    static int BINARY_OP_TRUE_DIVIDE_NUMBER(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 2;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_BOTH_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if ((!DslFunctions.is_number(__s, left)) || (!DslFunctions.is_number(__s, right))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER);
                return BINARY_OP(__s, oparg);
            }
        }
        // op(_BINARY_OP_TRUE_DIVIDE_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            double divisor = DslFunctions.number_value(__s, right);
            if (divisor == 0.0) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER);
                return BINARY_OP(__s, oparg);
            }
            boolean ints = ((left) & (right) & DslConstants.SMALL_INT_TAG) != 0L;
            if (ints && (!(DslFunctions.exact_double(left) && DslFunctions.exact_double(right)))) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER);
                return BINARY_OP(__s, oparg);
            }
            __s.ctx.saveState(__ip, __after, __sp);
            res = DslFunctions.float_result(__s, DslMath.div(DslFunctions.number_value(__s, left), divisor));
            if ((res) == DslConstants.NULL_BITS) {
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
     * macro(STORE_GLOBAL_MODULE) = unused/1 + _GUARD_GLOBALS_VERSION + _STORE_GLOBAL_MODULE
     */
    static int STORE_GLOBAL_MODULE(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_GLOBALS_VERSION)
        {
            long globals_keys_version = __s.code[__ip + 1 + 1];
            if (DslFunctions.globals_version(__s) != globals_keys_version) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.STORE_GLOBAL_MODULE);
                return STORE_GLOBAL(__s, oparg);
            }
        }
        // op(_STORE_GLOBAL_MODULE)
        {
            long v = NativeWords.slot(__stack, __sp - 1);
            long index = __s.code[__ip + 1 + 2];
            DslFunctions.globals_store(__s, index, v);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
        __s.ip = __next;
        return __breaker ? CHECK_EVAL_BREAKER : NEXT;
    }

    /**
     * macro(CALL_LEN) = unused/1 + _GUARD_CALLABLE_LEN + _CALL_LEN
     */
    static int CALL_LEN(Registers __s, long oparg) {
        long __stack = __s.stackBase;
        int __ip = __s.ip;
        int __after = __ip + 4;
        int __next = __after;
        int __sp = __s.sp;
        boolean __breaker = false;
        // op(_GUARD_CALLABLE_LEN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long len = read32(__s.code, __ip + 1 + 1);
            if ((callable) != len) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_LEN);
                return CALL(__s, oparg);
            }
            long type = ((NativeWords.slot(__stack, args + (int) 0L) & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((NativeWords.slot(__stack, args + (int) 0L)) << 2) + ((0) << 3)) : 0L);
            if ((type != DslConstants.TYPE_LIST) && (type != DslConstants.TYPE_TUPLE) && (type != DslConstants.TYPE_STR)) {
                if (__s.stats) __s.ctx.countMiss(Opcodes.CALL_LEN);
                return CALL(__s, oparg);
            }
        }
        // op(_CALL_LEN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            long arg = NativeWords.slot(__stack, args + (int) 0L);
            long type = ((arg & 7L) == 0L ? NativeWords.word(__s.heapWordsBase, ((arg) << 2) + ((0) << 3)) : 0L);
            long n = 0L;
            if (type == DslConstants.TYPE_LIST) {
                n = DslFunctions.list_length(__s, arg);
            } else {
                if (type == DslConstants.TYPE_TUPLE) {
                    n = DslFunctions.tuple_length(__s, arg);
                } else {
                    n = DslFunctions.str_length(__s, arg);
                }
            }
            res = (n + n + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
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
