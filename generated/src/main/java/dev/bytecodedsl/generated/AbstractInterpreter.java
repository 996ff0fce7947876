// Generated from bytecodes.def by the cases generator (optimizer). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.DslMath;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.kit.optimizer.AbstractFrame;
import java.lang.foreign.MemorySegment;

/**
 * The tier-2 optimizer's abstract interpreter: runs a uop over symbols instead of values
 * ({@link #execute}) and folds pure uops on constant inputs ({@link #fold}).
 */
public final class AbstractInterpreter {
    private AbstractInterpreter() {
    }

    /**
     * Runs {@code uop}'s abstract case on {@code frame}, moving its stack pointer as the uop would.
     */
    public static void execute(AbstractFrame<? extends SymbolContext> frame, int uop, long oparg,
            long operand) {
        switch (uop) {
            case Uops.BINARY_SLICE -> BINARY_SLICE(frame, oparg, operand);
            case Uops.BUILD_LIST -> BUILD_LIST(frame, oparg, operand);
            case Uops.BUILD_MAP -> BUILD_MAP(frame, oparg, operand);
            case Uops.BUILD_SLICE -> BUILD_SLICE(frame, oparg, operand);
            case Uops.BUILD_TUPLE -> BUILD_TUPLE(frame, oparg, operand);
            case Uops.CALL_KW -> CALL_KW(frame, oparg, operand);
            case Uops.CHECK_EXC_MATCH -> CHECK_EXC_MATCH(frame, oparg, operand);
            case Uops.CONTAINS_OP -> CONTAINS_OP(frame, oparg, operand);
            case Uops.COPY -> COPY(frame, oparg, operand);
            case Uops.DELETE_SUBSCR -> DELETE_SUBSCR(frame, oparg, operand);
            case Uops.END_FOR -> END_FOR(frame, oparg, operand);
            case Uops.GET_ITER -> GET_ITER(frame, oparg, operand);
            case Uops.IS_OP -> IS_OP(frame, oparg, operand);
            case Uops.LIST_APPEND -> LIST_APPEND(frame, oparg, operand);
            case Uops.LOAD_BUILD_CLASS -> LOAD_BUILD_CLASS(frame, oparg, operand);
            case Uops.LOAD_CONST -> LOAD_CONST(frame, oparg, operand);
            case Uops.LOAD_FAST_AND_CLEAR -> LOAD_FAST_AND_CLEAR(frame, oparg, operand);
            case Uops.LOAD_FAST_CHECK -> LOAD_FAST_CHECK(frame, oparg, operand);
            case Uops.LOAD_FAST_LOAD_FAST -> LOAD_FAST_LOAD_FAST(frame, oparg, operand);
            case Uops.LOAD_NAME -> LOAD_NAME(frame, oparg, operand);
            case Uops.MAKE_FUNCTION -> MAKE_FUNCTION(frame, oparg, operand);
            case Uops.NOP -> NOP(frame, oparg, operand);
            case Uops.POP_EXCEPT -> POP_EXCEPT(frame, oparg, operand);
            case Uops.POP_TOP -> POP_TOP(frame, oparg, operand);
            case Uops.PUSH_EXC_INFO -> PUSH_EXC_INFO(frame, oparg, operand);
            case Uops.PUSH_NULL -> PUSH_NULL(frame, oparg, operand);
            case Uops.RAISE_VARARGS -> RAISE_VARARGS(frame, oparg, operand);
            case Uops.RERAISE -> RERAISE(frame, oparg, operand);
            case Uops.STORE_FAST_LOAD_FAST -> STORE_FAST_LOAD_FAST(frame, oparg, operand);
            case Uops.STORE_FAST_STORE_FAST -> STORE_FAST_STORE_FAST(frame, oparg, operand);
            case Uops.STORE_NAME -> STORE_NAME(frame, oparg, operand);
            case Uops.STORE_SLICE -> STORE_SLICE(frame, oparg, operand);
            case Uops.SWAP -> SWAP(frame, oparg, operand);
            case Uops.UNARY_INVERT -> UNARY_INVERT(frame, oparg, operand);
            case Uops.UNARY_NEGATIVE -> UNARY_NEGATIVE(frame, oparg, operand);
            case Uops.UNARY_NOT -> UNARY_NOT(frame, oparg, operand);
            case Uops._BINARY_OP -> _BINARY_OP(frame, oparg, operand);
            case Uops._BINARY_OP_ADD_FLOAT -> _BINARY_OP_ADD_FLOAT(frame, oparg, operand);
            case Uops._BINARY_OP_ADD_INT -> _BINARY_OP_ADD_INT(frame, oparg, operand);
            case Uops._BINARY_OP_ADD_UNICODE -> _BINARY_OP_ADD_UNICODE(frame, oparg, operand);
            case Uops._BINARY_OP_MULTIPLY_FLOAT -> _BINARY_OP_MULTIPLY_FLOAT(frame, oparg, operand);
            case Uops._BINARY_OP_MULTIPLY_INT -> _BINARY_OP_MULTIPLY_INT(frame, oparg, operand);
            case Uops._BINARY_OP_SUBTRACT_FLOAT -> _BINARY_OP_SUBTRACT_FLOAT(frame, oparg, operand);
            case Uops._BINARY_OP_SUBTRACT_INT -> _BINARY_OP_SUBTRACT_INT(frame, oparg, operand);
            case Uops._BINARY_SUBSCR -> _BINARY_SUBSCR(frame, oparg, operand);
            case Uops._BINARY_SUBSCR_DICT -> _BINARY_SUBSCR_DICT(frame, oparg, operand);
            case Uops._BINARY_SUBSCR_LIST_INT -> _BINARY_SUBSCR_LIST_INT(frame, oparg, operand);
            case Uops._BINARY_SUBSCR_STR_INT -> _BINARY_SUBSCR_STR_INT(frame, oparg, operand);
            case Uops._BINARY_SUBSCR_TUPLE_INT -> _BINARY_SUBSCR_TUPLE_INT(frame, oparg, operand);
            case Uops._CALL -> _CALL(frame, oparg, operand);
            case Uops._CALL_BUILTIN -> _CALL_BUILTIN(frame, oparg, operand);
            case Uops._CHECK_FUNCTION_EXACT_ARGS -> _CHECK_FUNCTION_EXACT_ARGS(frame, oparg, operand);
            case Uops._CHECK_PERIODIC -> _CHECK_PERIODIC(frame, oparg, operand);
            case Uops._CHECK_STACK_SPACE -> _CHECK_STACK_SPACE(frame, oparg, operand);
            case Uops._CHECK_VALIDITY -> _CHECK_VALIDITY(frame, oparg, operand);
            case Uops._COMPARE_OP -> _COMPARE_OP(frame, oparg, operand);
            case Uops._COMPARE_OP_FLOAT -> _COMPARE_OP_FLOAT(frame, oparg, operand);
            case Uops._COMPARE_OP_INT -> _COMPARE_OP_INT(frame, oparg, operand);
            case Uops._COMPARE_OP_STR -> _COMPARE_OP_STR(frame, oparg, operand);
            case Uops._EXIT_TRACE -> _EXIT_TRACE(frame, oparg, operand);
            case Uops._FOR_ITER_TIER_TWO -> _FOR_ITER_TIER_TWO(frame, oparg, operand);
            case Uops._GUARD_BOTH_FLOAT -> _GUARD_BOTH_FLOAT(frame, oparg, operand);
            case Uops._GUARD_BOTH_INT -> _GUARD_BOTH_INT(frame, oparg, operand);
            case Uops._GUARD_BOTH_UNICODE -> _GUARD_BOTH_UNICODE(frame, oparg, operand);
            case Uops._GUARD_BUILTINS_VERSION -> _GUARD_BUILTINS_VERSION(frame, oparg, operand);
            case Uops._GUARD_CALLABLE_BUILTIN -> _GUARD_CALLABLE_BUILTIN(frame, oparg, operand);
            case Uops._GUARD_EXHAUSTED_LIST -> _GUARD_EXHAUSTED_LIST(frame, oparg, operand);
            case Uops._GUARD_EXHAUSTED_RANGE -> _GUARD_EXHAUSTED_RANGE(frame, oparg, operand);
            case Uops._GUARD_EXHAUSTED_TUPLE -> _GUARD_EXHAUSTED_TUPLE(frame, oparg, operand);
            case Uops._GUARD_GLOBALS_VERSION -> _GUARD_GLOBALS_VERSION(frame, oparg, operand);
            case Uops._GUARD_IS_FALSE_POP -> _GUARD_IS_FALSE_POP(frame, oparg, operand);
            case Uops._GUARD_IS_TRUE_POP -> _GUARD_IS_TRUE_POP(frame, oparg, operand);
            case Uops._GUARD_NOS_DICT -> _GUARD_NOS_DICT(frame, oparg, operand);
            case Uops._GUARD_NOS_INT -> _GUARD_NOS_INT(frame, oparg, operand);
            case Uops._GUARD_NOS_LIST -> _GUARD_NOS_LIST(frame, oparg, operand);
            case Uops._GUARD_NOS_STR -> _GUARD_NOS_STR(frame, oparg, operand);
            case Uops._GUARD_NOS_TUPLE -> _GUARD_NOS_TUPLE(frame, oparg, operand);
            case Uops._GUARD_NOT_EXHAUSTED_LIST -> _GUARD_NOT_EXHAUSTED_LIST(frame, oparg, operand);
            case Uops._GUARD_NOT_EXHAUSTED_RANGE -> _GUARD_NOT_EXHAUSTED_RANGE(frame, oparg, operand);
            case Uops._GUARD_NOT_EXHAUSTED_TUPLE -> _GUARD_NOT_EXHAUSTED_TUPLE(frame, oparg, operand);
            case Uops._GUARD_TOS_BOOL -> _GUARD_TOS_BOOL(frame, oparg, operand);
            case Uops._GUARD_TOS_INT -> _GUARD_TOS_INT(frame, oparg, operand);
            case Uops._GUARD_TOS_LIST -> _GUARD_TOS_LIST(frame, oparg, operand);
            case Uops._GUARD_TOS_NONE -> _GUARD_TOS_NONE(frame, oparg, operand);
            case Uops._GUARD_TOS_STR -> _GUARD_TOS_STR(frame, oparg, operand);
            case Uops._GUARD_TOS_TUPLE -> _GUARD_TOS_TUPLE(frame, oparg, operand);
            case Uops._GUARD_TYPE_VERSION -> _GUARD_TYPE_VERSION(frame, oparg, operand);
            case Uops._IS_NONE -> _IS_NONE(frame, oparg, operand);
            case Uops._ITER_CHECK_LIST -> _ITER_CHECK_LIST(frame, oparg, operand);
            case Uops._ITER_CHECK_RANGE -> _ITER_CHECK_RANGE(frame, oparg, operand);
            case Uops._ITER_CHECK_TUPLE -> _ITER_CHECK_TUPLE(frame, oparg, operand);
            case Uops._ITER_NEXT_LIST -> _ITER_NEXT_LIST(frame, oparg, operand);
            case Uops._ITER_NEXT_RANGE -> _ITER_NEXT_RANGE(frame, oparg, operand);
            case Uops._ITER_NEXT_TUPLE -> _ITER_NEXT_TUPLE(frame, oparg, operand);
            case Uops._JUMP_TO_TOP -> _JUMP_TO_TOP(frame, oparg, operand);
            case Uops._LOAD_ATTR -> _LOAD_ATTR(frame, oparg, operand);
            case Uops._LOAD_ATTR_INSTANCE_VALUE -> _LOAD_ATTR_INSTANCE_VALUE(frame, oparg, operand);
            case Uops._LOAD_ATTR_METHOD -> _LOAD_ATTR_METHOD(frame, oparg, operand);
            case Uops._LOAD_CONST_INLINE -> _LOAD_CONST_INLINE(frame, oparg, operand);
            case Uops._LOAD_FAST -> _LOAD_FAST(frame, oparg, operand);
            case Uops._LOAD_FAST_0 -> _LOAD_FAST(frame, 0L, operand);
            case Uops._LOAD_FAST_1 -> _LOAD_FAST(frame, 1L, operand);
            case Uops._LOAD_FAST_2 -> _LOAD_FAST(frame, 2L, operand);
            case Uops._LOAD_FAST_3 -> _LOAD_FAST(frame, 3L, operand);
            case Uops._LOAD_FAST_4 -> _LOAD_FAST(frame, 4L, operand);
            case Uops._LOAD_FAST_5 -> _LOAD_FAST(frame, 5L, operand);
            case Uops._LOAD_FAST_6 -> _LOAD_FAST(frame, 6L, operand);
            case Uops._LOAD_FAST_7 -> _LOAD_FAST(frame, 7L, operand);
            case Uops._LOAD_GLOBAL -> _LOAD_GLOBAL(frame, oparg, operand);
            case Uops._LOAD_GLOBAL_BUILTIN -> _LOAD_GLOBAL_BUILTIN(frame, oparg, operand);
            case Uops._LOAD_GLOBAL_MODULE -> _LOAD_GLOBAL_MODULE(frame, oparg, operand);
            case Uops._SET_IP -> _SET_IP(frame, oparg, operand);
            case Uops._START_EXECUTOR -> _START_EXECUTOR(frame, oparg, operand);
            case Uops._STORE_ATTR -> _STORE_ATTR(frame, oparg, operand);
            case Uops._STORE_ATTR_INSTANCE_VALUE -> _STORE_ATTR_INSTANCE_VALUE(frame, oparg, operand);
            case Uops._STORE_FAST -> _STORE_FAST(frame, oparg, operand);
            case Uops._STORE_FAST_0 -> _STORE_FAST(frame, 0L, operand);
            case Uops._STORE_FAST_1 -> _STORE_FAST(frame, 1L, operand);
            case Uops._STORE_FAST_2 -> _STORE_FAST(frame, 2L, operand);
            case Uops._STORE_FAST_3 -> _STORE_FAST(frame, 3L, operand);
            case Uops._STORE_FAST_4 -> _STORE_FAST(frame, 4L, operand);
            case Uops._STORE_FAST_5 -> _STORE_FAST(frame, 5L, operand);
            case Uops._STORE_FAST_6 -> _STORE_FAST(frame, 6L, operand);
            case Uops._STORE_FAST_7 -> _STORE_FAST(frame, 7L, operand);
            case Uops._STORE_SUBSCR -> _STORE_SUBSCR(frame, oparg, operand);
            case Uops._STORE_SUBSCR_DICT -> _STORE_SUBSCR_DICT(frame, oparg, operand);
            case Uops._STORE_SUBSCR_LIST_INT -> _STORE_SUBSCR_LIST_INT(frame, oparg, operand);
            case Uops._TO_BOOL -> _TO_BOOL(frame, oparg, operand);
            case Uops._TO_BOOL_INT -> _TO_BOOL_INT(frame, oparg, operand);
            case Uops._TO_BOOL_LIST -> _TO_BOOL_LIST(frame, oparg, operand);
            case Uops._TO_BOOL_NONE -> _TO_BOOL_NONE(frame, oparg, operand);
            case Uops._TO_BOOL_STR -> _TO_BOOL_STR(frame, oparg, operand);
            case Uops._UNPACK_SEQUENCE -> _UNPACK_SEQUENCE(frame, oparg, operand);
            case Uops._UNPACK_SEQUENCE_LIST -> _UNPACK_SEQUENCE_LIST(frame, oparg, operand);
            case Uops._UNPACK_SEQUENCE_TUPLE -> _UNPACK_SEQUENCE_TUPLE(frame, oparg, operand);
            case Uops._UNPACK_SEQUENCE_TWO_TUPLE -> _UNPACK_SEQUENCE_TWO_TUPLE(frame, oparg, operand);
            case Uops._POP_FRAME -> _POP_FRAME(frame, oparg, operand);
            case Uops._PUSH_FRAME -> _PUSH_FRAME(frame, oparg, operand);
            case Uops._CALL_LIST_APPEND -> _CALL_LIST_APPEND(frame, oparg, operand);
            case Uops._GUARD_CALLABLE_LIST_APPEND -> _GUARD_CALLABLE_LIST_APPEND(frame, oparg, operand);
            case Uops._GUARD_TYPE_TAG -> _GUARD_TYPE_TAG(frame, oparg, operand);
            case Uops._BINARY_OP_FLOOR_DIVIDE_INT -> _BINARY_OP_FLOOR_DIVIDE_INT(frame, oparg, operand);
            case Uops._BINARY_OP_REMAINDER_INT -> _BINARY_OP_REMAINDER_INT(frame, oparg, operand);
            case Uops._BINARY_OP_TRUE_DIVIDE_NUMBER -> _BINARY_OP_TRUE_DIVIDE_NUMBER(frame, oparg, operand);
            case Uops._GUARD_BOTH_NUMBER -> _GUARD_BOTH_NUMBER(frame, oparg, operand);
            case Uops._STORE_GLOBAL -> _STORE_GLOBAL(frame, oparg, operand);
            case Uops._STORE_GLOBAL_MODULE -> _STORE_GLOBAL_MODULE(frame, oparg, operand);
            case Uops._CALL_LEN -> _CALL_LEN(frame, oparg, operand);
            case Uops._GUARD_CALLABLE_LEN -> _GUARD_CALLABLE_LEN(frame, oparg, operand);
            case Uops._CHECK_CALLER -> _CHECK_CALLER(frame, oparg, operand);
            case Uops._RESUME_CHECK -> _RESUME_CHECK(frame, oparg, operand);
            default -> throw new IllegalStateException("invalid uop " + uop);
        }
    }

    /**
     * Runs a foldable uop's own body on the values in {@code stack} below {@code sp} (its inputs)
     * and returns true with its one output written in place of them; false when the uop is not
     * foldable or its body would leave the trace (a failed guard, an overflow).
     */
    public static boolean fold(int uop, long oparg, long operand, MemorySegment stack, int sp) {
        return switch (uop) {
            case Uops.IS_OP -> foldIS_OP(stack, sp, oparg, operand);
            case Uops.UNARY_NOT -> foldUNARY_NOT(stack, sp, oparg, operand);
            case Uops._BINARY_OP_ADD_INT -> fold_BINARY_OP_ADD_INT(stack, sp, oparg, operand);
            case Uops._BINARY_OP_MULTIPLY_INT -> fold_BINARY_OP_MULTIPLY_INT(stack, sp, oparg, operand);
            case Uops._BINARY_OP_SUBTRACT_INT -> fold_BINARY_OP_SUBTRACT_INT(stack, sp, oparg, operand);
            case Uops._COMPARE_OP_INT -> fold_COMPARE_OP_INT(stack, sp, oparg, operand);
            case Uops._IS_NONE -> fold_IS_NONE(stack, sp, oparg, operand);
            case Uops._TO_BOOL_INT -> fold_TO_BOOL_INT(stack, sp, oparg, operand);
            case Uops._TO_BOOL_NONE -> fold_TO_BOOL_NONE(stack, sp, oparg, operand);
            case Uops._BINARY_OP_FLOOR_DIVIDE_INT -> fold_BINARY_OP_FLOOR_DIVIDE_INT(stack, sp, oparg, operand);
            case Uops._BINARY_OP_REMAINDER_INT -> fold_BINARY_OP_REMAINDER_INT(stack, sp, oparg, operand);
            default -> false;
        };
    }

    /**
     * BINARY_SLICE: default
     */
    static void BINARY_SLICE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // BINARY_SLICE: default case
        {
            NativeWords.setSlot(__stack, __sp - 3, __s.ctx.unknown());
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * BUILD_LIST: default
     */
    static void BUILD_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // BUILD_LIST: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * BUILD_MAP: default
     */
    static void BUILD_MAP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // BUILD_MAP: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg * 2L)), __s.ctx.unknown());
            __sp = __sp + (int) (1L + -1L * (oparg * 2L));
        }
        __s.sp = __sp;
    }

    /**
     * BUILD_SLICE: default
     */
    static void BUILD_SLICE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // BUILD_SLICE: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * ((oparg == 3L) ? 1L : 0L)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L + -1L * ((oparg == 3L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * BUILD_TUPLE: default
     */
    static void BUILD_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // BUILD_TUPLE: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * CALL_KW: default
     */
    static void CALL_KW(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // CALL_KW: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-3L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-2L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * CHECK_EXC_MATCH: default
     */
    static void CHECK_EXC_MATCH(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // CHECK_EXC_MATCH: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * CONTAINS_OP: default
     */
    static void CONTAINS_OP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // CONTAINS_OP: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * COPY: its own body (moves only)
     */
    static void COPY(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(COPY)
        {
            long bottom = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg - 1L)));
            long top = 0L;
            top = bottom;
            NativeWords.setSlot(__stack, __sp, top);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * DELETE_SUBSCR: default
     */
    static void DELETE_SUBSCR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // DELETE_SUBSCR: default case
        {
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * END_FOR: its own body (moves only)
     */
    static void END_FOR(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(END_FOR)
        {
            long iter = NativeWords.slot(__stack, __sp - 2);
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * GET_ITER: default
     */
    static void GET_ITER(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // GET_ITER: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * IS_OP: default
     */
    static void IS_OP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // IS_OP: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * IS_OP's body on constant inputs
     */
    private static boolean foldIS_OP(MemorySegment __stack, int __sp, long oparg, long __operand) {
        // inst(IS_OP)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((left == right) != (oparg != 0L)) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 2, b);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * LIST_APPEND: default
     */
    static void LIST_APPEND(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LIST_APPEND: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_BUILD_CLASS: default
     */
    static void LOAD_BUILD_CLASS(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LOAD_BUILD_CLASS: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_CONST: override
     */
    static void LOAD_CONST(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(LOAD_CONST)
        {
            long value = 0L;
            value = __s.ctx.symNewConst(__s.consts[(int) (oparg)]);
            __s.ctx.replaceOpOperand(Uops._LOAD_CONST_INLINE, __s.consts[(int) (oparg)]);
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_FAST_AND_CLEAR: default
     */
    static void LOAD_FAST_AND_CLEAR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LOAD_FAST_AND_CLEAR: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
            __s.forgetLocals();
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_FAST_CHECK: default
     */
    static void LOAD_FAST_CHECK(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LOAD_FAST_CHECK: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * LOAD_FAST_LOAD_FAST: its own body (moves only)
     */
    static void LOAD_FAST_LOAD_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
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
    }

    /**
     * LOAD_NAME: default
     */
    static void LOAD_NAME(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // LOAD_NAME: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * MAKE_FUNCTION: default
     */
    static void MAKE_FUNCTION(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // MAKE_FUNCTION: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-1L + -1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L * (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * NOP: its own body (moves only)
     */
    static void NOP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(NOP)
        {
        }
        __s.sp = __sp;
    }

    /**
     * POP_EXCEPT: default
     */
    static void POP_EXCEPT(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // POP_EXCEPT: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * POP_TOP: its own body (moves only)
     */
    static void POP_TOP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(POP_TOP)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * PUSH_EXC_INFO: default
     */
    static void PUSH_EXC_INFO(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // PUSH_EXC_INFO: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * PUSH_NULL: override
     */
    static void PUSH_NULL(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(PUSH_NULL)
        {
            long res = 0L;
            res = __s.ctx.symNewConst((DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp, res);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * RAISE_VARARGS: default
     */
    static void RAISE_VARARGS(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // RAISE_VARARGS: default case
        {
            __sp = __sp + (int) (-1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * RERAISE: default
     */
    static void RERAISE(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // RERAISE: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * STORE_FAST_LOAD_FAST: its own body (moves only)
     */
    static void STORE_FAST_LOAD_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(STORE_FAST_LOAD_FAST)
        {
            long value1 = NativeWords.slot(__stack, __sp - 1);
            long value2 = 0L;
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            value2 = NativeWords.slot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK));
            NativeWords.setSlot(__stack, __sp - 1, value2);
        }
        __s.sp = __sp;
    }

    /**
     * STORE_FAST_STORE_FAST: its own body (moves only)
     */
    static void STORE_FAST_STORE_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // inst(STORE_FAST_STORE_FAST)
        {
            long value2 = NativeWords.slot(__stack, __sp - 2);
            long value1 = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg >> DslConstants.SUPER_SHIFT), value1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg & DslConstants.SUPER_MASK), value2);
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * STORE_NAME: default
     */
    static void STORE_NAME(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // STORE_NAME: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * STORE_SLICE: default
     */
    static void STORE_SLICE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // STORE_SLICE: default case
        {
            __sp = __sp - 4;
        }
        __s.sp = __sp;
    }

    /**
     * SWAP: its own body (moves only)
     */
    static void SWAP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
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
    }

    /**
     * UNARY_INVERT: default
     */
    static void UNARY_INVERT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // UNARY_INVERT: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * UNARY_NEGATIVE: default
     */
    static void UNARY_NEGATIVE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // UNARY_NEGATIVE: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * UNARY_NOT: default
     */
    static void UNARY_NOT(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // UNARY_NOT: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * UNARY_NOT's body on constant inputs
     */
    private static boolean foldUNARY_NOT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // inst(UNARY_NOT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) == DslConstants.TRUE_BITS) ? DslConstants.FALSE_BITS : DslConstants.TRUE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        return true;
    }

    /**
     * _BINARY_OP: override
     */
    static void _BINARY_OP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP)
        {
            long lhs = NativeWords.slot(__stack, __sp - 2);
            long rhs = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            boolean ints = __s.ctx.symHasType(lhs, DslConstants.TYPE_INT) && __s.ctx.symHasType(rhs, DslConstants.TYPE_INT);
            boolean remainder = (oparg == DslConstants.NB_REMAINDER) || (oparg == DslConstants.NB_INPLACE_REMAINDER);
            boolean int_closed = remainder || (oparg == DslConstants.NB_ADD) || (oparg == DslConstants.NB_INPLACE_ADD) || (oparg == DslConstants.NB_SUBTRACT) || (oparg == DslConstants.NB_INPLACE_SUBTRACT) || (oparg == DslConstants.NB_MULTIPLY) || (oparg == DslConstants.NB_INPLACE_MULTIPLY) || (oparg == DslConstants.NB_FLOOR_DIVIDE) || (oparg == DslConstants.NB_INPLACE_FLOOR_DIVIDE) || (oparg == DslConstants.NB_AND) || (oparg == DslConstants.NB_INPLACE_AND) || (oparg == DslConstants.NB_OR) || (oparg == DslConstants.NB_INPLACE_OR) || (oparg == DslConstants.NB_XOR) || (oparg == DslConstants.NB_INPLACE_XOR) || (oparg == DslConstants.NB_LSHIFT) || (oparg == DslConstants.NB_INPLACE_LSHIFT) || (oparg == DslConstants.NB_RSHIFT) || (oparg == DslConstants.NB_INPLACE_RSHIFT);
            if (remainder && ints && __s.ctx.symIsSmallInt(rhs)) {
                res = __s.ctx.symNewSmallInt();
            } else {
                if (int_closed && ints) {
                    res = __s.ctx.symNewType(DslConstants.TYPE_INT);
                } else {
                    res = __s.ctx.symNewNotNull();
                }
            }
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_ADD_FLOAT: override
     */
    static void _BINARY_OP_ADD_FLOAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_ADD_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_FLOAT);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_ADD_INT: override
     */
    static void _BINARY_OP_ADD_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_ADD_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_ADD_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_BINARY_OP_ADD_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left) - DslConstants.SMALL_INT_TAG;
            long r = (right);
            if (DslMath.addOverflows(l, r)) {
                return false;
            }
            res = (l + r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _BINARY_OP_ADD_UNICODE: override
     */
    static void _BINARY_OP_ADD_UNICODE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_ADD_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_STR);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_MULTIPLY_FLOAT: override
     */
    static void _BINARY_OP_MULTIPLY_FLOAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_MULTIPLY_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_FLOAT);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_MULTIPLY_INT: override
     */
    static void _BINARY_OP_MULTIPLY_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_MULTIPLY_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_MULTIPLY_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_MULTIPLY_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_BINARY_OP_MULTIPLY_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.mulOverflows(a, r)) {
                return false;
            }
            res = ((a * r) + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _BINARY_OP_SUBTRACT_FLOAT: override
     */
    static void _BINARY_OP_SUBTRACT_FLOAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_SUBTRACT_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_FLOAT);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_SUBTRACT_INT: override
     */
    static void _BINARY_OP_SUBTRACT_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_SUBTRACT_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_SUBTRACT_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_SUBTRACT_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_BINARY_OP_SUBTRACT_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long l = (left);
            long r = (right) - DslConstants.SMALL_INT_TAG;
            if (DslMath.subOverflows(l, r)) {
                return false;
            }
            res = (l - r);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _BINARY_SUBSCR: default
     */
    static void _BINARY_SUBSCR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _BINARY_SUBSCR: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_SUBSCR_DICT: default
     */
    static void _BINARY_SUBSCR_DICT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _BINARY_SUBSCR_DICT: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_SUBSCR_LIST_INT: default
     */
    static void _BINARY_SUBSCR_LIST_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _BINARY_SUBSCR_LIST_INT: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_SUBSCR_STR_INT: override
     */
    static void _BINARY_SUBSCR_STR_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_SUBSCR_STR_INT)
        {
            long container = NativeWords.slot(__stack, __sp - 2);
            long sub = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_STR);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_SUBSCR_TUPLE_INT: default
     */
    static void _BINARY_SUBSCR_TUPLE_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _BINARY_SUBSCR_TUPLE_INT: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _CALL: default
     */
    static void _CALL(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CALL: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _CALL_BUILTIN: default
     */
    static void _CALL_BUILTIN(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CALL_BUILTIN: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS: default
     */
    static void _CHECK_FUNCTION_EXACT_ARGS(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CHECK_FUNCTION_EXACT_ARGS: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _CHECK_PERIODIC: default
     */
    static void _CHECK_PERIODIC(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CHECK_PERIODIC: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _CHECK_STACK_SPACE: default
     */
    static void _CHECK_STACK_SPACE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CHECK_STACK_SPACE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _CHECK_VALIDITY: default
     */
    static void _CHECK_VALIDITY(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CHECK_VALIDITY: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _COMPARE_OP: default
     */
    static void _COMPARE_OP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _COMPARE_OP: default case
        {
            NativeWords.setSlot(__stack, __sp - 2, __s.ctx.unknown());
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _COMPARE_OP_FLOAT: override
     */
    static void _COMPARE_OP_FLOAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_COMPARE_OP_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _COMPARE_OP_INT: override
     */
    static void _COMPARE_OP_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_COMPARE_OP_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _COMPARE_OP_INT's body on constant inputs
     */
    private static boolean fold_COMPARE_OP_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
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
        return true;
    }

    /**
     * _COMPARE_OP_STR: override
     */
    static void _COMPARE_OP_STR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_COMPARE_OP_STR)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _EXIT_TRACE: default
     */
    static void _EXIT_TRACE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _EXIT_TRACE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _FOR_ITER_TIER_TWO: default
     */
    static void _FOR_ITER_TIER_TWO(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _FOR_ITER_TIER_TWO: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_BOTH_FLOAT: override
     */
    static void _GUARD_BOTH_FLOAT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_BOTH_FLOAT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(left, DslConstants.TYPE_FLOAT) && __s.ctx.symHasType(right, DslConstants.TYPE_FLOAT)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(left, DslConstants.TYPE_FLOAT);
            __s.ctx.symSetType(right, DslConstants.TYPE_FLOAT);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_BOTH_INT: override
     */
    static void _GUARD_BOTH_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_BOTH_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symIsSmallInt(left) && __s.ctx.symIsSmallInt(right)) {
                __s.ctx.replaceOp(Uops.NOP);
            } else {
                if (__s.ctx.symIsSmallInt(left)) {
                    __s.ctx.replaceOp(Uops._GUARD_TOS_INT);
                } else {
                    if (__s.ctx.symIsSmallInt(right)) {
                        __s.ctx.replaceOp(Uops._GUARD_NOS_INT);
                    }
                }
            }
            __s.ctx.symSetSmallInt(left);
            __s.ctx.symSetSmallInt(right);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_BOTH_UNICODE: override
     */
    static void _GUARD_BOTH_UNICODE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_BOTH_UNICODE)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(left, DslConstants.TYPE_STR) && __s.ctx.symHasType(right, DslConstants.TYPE_STR)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(left, DslConstants.TYPE_STR);
            __s.ctx.symSetType(right, DslConstants.TYPE_STR);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_BUILTINS_VERSION: default
     */
    static void _GUARD_BUILTINS_VERSION(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_BUILTINS_VERSION: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_CALLABLE_BUILTIN: override
     */
    static void _GUARD_CALLABLE_BUILTIN(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_CALLABLE_BUILTIN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            if (__s.ctx.symHasType(callable, DslConstants.TYPE_BUILTIN)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(callable, DslConstants.TYPE_BUILTIN);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_EXHAUSTED_LIST: default
     */
    static void _GUARD_EXHAUSTED_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_EXHAUSTED_LIST: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_EXHAUSTED_RANGE: default
     */
    static void _GUARD_EXHAUSTED_RANGE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_EXHAUSTED_RANGE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_EXHAUSTED_TUPLE: default
     */
    static void _GUARD_EXHAUSTED_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_EXHAUSTED_TUPLE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_GLOBALS_VERSION: default
     */
    static void _GUARD_GLOBALS_VERSION(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_GLOBALS_VERSION: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_IS_FALSE_POP: override
     */
    static void _GUARD_IS_FALSE_POP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_IS_FALSE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symIsBits(flag, DslConstants.FALSE_BITS)) {
                __s.ctx.replaceOp(Uops.POP_TOP);
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_IS_TRUE_POP: override
     */
    static void _GUARD_IS_TRUE_POP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_IS_TRUE_POP)
        {
            long flag = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symIsBits(flag, DslConstants.TRUE_BITS)) {
                __s.ctx.replaceOp(Uops.POP_TOP);
            }
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOS_DICT: override
     */
    static void _GUARD_NOS_DICT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_NOS_DICT)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (__s.ctx.symHasType(nos, DslConstants.TYPE_DICT)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(nos, DslConstants.TYPE_DICT);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOS_INT: override
     */
    static void _GUARD_NOS_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_NOS_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            if (__s.ctx.symIsSmallInt(left)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetSmallInt(left);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOS_LIST: override
     */
    static void _GUARD_NOS_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_NOS_LIST)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (__s.ctx.symHasType(nos, DslConstants.TYPE_LIST)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(nos, DslConstants.TYPE_LIST);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOS_STR: override
     */
    static void _GUARD_NOS_STR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_NOS_STR)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (__s.ctx.symHasType(nos, DslConstants.TYPE_STR)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(nos, DslConstants.TYPE_STR);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOS_TUPLE: override
     */
    static void _GUARD_NOS_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_NOS_TUPLE)
        {
            long nos = NativeWords.slot(__stack, __sp - 2);
            if (__s.ctx.symHasType(nos, DslConstants.TYPE_TUPLE)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(nos, DslConstants.TYPE_TUPLE);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOT_EXHAUSTED_LIST: default
     */
    static void _GUARD_NOT_EXHAUSTED_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_NOT_EXHAUSTED_LIST: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOT_EXHAUSTED_RANGE: default
     */
    static void _GUARD_NOT_EXHAUSTED_RANGE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_NOT_EXHAUSTED_RANGE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_NOT_EXHAUSTED_TUPLE: default
     */
    static void _GUARD_NOT_EXHAUSTED_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_NOT_EXHAUSTED_TUPLE: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_BOOL: override
     */
    static void _GUARD_TOS_BOOL(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_BOOL)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(value, DslConstants.TYPE_BOOL)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(value, DslConstants.TYPE_BOOL);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_INT: override
     */
    static void _GUARD_TOS_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symIsSmallInt(value)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetSmallInt(value);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_LIST: override
     */
    static void _GUARD_TOS_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(value, DslConstants.TYPE_LIST)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(value, DslConstants.TYPE_LIST);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_NONE: override
     */
    static void _GUARD_TOS_NONE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(value, DslConstants.TYPE_NONE)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(value, DslConstants.TYPE_NONE);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_STR: override
     */
    static void _GUARD_TOS_STR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(value, DslConstants.TYPE_STR)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(value, DslConstants.TYPE_STR);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TOS_TUPLE: override
     */
    static void _GUARD_TOS_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TOS_TUPLE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(value, DslConstants.TYPE_TUPLE)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(value, DslConstants.TYPE_TUPLE);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TYPE_VERSION: default
     */
    static void _GUARD_TYPE_VERSION(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_TYPE_VERSION: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _IS_NONE: default
     */
    static void _IS_NONE(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _IS_NONE: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * _IS_NONE's body on constant inputs
     */
    private static boolean fold_IS_NONE(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_IS_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long b = 0L;
            b = (((value) == DslConstants.NONE_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, b);
        }
        return true;
    }

    /**
     * _ITER_CHECK_LIST: override
     */
    static void _ITER_CHECK_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_ITER_CHECK_LIST)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(iter, DslConstants.TYPE_LIST_ITER)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(iter, DslConstants.TYPE_LIST_ITER);
        }
        __s.sp = __sp;
    }

    /**
     * _ITER_CHECK_RANGE: override
     */
    static void _ITER_CHECK_RANGE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_ITER_CHECK_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(iter, DslConstants.TYPE_RANGE_ITER)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(iter, DslConstants.TYPE_RANGE_ITER);
        }
        __s.sp = __sp;
    }

    /**
     * _ITER_CHECK_TUPLE: override
     */
    static void _ITER_CHECK_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_ITER_CHECK_TUPLE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            if (__s.ctx.symHasType(iter, DslConstants.TYPE_TUPLE_ITER)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(iter, DslConstants.TYPE_TUPLE_ITER);
        }
        __s.sp = __sp;
    }

    /**
     * _ITER_NEXT_LIST: default
     */
    static void _ITER_NEXT_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _ITER_NEXT_LIST: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _ITER_NEXT_RANGE: override
     */
    static void _ITER_NEXT_RANGE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_ITER_NEXT_RANGE)
        {
            long iter = NativeWords.slot(__stack, __sp - 1);
            long next = 0L;
            next = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp, next);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _ITER_NEXT_TUPLE: default
     */
    static void _ITER_NEXT_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _ITER_NEXT_TUPLE: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _JUMP_TO_TOP: default
     */
    static void _JUMP_TO_TOP(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _JUMP_TO_TOP: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_ATTR: default
     */
    static void _LOAD_ATTR(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _LOAD_ATTR: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_ATTR_INSTANCE_VALUE: override
     */
    static void _LOAD_ATTR_INSTANCE_VALUE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_ATTR_INSTANCE_VALUE)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long index = __operand;
            long attr = 0L;
            long null_slot = 0L;
            attr = __s.ctx.symNewNotNull();
            null_slot = __s.ctx.symNewConst((DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, null_slot);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_ATTR_METHOD: override
     */
    static void _LOAD_ATTR_METHOD(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_ATTR_METHOD)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long descr = __operand;
            long attr = 0L;
            long self_or_null = 0L;
            attr = __s.ctx.symNewConst((descr));
            self_or_null = owner;
            NativeWords.setSlot(__stack, __sp - 1, attr);
            if (((oparg & DslConstants.METHOD_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp, self_or_null);
            }
            __sp = __sp + (int) ((((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_CONST_INLINE: override
     */
    static void _LOAD_CONST_INLINE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_CONST_INLINE)
        {
            long bits = __operand;
            long value = 0L;
            value = __s.ctx.symNewConst((bits));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_FAST: its own body (moves only)
     */
    static void _LOAD_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_FAST)
        {
            long value = 0L;
            value = NativeWords.slot(__stack, __s.fp + (int) (oparg));
            NativeWords.setSlot(__stack, __sp, value);
            __sp = __sp + 1;
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_GLOBAL: default
     */
    static void _LOAD_GLOBAL(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _LOAD_GLOBAL: default case
        {
            NativeWords.setSlot(__stack, __sp, __s.ctx.unknown());
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, __s.ctx.unknown());
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_GLOBAL_BUILTIN: override
     */
    static void _LOAD_GLOBAL_BUILTIN(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_GLOBAL_BUILTIN)
        {
            long index = __operand;
            long res = 0L;
            long null_slot = 0L;
            res = __s.ctx.symNewNotNull();
            null_slot = __s.ctx.symNewConst((DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _LOAD_GLOBAL_MODULE: override
     */
    static void _LOAD_GLOBAL_MODULE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_LOAD_GLOBAL_MODULE)
        {
            long index = __operand;
            long res = 0L;
            long null_slot = 0L;
            res = __s.ctx.symNewNotNull();
            null_slot = __s.ctx.symNewConst((DslConstants.NULL_BITS));
            NativeWords.setSlot(__stack, __sp, res);
            if (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L)) {
                NativeWords.setSlot(__stack, __sp + 1, null_slot);
            }
            __sp = __sp + (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
        }
        __s.sp = __sp;
    }

    /**
     * _SET_IP: default
     */
    static void _SET_IP(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _SET_IP: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _START_EXECUTOR: default
     */
    static void _START_EXECUTOR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _START_EXECUTOR: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_ATTR: default
     */
    static void _STORE_ATTR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_ATTR: default case
        {
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_ATTR_INSTANCE_VALUE: default
     */
    static void _STORE_ATTR_INSTANCE_VALUE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_ATTR_INSTANCE_VALUE: default case
        {
            __sp = __sp - 2;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_FAST: its own body (moves only)
     */
    static void _STORE_FAST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_STORE_FAST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            NativeWords.setSlot(__stack, __s.fp + (int) (oparg), value);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_SUBSCR: default
     */
    static void _STORE_SUBSCR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_SUBSCR: default case
        {
            __sp = __sp - 3;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_SUBSCR_DICT: default
     */
    static void _STORE_SUBSCR_DICT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_SUBSCR_DICT: default case
        {
            __sp = __sp - 3;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_SUBSCR_LIST_INT: default
     */
    static void _STORE_SUBSCR_LIST_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_SUBSCR_LIST_INT: default case
        {
            __sp = __sp - 3;
        }
        __s.sp = __sp;
    }

    /**
     * _TO_BOOL: default
     */
    static void _TO_BOOL(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _TO_BOOL: default case
        {
            NativeWords.setSlot(__stack, __sp - 1, __s.ctx.unknown());
        }
        __s.sp = __sp;
    }

    /**
     * _TO_BOOL_INT: override
     */
    static void _TO_BOOL_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_TO_BOOL_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
    }

    /**
     * _TO_BOOL_INT's body on constant inputs
     */
    private static boolean fold_TO_BOOL_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_TO_BOOL_INT)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (((value) != DslConstants.SMALL_INT_ZERO_BITS) ? DslConstants.TRUE_BITS : DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        return true;
    }

    /**
     * _TO_BOOL_LIST: override
     */
    static void _TO_BOOL_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_TO_BOOL_LIST)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
    }

    /**
     * _TO_BOOL_NONE: override
     */
    static void _TO_BOOL_NONE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_TO_BOOL_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
    }

    /**
     * _TO_BOOL_NONE's body on constant inputs
     */
    private static boolean fold_TO_BOOL_NONE(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_TO_BOOL_NONE)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = (DslConstants.FALSE_BITS);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        return true;
    }

    /**
     * _TO_BOOL_STR: override
     */
    static void _TO_BOOL_STR(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_TO_BOOL_STR)
        {
            long value = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_BOOL);
            NativeWords.setSlot(__stack, __sp - 1, res);
        }
        __s.sp = __sp;
    }

    /**
     * _UNPACK_SEQUENCE: default
     */
    static void _UNPACK_SEQUENCE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _UNPACK_SEQUENCE: default case
        {
            for (int __i = 0; __i < (int) ((oparg)); __i++) {
                NativeWords.setSlot(__stack, __sp - 1 + __i, __s.ctx.unknown());
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _UNPACK_SEQUENCE_LIST: default
     */
    static void _UNPACK_SEQUENCE_LIST(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _UNPACK_SEQUENCE_LIST: default case
        {
            for (int __i = 0; __i < (int) ((oparg)); __i++) {
                NativeWords.setSlot(__stack, __sp - 1 + __i, __s.ctx.unknown());
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _UNPACK_SEQUENCE_TUPLE: default
     */
    static void _UNPACK_SEQUENCE_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _UNPACK_SEQUENCE_TUPLE: default case
        {
            for (int __i = 0; __i < (int) ((oparg)); __i++) {
                NativeWords.setSlot(__stack, __sp - 1 + __i, __s.ctx.unknown());
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _UNPACK_SEQUENCE_TWO_TUPLE: default
     */
    static void _UNPACK_SEQUENCE_TWO_TUPLE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _UNPACK_SEQUENCE_TWO_TUPLE: default case
        {
            for (int __i = 0; __i < (int) ((oparg)); __i++) {
                NativeWords.setSlot(__stack, __sp - 1 + __i, __s.ctx.unknown());
            }
            __sp = __sp + (int) (-1L + (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _POP_FRAME: default
     */
    static void _POP_FRAME(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _POP_FRAME: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _PUSH_FRAME: default
     */
    static void _PUSH_FRAME(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _PUSH_FRAME: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _CALL_LIST_APPEND: default
     */
    static void _CALL_LIST_APPEND(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CALL_LIST_APPEND: default case
        {
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), __s.ctx.unknown());
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_CALLABLE_LIST_APPEND: override
     */
    static void _GUARD_CALLABLE_LIST_APPEND(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_CALLABLE_LIST_APPEND)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long method = __operand;
            if (__s.ctx.symIsBits(callable, method) && __s.ctx.symHasType(self_or_null, DslConstants.TYPE_LIST)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(self_or_null, DslConstants.TYPE_LIST);
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_TYPE_TAG: override
     */
    static void _GUARD_TYPE_TAG(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_TYPE_TAG)
        {
            long owner = NativeWords.slot(__stack, __sp - 1);
            long type_tag = __operand;
            if (__s.ctx.symHasType(owner, type_tag)) {
                __s.ctx.replaceOp(Uops.NOP);
            }
            __s.ctx.symSetType(owner, type_tag);
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_FLOOR_DIVIDE_INT: override
     */
    static void _BINARY_OP_FLOOR_DIVIDE_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_FLOOR_DIVIDE_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_FLOOR_DIVIDE_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_FLOOR_DIVIDE_INT(MemorySegment __stack, int __sp,
            long oparg, long __operand) {
        // op(_BINARY_OP_FLOOR_DIVIDE_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                return false;
            }
            long q = DslMath.div(a, b);
            if (((q * b) != a) && ((a ^ b) < 0L)) {
                q -= 1L;
            }
            if (q > DslConstants.SMALL_INT_MAX) {
                return false;
            }
            res = (q + q + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _BINARY_OP_REMAINDER_INT: override
     */
    static void _BINARY_OP_REMAINDER_INT(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_REMAINDER_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _BINARY_OP_REMAINDER_INT's body on constant inputs
     */
    private static boolean fold_BINARY_OP_REMAINDER_INT(MemorySegment __stack, int __sp, long oparg,
            long __operand) {
        // op(_BINARY_OP_REMAINDER_INT)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            long a = (left) >> 1L;
            long b = (right) >> 1L;
            if (b == 0L) {
                return false;
            }
            long r = DslMath.rem(a, b);
            if ((r != 0L) && ((r ^ b) < 0L)) {
                r += b;
            }
            res = (r + r + DslConstants.SMALL_INT_TAG);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        return true;
    }

    /**
     * _BINARY_OP_TRUE_DIVIDE_NUMBER: override
     */
    static void _BINARY_OP_TRUE_DIVIDE_NUMBER(AbstractFrame<? extends SymbolContext> __s,
            long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_BINARY_OP_TRUE_DIVIDE_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            long res = 0L;
            res = __s.ctx.symNewType(DslConstants.TYPE_FLOAT);
            NativeWords.setSlot(__stack, __sp - 2, res);
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_BOTH_NUMBER: override
     */
    static void _GUARD_BOTH_NUMBER(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_GUARD_BOTH_NUMBER)
        {
            long left = NativeWords.slot(__stack, __sp - 2);
            long right = NativeWords.slot(__stack, __sp - 1);
            boolean left_known = __s.ctx.symIsSmallInt(left) || __s.ctx.symHasType(left, DslConstants.TYPE_FLOAT);
            boolean right_known = __s.ctx.symIsSmallInt(right) || __s.ctx.symHasType(right, DslConstants.TYPE_FLOAT);
            if (left_known && right_known) {
                __s.ctx.replaceOp(Uops.NOP);
            }
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_GLOBAL: default
     */
    static void _STORE_GLOBAL(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_GLOBAL: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _STORE_GLOBAL_MODULE: default
     */
    static void _STORE_GLOBAL_MODULE(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _STORE_GLOBAL_MODULE: default case
        {
            __sp = __sp - 1;
        }
        __s.sp = __sp;
    }

    /**
     * _CALL_LEN: override
     */
    static void _CALL_LEN(AbstractFrame<? extends SymbolContext> __s, long oparg, long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // op(_CALL_LEN)
        {
            long callable = NativeWords.slot(__stack, __sp + (int) (-2L + -1L * (oparg)));
            long self_or_null = NativeWords.slot(__stack, __sp + (int) (-1L + -1L * (oparg)));
            int args = __sp + (int) (-1L * (oparg));
            long res = 0L;
            res = __s.ctx.symNewSmallInt();
            NativeWords.setSlot(__stack, __sp + (int) (-2L + -1L * (oparg)), res);
            __sp = __sp + (int) (-1L + -1L * (oparg));
        }
        __s.sp = __sp;
    }

    /**
     * _GUARD_CALLABLE_LEN: default
     */
    static void _GUARD_CALLABLE_LEN(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _GUARD_CALLABLE_LEN: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _CHECK_CALLER: default
     */
    static void _CHECK_CALLER(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _CHECK_CALLER: default case
        {
        }
        __s.sp = __sp;
    }

    /**
     * _RESUME_CHECK: default
     */
    static void _RESUME_CHECK(AbstractFrame<? extends SymbolContext> __s, long oparg,
            long __operand) {
        MemorySegment __stack = __s.stack;
        int __sp = __s.sp;
        // _RESUME_CHECK: default case
        {
        }
        __s.sp = __sp;
    }
}
