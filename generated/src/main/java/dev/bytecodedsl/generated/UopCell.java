// Generated from bytecodes.def by the cases generator (tier 2). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * One uop of a trace as the uop interpreter runs it: decoded once, when the executor is made,
 * into an instance of the uop's own subclass, whose {@link #execute} runs the uop's body.
 */
public abstract class UopCell {
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
     * The cells of a trace given as parallel arrays: uop ids, opargs, operands and targets. The loop
     * close ({@code _JUMP_TO_TOP}) is followed by the uop its operand names, every other uop by the next.
     */
    public static UopCell[] of(int[] uops, int[] opargs, long[] operands, int[] targets) {
        UopCell[] cells = new UopCell[uops.length];
        for (int i = 0; i < uops.length; i++) {
            int successor = uops[i] == Uops._JUMP_TO_TOP ? (int) operands[i] : i + 1;
            cells[i] = cell(uops[i], opargs[i], operands[i], targets[i], successor);
        }
        return cells;
    }

    private static UopCell cell(int uop, long oparg, long operand, int target, int successor) {
        return switch (uop) {
            case Uops.BINARY_SLICE -> new BINARY_SLICE(oparg, operand, target, successor);
            case Uops.BUILD_LIST -> new BUILD_LIST(oparg, operand, target, successor);
            case Uops.BUILD_MAP -> new BUILD_MAP(oparg, operand, target, successor);
            case Uops.BUILD_SLICE -> new BUILD_SLICE(oparg, operand, target, successor);
            case Uops.BUILD_TUPLE -> new BUILD_TUPLE(oparg, operand, target, successor);
            case Uops.CALL_KW -> new CALL_KW(oparg, operand, target, successor);
            case Uops.CHECK_EXC_MATCH -> new CHECK_EXC_MATCH(oparg, operand, target, successor);
            case Uops.CONTAINS_OP -> new CONTAINS_OP(oparg, operand, target, successor);
            case Uops.COPY -> new COPY(oparg, operand, target, successor);
            case Uops.DELETE_SUBSCR -> new DELETE_SUBSCR(oparg, operand, target, successor);
            case Uops.END_FOR -> new END_FOR(oparg, operand, target, successor);
            case Uops.GET_ITER -> new GET_ITER(oparg, operand, target, successor);
            case Uops.IS_OP -> new IS_OP(oparg, operand, target, successor);
            case Uops.LIST_APPEND -> new LIST_APPEND(oparg, operand, target, successor);
            case Uops.LOAD_BUILD_CLASS -> new LOAD_BUILD_CLASS(oparg, operand, target, successor);
            case Uops.LOAD_CONST -> new LOAD_CONST(oparg, operand, target, successor);
            case Uops.LOAD_FAST_AND_CLEAR -> new LOAD_FAST_AND_CLEAR(oparg, operand, target, successor);
            case Uops.LOAD_FAST_CHECK -> new LOAD_FAST_CHECK(oparg, operand, target, successor);
            case Uops.LOAD_FAST_LOAD_FAST -> new LOAD_FAST_LOAD_FAST(oparg, operand, target, successor);
            case Uops.LOAD_NAME -> new LOAD_NAME(oparg, operand, target, successor);
            case Uops.MAKE_FUNCTION -> new MAKE_FUNCTION(oparg, operand, target, successor);
            case Uops.NOP -> new NOP(oparg, operand, target, successor);
            case Uops.POP_EXCEPT -> new POP_EXCEPT(oparg, operand, target, successor);
            case Uops.POP_TOP -> new POP_TOP(oparg, operand, target, successor);
            case Uops.PUSH_EXC_INFO -> new PUSH_EXC_INFO(oparg, operand, target, successor);
            case Uops.PUSH_NULL -> new PUSH_NULL(oparg, operand, target, successor);
            case Uops.RAISE_VARARGS -> new RAISE_VARARGS(oparg, operand, target, successor);
            case Uops.RERAISE -> new RERAISE(oparg, operand, target, successor);
            case Uops.RESUME -> new RESUME(oparg, operand, target, successor);
            case Uops.STORE_FAST_LOAD_FAST -> new STORE_FAST_LOAD_FAST(oparg, operand, target, successor);
            case Uops.STORE_FAST_STORE_FAST -> new STORE_FAST_STORE_FAST(oparg, operand, target, successor);
            case Uops.STORE_GLOBAL -> new STORE_GLOBAL(oparg, operand, target, successor);
            case Uops.STORE_NAME -> new STORE_NAME(oparg, operand, target, successor);
            case Uops.STORE_SLICE -> new STORE_SLICE(oparg, operand, target, successor);
            case Uops.SWAP -> new SWAP(oparg, operand, target, successor);
            case Uops.UNARY_INVERT -> new UNARY_INVERT(oparg, operand, target, successor);
            case Uops.UNARY_NEGATIVE -> new UNARY_NEGATIVE(oparg, operand, target, successor);
            case Uops.UNARY_NOT -> new UNARY_NOT(oparg, operand, target, successor);
            case Uops._BINARY_OP -> new _BINARY_OP(oparg, operand, target, successor);
            case Uops._BINARY_OP_ADD_FLOAT -> new _BINARY_OP_ADD_FLOAT(oparg, operand, target, successor);
            case Uops._BINARY_OP_ADD_INT -> new _BINARY_OP_ADD_INT(oparg, operand, target, successor);
            case Uops._BINARY_OP_ADD_UNICODE -> new _BINARY_OP_ADD_UNICODE(oparg, operand, target, successor);
            case Uops._BINARY_OP_MULTIPLY_FLOAT -> new _BINARY_OP_MULTIPLY_FLOAT(oparg, operand, target, successor);
            case Uops._BINARY_OP_MULTIPLY_INT -> new _BINARY_OP_MULTIPLY_INT(oparg, operand, target, successor);
            case Uops._BINARY_OP_SUBTRACT_FLOAT -> new _BINARY_OP_SUBTRACT_FLOAT(oparg, operand, target, successor);
            case Uops._BINARY_OP_SUBTRACT_INT -> new _BINARY_OP_SUBTRACT_INT(oparg, operand, target, successor);
            case Uops._BINARY_SUBSCR -> new _BINARY_SUBSCR(oparg, operand, target, successor);
            case Uops._BINARY_SUBSCR_DICT -> new _BINARY_SUBSCR_DICT(oparg, operand, target, successor);
            case Uops._BINARY_SUBSCR_LIST_INT -> new _BINARY_SUBSCR_LIST_INT(oparg, operand, target, successor);
            case Uops._BINARY_SUBSCR_STR_INT -> new _BINARY_SUBSCR_STR_INT(oparg, operand, target, successor);
            case Uops._BINARY_SUBSCR_TUPLE_INT -> new _BINARY_SUBSCR_TUPLE_INT(oparg, operand, target, successor);
            case Uops._CALL -> new _CALL(oparg, operand, target, successor);
            case Uops._CALL_BUILTIN -> new _CALL_BUILTIN(oparg, operand, target, successor);
            case Uops._CHECK_FUNCTION_EXACT_ARGS -> new _CHECK_FUNCTION_EXACT_ARGS(oparg, operand, target, successor);
            case Uops._CHECK_PERIODIC -> new _CHECK_PERIODIC(oparg, operand, target, successor);
            case Uops._CHECK_STACK_SPACE -> new _CHECK_STACK_SPACE(oparg, operand, target, successor);
            case Uops._CHECK_VALIDITY -> new _CHECK_VALIDITY(oparg, operand, target, successor);
            case Uops._COMPARE_OP -> new _COMPARE_OP(oparg, operand, target, successor);
            case Uops._COMPARE_OP_FLOAT -> new _COMPARE_OP_FLOAT(oparg, operand, target, successor);
            case Uops._COMPARE_OP_INT -> new _COMPARE_OP_INT(oparg, operand, target, successor);
            case Uops._COMPARE_OP_STR -> new _COMPARE_OP_STR(oparg, operand, target, successor);
            case Uops._EXIT_TRACE -> new _EXIT_TRACE(oparg, operand, target, successor);
            case Uops._FOR_ITER_TIER_TWO -> new _FOR_ITER_TIER_TWO(oparg, operand, target, successor);
            case Uops._GUARD_BOTH_FLOAT -> new _GUARD_BOTH_FLOAT(oparg, operand, target, successor);
            case Uops._GUARD_BOTH_INT -> new _GUARD_BOTH_INT(oparg, operand, target, successor);
            case Uops._GUARD_BOTH_UNICODE -> new _GUARD_BOTH_UNICODE(oparg, operand, target, successor);
            case Uops._GUARD_BUILTINS_VERSION -> new _GUARD_BUILTINS_VERSION(oparg, operand, target, successor);
            case Uops._GUARD_CALLABLE_BUILTIN -> new _GUARD_CALLABLE_BUILTIN(oparg, operand, target, successor);
            case Uops._GUARD_EXHAUSTED_LIST -> new _GUARD_EXHAUSTED_LIST(oparg, operand, target, successor);
            case Uops._GUARD_EXHAUSTED_RANGE -> new _GUARD_EXHAUSTED_RANGE(oparg, operand, target, successor);
            case Uops._GUARD_EXHAUSTED_TUPLE -> new _GUARD_EXHAUSTED_TUPLE(oparg, operand, target, successor);
            case Uops._GUARD_GLOBALS_VERSION -> new _GUARD_GLOBALS_VERSION(oparg, operand, target, successor);
            case Uops._GUARD_IS_FALSE_POP -> new _GUARD_IS_FALSE_POP(oparg, operand, target, successor);
            case Uops._GUARD_IS_TRUE_POP -> new _GUARD_IS_TRUE_POP(oparg, operand, target, successor);
            case Uops._GUARD_NOS_DICT -> new _GUARD_NOS_DICT(oparg, operand, target, successor);
            case Uops._GUARD_NOS_INT -> new _GUARD_NOS_INT(oparg, operand, target, successor);
            case Uops._GUARD_NOS_LIST -> new _GUARD_NOS_LIST(oparg, operand, target, successor);
            case Uops._GUARD_NOS_STR -> new _GUARD_NOS_STR(oparg, operand, target, successor);
            case Uops._GUARD_NOS_TUPLE -> new _GUARD_NOS_TUPLE(oparg, operand, target, successor);
            case Uops._GUARD_NOT_EXHAUSTED_LIST -> new _GUARD_NOT_EXHAUSTED_LIST(oparg, operand, target, successor);
            case Uops._GUARD_NOT_EXHAUSTED_RANGE -> new _GUARD_NOT_EXHAUSTED_RANGE(oparg, operand, target, successor);
            case Uops._GUARD_NOT_EXHAUSTED_TUPLE -> new _GUARD_NOT_EXHAUSTED_TUPLE(oparg, operand, target, successor);
            case Uops._GUARD_TOS_BOOL -> new _GUARD_TOS_BOOL(oparg, operand, target, successor);
            case Uops._GUARD_TOS_INT -> new _GUARD_TOS_INT(oparg, operand, target, successor);
            case Uops._GUARD_TOS_LIST -> new _GUARD_TOS_LIST(oparg, operand, target, successor);
            case Uops._GUARD_TOS_NONE -> new _GUARD_TOS_NONE(oparg, operand, target, successor);
            case Uops._GUARD_TOS_STR -> new _GUARD_TOS_STR(oparg, operand, target, successor);
            case Uops._GUARD_TOS_TUPLE -> new _GUARD_TOS_TUPLE(oparg, operand, target, successor);
            case Uops._GUARD_TYPE_VERSION -> new _GUARD_TYPE_VERSION(oparg, operand, target, successor);
            case Uops._IS_NONE -> new _IS_NONE(oparg, operand, target, successor);
            case Uops._ITER_CHECK_LIST -> new _ITER_CHECK_LIST(oparg, operand, target, successor);
            case Uops._ITER_CHECK_RANGE -> new _ITER_CHECK_RANGE(oparg, operand, target, successor);
            case Uops._ITER_CHECK_TUPLE -> new _ITER_CHECK_TUPLE(oparg, operand, target, successor);
            case Uops._ITER_NEXT_LIST -> new _ITER_NEXT_LIST(oparg, operand, target, successor);
            case Uops._ITER_NEXT_RANGE -> new _ITER_NEXT_RANGE(oparg, operand, target, successor);
            case Uops._ITER_NEXT_TUPLE -> new _ITER_NEXT_TUPLE(oparg, operand, target, successor);
            case Uops._JUMP_TO_TOP -> new _JUMP_TO_TOP(oparg, operand, target, successor);
            case Uops._LOAD_ATTR -> new _LOAD_ATTR(oparg, operand, target, successor);
            case Uops._LOAD_ATTR_INSTANCE_VALUE -> new _LOAD_ATTR_INSTANCE_VALUE(oparg, operand, target, successor);
            case Uops._LOAD_ATTR_METHOD -> new _LOAD_ATTR_METHOD(oparg, operand, target, successor);
            case Uops._LOAD_CONST_INLINE -> new _LOAD_CONST_INLINE(oparg, operand, target, successor);
            case Uops._LOAD_FAST -> new _LOAD_FAST(oparg, operand, target, successor);
            case Uops._LOAD_FAST_0 -> new _LOAD_FAST_0(oparg, operand, target, successor);
            case Uops._LOAD_FAST_1 -> new _LOAD_FAST_1(oparg, operand, target, successor);
            case Uops._LOAD_FAST_2 -> new _LOAD_FAST_2(oparg, operand, target, successor);
            case Uops._LOAD_FAST_3 -> new _LOAD_FAST_3(oparg, operand, target, successor);
            case Uops._LOAD_FAST_4 -> new _LOAD_FAST_4(oparg, operand, target, successor);
            case Uops._LOAD_FAST_5 -> new _LOAD_FAST_5(oparg, operand, target, successor);
            case Uops._LOAD_FAST_6 -> new _LOAD_FAST_6(oparg, operand, target, successor);
            case Uops._LOAD_FAST_7 -> new _LOAD_FAST_7(oparg, operand, target, successor);
            case Uops._LOAD_GLOBAL -> new _LOAD_GLOBAL(oparg, operand, target, successor);
            case Uops._LOAD_GLOBAL_BUILTIN -> new _LOAD_GLOBAL_BUILTIN(oparg, operand, target, successor);
            case Uops._LOAD_GLOBAL_MODULE -> new _LOAD_GLOBAL_MODULE(oparg, operand, target, successor);
            case Uops._SET_IP -> new _SET_IP(oparg, operand, target, successor);
            case Uops._START_EXECUTOR -> new _START_EXECUTOR(oparg, operand, target, successor);
            case Uops._STORE_ATTR -> new _STORE_ATTR(oparg, operand, target, successor);
            case Uops._STORE_ATTR_INSTANCE_VALUE -> new _STORE_ATTR_INSTANCE_VALUE(oparg, operand, target, successor);
            case Uops._STORE_FAST -> new _STORE_FAST(oparg, operand, target, successor);
            case Uops._STORE_FAST_0 -> new _STORE_FAST_0(oparg, operand, target, successor);
            case Uops._STORE_FAST_1 -> new _STORE_FAST_1(oparg, operand, target, successor);
            case Uops._STORE_FAST_2 -> new _STORE_FAST_2(oparg, operand, target, successor);
            case Uops._STORE_FAST_3 -> new _STORE_FAST_3(oparg, operand, target, successor);
            case Uops._STORE_FAST_4 -> new _STORE_FAST_4(oparg, operand, target, successor);
            case Uops._STORE_FAST_5 -> new _STORE_FAST_5(oparg, operand, target, successor);
            case Uops._STORE_FAST_6 -> new _STORE_FAST_6(oparg, operand, target, successor);
            case Uops._STORE_FAST_7 -> new _STORE_FAST_7(oparg, operand, target, successor);
            case Uops._STORE_SUBSCR -> new _STORE_SUBSCR(oparg, operand, target, successor);
            case Uops._STORE_SUBSCR_DICT -> new _STORE_SUBSCR_DICT(oparg, operand, target, successor);
            case Uops._STORE_SUBSCR_LIST_INT -> new _STORE_SUBSCR_LIST_INT(oparg, operand, target, successor);
            case Uops._TO_BOOL -> new _TO_BOOL(oparg, operand, target, successor);
            case Uops._TO_BOOL_INT -> new _TO_BOOL_INT(oparg, operand, target, successor);
            case Uops._TO_BOOL_LIST -> new _TO_BOOL_LIST(oparg, operand, target, successor);
            case Uops._TO_BOOL_NONE -> new _TO_BOOL_NONE(oparg, operand, target, successor);
            case Uops._TO_BOOL_STR -> new _TO_BOOL_STR(oparg, operand, target, successor);
            case Uops._UNPACK_SEQUENCE -> new _UNPACK_SEQUENCE(oparg, operand, target, successor);
            case Uops._UNPACK_SEQUENCE_LIST -> new _UNPACK_SEQUENCE_LIST(oparg, operand, target, successor);
            case Uops._UNPACK_SEQUENCE_TUPLE -> new _UNPACK_SEQUENCE_TUPLE(oparg, operand, target, successor);
            case Uops._UNPACK_SEQUENCE_TWO_TUPLE -> new _UNPACK_SEQUENCE_TWO_TUPLE(oparg, operand, target, successor);
            default -> throw new IllegalArgumentException("invalid uop " + uop);
        };
    }

    static final class BINARY_SLICE extends UopCell {
        BINARY_SLICE(long oparg, long operand, int target, int successor) {
            super(Uops.BINARY_SLICE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.BINARY_SLICE(s, oparg, operand);
        }
    }

    static final class BUILD_LIST extends UopCell {
        BUILD_LIST(long oparg, long operand, int target, int successor) {
            super(Uops.BUILD_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.BUILD_LIST(s, oparg, operand);
        }
    }

    static final class BUILD_MAP extends UopCell {
        BUILD_MAP(long oparg, long operand, int target, int successor) {
            super(Uops.BUILD_MAP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.BUILD_MAP(s, oparg, operand);
        }
    }

    static final class BUILD_SLICE extends UopCell {
        BUILD_SLICE(long oparg, long operand, int target, int successor) {
            super(Uops.BUILD_SLICE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.BUILD_SLICE(s, oparg, operand);
        }
    }

    static final class BUILD_TUPLE extends UopCell {
        BUILD_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops.BUILD_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.BUILD_TUPLE(s, oparg, operand);
        }
    }

    static final class CALL_KW extends UopCell {
        CALL_KW(long oparg, long operand, int target, int successor) {
            super(Uops.CALL_KW, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.CALL_KW(s, oparg, operand);
        }
    }

    static final class CHECK_EXC_MATCH extends UopCell {
        CHECK_EXC_MATCH(long oparg, long operand, int target, int successor) {
            super(Uops.CHECK_EXC_MATCH, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.CHECK_EXC_MATCH(s, oparg, operand);
        }
    }

    static final class CONTAINS_OP extends UopCell {
        CONTAINS_OP(long oparg, long operand, int target, int successor) {
            super(Uops.CONTAINS_OP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.CONTAINS_OP(s, oparg, operand);
        }
    }

    static final class COPY extends UopCell {
        COPY(long oparg, long operand, int target, int successor) {
            super(Uops.COPY, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.COPY(s, oparg, operand);
        }
    }

    static final class DELETE_SUBSCR extends UopCell {
        DELETE_SUBSCR(long oparg, long operand, int target, int successor) {
            super(Uops.DELETE_SUBSCR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.DELETE_SUBSCR(s, oparg, operand);
        }
    }

    static final class END_FOR extends UopCell {
        END_FOR(long oparg, long operand, int target, int successor) {
            super(Uops.END_FOR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.END_FOR(s, oparg, operand);
        }
    }

    static final class GET_ITER extends UopCell {
        GET_ITER(long oparg, long operand, int target, int successor) {
            super(Uops.GET_ITER, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.GET_ITER(s, oparg, operand);
        }
    }

    static final class IS_OP extends UopCell {
        IS_OP(long oparg, long operand, int target, int successor) {
            super(Uops.IS_OP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.IS_OP(s, oparg, operand);
        }
    }

    static final class LIST_APPEND extends UopCell {
        LIST_APPEND(long oparg, long operand, int target, int successor) {
            super(Uops.LIST_APPEND, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LIST_APPEND(s, oparg, operand);
        }
    }

    static final class LOAD_BUILD_CLASS extends UopCell {
        LOAD_BUILD_CLASS(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_BUILD_CLASS, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_BUILD_CLASS(s, oparg, operand);
        }
    }

    static final class LOAD_CONST extends UopCell {
        LOAD_CONST(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_CONST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_CONST(s, oparg, operand);
        }
    }

    static final class LOAD_FAST_AND_CLEAR extends UopCell {
        LOAD_FAST_AND_CLEAR(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_FAST_AND_CLEAR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_FAST_AND_CLEAR(s, oparg, operand);
        }
    }

    static final class LOAD_FAST_CHECK extends UopCell {
        LOAD_FAST_CHECK(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_FAST_CHECK, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_FAST_CHECK(s, oparg, operand);
        }
    }

    static final class LOAD_FAST_LOAD_FAST extends UopCell {
        LOAD_FAST_LOAD_FAST(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_FAST_LOAD_FAST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_FAST_LOAD_FAST(s, oparg, operand);
        }
    }

    static final class LOAD_NAME extends UopCell {
        LOAD_NAME(long oparg, long operand, int target, int successor) {
            super(Uops.LOAD_NAME, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.LOAD_NAME(s, oparg, operand);
        }
    }

    static final class MAKE_FUNCTION extends UopCell {
        MAKE_FUNCTION(long oparg, long operand, int target, int successor) {
            super(Uops.MAKE_FUNCTION, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.MAKE_FUNCTION(s, oparg, operand);
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

    static final class POP_EXCEPT extends UopCell {
        POP_EXCEPT(long oparg, long operand, int target, int successor) {
            super(Uops.POP_EXCEPT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.POP_EXCEPT(s, oparg, operand);
        }
    }

    static final class POP_TOP extends UopCell {
        POP_TOP(long oparg, long operand, int target, int successor) {
            super(Uops.POP_TOP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.POP_TOP(s, oparg, operand);
        }
    }

    static final class PUSH_EXC_INFO extends UopCell {
        PUSH_EXC_INFO(long oparg, long operand, int target, int successor) {
            super(Uops.PUSH_EXC_INFO, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.PUSH_EXC_INFO(s, oparg, operand);
        }
    }

    static final class PUSH_NULL extends UopCell {
        PUSH_NULL(long oparg, long operand, int target, int successor) {
            super(Uops.PUSH_NULL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.PUSH_NULL(s, oparg, operand);
        }
    }

    static final class RAISE_VARARGS extends UopCell {
        RAISE_VARARGS(long oparg, long operand, int target, int successor) {
            super(Uops.RAISE_VARARGS, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.RAISE_VARARGS(s, oparg, operand);
        }
    }

    static final class RERAISE extends UopCell {
        RERAISE(long oparg, long operand, int target, int successor) {
            super(Uops.RERAISE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.RERAISE(s, oparg, operand);
        }
    }

    static final class RESUME extends UopCell {
        RESUME(long oparg, long operand, int target, int successor) {
            super(Uops.RESUME, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.RESUME(s, oparg, operand);
        }
    }

    static final class STORE_FAST_LOAD_FAST extends UopCell {
        STORE_FAST_LOAD_FAST(long oparg, long operand, int target, int successor) {
            super(Uops.STORE_FAST_LOAD_FAST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.STORE_FAST_LOAD_FAST(s, oparg, operand);
        }
    }

    static final class STORE_FAST_STORE_FAST extends UopCell {
        STORE_FAST_STORE_FAST(long oparg, long operand, int target, int successor) {
            super(Uops.STORE_FAST_STORE_FAST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.STORE_FAST_STORE_FAST(s, oparg, operand);
        }
    }

    static final class STORE_GLOBAL extends UopCell {
        STORE_GLOBAL(long oparg, long operand, int target, int successor) {
            super(Uops.STORE_GLOBAL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.STORE_GLOBAL(s, oparg, operand);
        }
    }

    static final class STORE_NAME extends UopCell {
        STORE_NAME(long oparg, long operand, int target, int successor) {
            super(Uops.STORE_NAME, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.STORE_NAME(s, oparg, operand);
        }
    }

    static final class STORE_SLICE extends UopCell {
        STORE_SLICE(long oparg, long operand, int target, int successor) {
            super(Uops.STORE_SLICE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.STORE_SLICE(s, oparg, operand);
        }
    }

    static final class SWAP extends UopCell {
        SWAP(long oparg, long operand, int target, int successor) {
            super(Uops.SWAP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.SWAP(s, oparg, operand);
        }
    }

    static final class UNARY_INVERT extends UopCell {
        UNARY_INVERT(long oparg, long operand, int target, int successor) {
            super(Uops.UNARY_INVERT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.UNARY_INVERT(s, oparg, operand);
        }
    }

    static final class UNARY_NEGATIVE extends UopCell {
        UNARY_NEGATIVE(long oparg, long operand, int target, int successor) {
            super(Uops.UNARY_NEGATIVE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.UNARY_NEGATIVE(s, oparg, operand);
        }
    }

    static final class UNARY_NOT extends UopCell {
        UNARY_NOT(long oparg, long operand, int target, int successor) {
            super(Uops.UNARY_NOT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter.UNARY_NOT(s, oparg, operand);
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

    static final class _BINARY_OP_ADD_FLOAT extends UopCell {
        _BINARY_OP_ADD_FLOAT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_ADD_FLOAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_ADD_FLOAT(s, oparg, operand);
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

    static final class _BINARY_OP_ADD_UNICODE extends UopCell {
        _BINARY_OP_ADD_UNICODE(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_ADD_UNICODE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_ADD_UNICODE(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_MULTIPLY_FLOAT extends UopCell {
        _BINARY_OP_MULTIPLY_FLOAT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_MULTIPLY_FLOAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_MULTIPLY_FLOAT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_MULTIPLY_INT extends UopCell {
        _BINARY_OP_MULTIPLY_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_MULTIPLY_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_MULTIPLY_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_SUBTRACT_FLOAT extends UopCell {
        _BINARY_OP_SUBTRACT_FLOAT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_SUBTRACT_FLOAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_SUBTRACT_FLOAT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_SUBTRACT_INT extends UopCell {
        _BINARY_OP_SUBTRACT_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_SUBTRACT_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_SUBTRACT_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_SUBSCR extends UopCell {
        _BINARY_SUBSCR(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_SUBSCR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_SUBSCR(s, oparg, operand);
        }
    }

    static final class _BINARY_SUBSCR_DICT extends UopCell {
        _BINARY_SUBSCR_DICT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_SUBSCR_DICT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_SUBSCR_DICT(s, oparg, operand);
        }
    }

    static final class _BINARY_SUBSCR_LIST_INT extends UopCell {
        _BINARY_SUBSCR_LIST_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_SUBSCR_LIST_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_SUBSCR_LIST_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_SUBSCR_STR_INT extends UopCell {
        _BINARY_SUBSCR_STR_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_SUBSCR_STR_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_SUBSCR_STR_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_SUBSCR_TUPLE_INT extends UopCell {
        _BINARY_SUBSCR_TUPLE_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_SUBSCR_TUPLE_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_SUBSCR_TUPLE_INT(s, oparg, operand);
        }
    }

    static final class _CALL extends UopCell {
        _CALL(long oparg, long operand, int target, int successor) {
            super(Uops._CALL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CALL(s, oparg, operand);
        }
    }

    static final class _CALL_BUILTIN extends UopCell {
        _CALL_BUILTIN(long oparg, long operand, int target, int successor) {
            super(Uops._CALL_BUILTIN, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CALL_BUILTIN(s, oparg, operand);
        }
    }

    static final class _CHECK_FUNCTION_EXACT_ARGS extends UopCell {
        _CHECK_FUNCTION_EXACT_ARGS(long oparg, long operand, int target, int successor) {
            super(Uops._CHECK_FUNCTION_EXACT_ARGS, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CHECK_FUNCTION_EXACT_ARGS(s, oparg, operand);
        }
    }

    static final class _CHECK_PERIODIC extends UopCell {
        _CHECK_PERIODIC(long oparg, long operand, int target, int successor) {
            super(Uops._CHECK_PERIODIC, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CHECK_PERIODIC(s, oparg, operand);
        }
    }

    static final class _CHECK_STACK_SPACE extends UopCell {
        _CHECK_STACK_SPACE(long oparg, long operand, int target, int successor) {
            super(Uops._CHECK_STACK_SPACE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CHECK_STACK_SPACE(s, oparg, operand);
        }
    }

    static final class _CHECK_VALIDITY extends UopCell {
        _CHECK_VALIDITY(long oparg, long operand, int target, int successor) {
            super(Uops._CHECK_VALIDITY, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CHECK_VALIDITY(s, oparg, operand);
        }
    }

    static final class _COMPARE_OP extends UopCell {
        _COMPARE_OP(long oparg, long operand, int target, int successor) {
            super(Uops._COMPARE_OP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._COMPARE_OP(s, oparg, operand);
        }
    }

    static final class _COMPARE_OP_FLOAT extends UopCell {
        _COMPARE_OP_FLOAT(long oparg, long operand, int target, int successor) {
            super(Uops._COMPARE_OP_FLOAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._COMPARE_OP_FLOAT(s, oparg, operand);
        }
    }

    static final class _COMPARE_OP_INT extends UopCell {
        _COMPARE_OP_INT(long oparg, long operand, int target, int successor) {
            super(Uops._COMPARE_OP_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._COMPARE_OP_INT(s, oparg, operand);
        }
    }

    static final class _COMPARE_OP_STR extends UopCell {
        _COMPARE_OP_STR(long oparg, long operand, int target, int successor) {
            super(Uops._COMPARE_OP_STR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._COMPARE_OP_STR(s, oparg, operand);
        }
    }

    static final class _EXIT_TRACE extends UopCell {
        _EXIT_TRACE(long oparg, long operand, int target, int successor) {
            super(Uops._EXIT_TRACE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._EXIT_TRACE(s, oparg, operand);
        }
    }

    static final class _FOR_ITER_TIER_TWO extends UopCell {
        _FOR_ITER_TIER_TWO(long oparg, long operand, int target, int successor) {
            super(Uops._FOR_ITER_TIER_TWO, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._FOR_ITER_TIER_TWO(s, oparg, operand);
        }
    }

    static final class _GUARD_BOTH_FLOAT extends UopCell {
        _GUARD_BOTH_FLOAT(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_BOTH_FLOAT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_BOTH_FLOAT(s, oparg, operand);
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

    static final class _GUARD_BOTH_UNICODE extends UopCell {
        _GUARD_BOTH_UNICODE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_BOTH_UNICODE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_BOTH_UNICODE(s, oparg, operand);
        }
    }

    static final class _GUARD_BUILTINS_VERSION extends UopCell {
        _GUARD_BUILTINS_VERSION(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_BUILTINS_VERSION, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_BUILTINS_VERSION(s, oparg, operand);
        }
    }

    static final class _GUARD_CALLABLE_BUILTIN extends UopCell {
        _GUARD_CALLABLE_BUILTIN(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_CALLABLE_BUILTIN, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_CALLABLE_BUILTIN(s, oparg, operand);
        }
    }

    static final class _GUARD_EXHAUSTED_LIST extends UopCell {
        _GUARD_EXHAUSTED_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_EXHAUSTED_LIST(s, oparg, operand);
        }
    }

    static final class _GUARD_EXHAUSTED_RANGE extends UopCell {
        _GUARD_EXHAUSTED_RANGE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_RANGE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_EXHAUSTED_RANGE(s, oparg, operand);
        }
    }

    static final class _GUARD_EXHAUSTED_TUPLE extends UopCell {
        _GUARD_EXHAUSTED_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_EXHAUSTED_TUPLE(s, oparg, operand);
        }
    }

    static final class _GUARD_GLOBALS_VERSION extends UopCell {
        _GUARD_GLOBALS_VERSION(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
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

    static final class _GUARD_NOS_DICT extends UopCell {
        _GUARD_NOS_DICT(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOS_DICT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOS_DICT(s, oparg, operand);
        }
    }

    static final class _GUARD_NOS_INT extends UopCell {
        _GUARD_NOS_INT(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOS_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
        }
    }

    static final class _GUARD_NOS_LIST extends UopCell {
        _GUARD_NOS_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOS_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
        }
    }

    static final class _GUARD_NOS_STR extends UopCell {
        _GUARD_NOS_STR(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOS_STR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOS_STR(s, oparg, operand);
        }
    }

    static final class _GUARD_NOS_TUPLE extends UopCell {
        _GUARD_NOS_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOS_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOS_TUPLE(s, oparg, operand);
        }
    }

    static final class _GUARD_NOT_EXHAUSTED_LIST extends UopCell {
        _GUARD_NOT_EXHAUSTED_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOT_EXHAUSTED_LIST(s, oparg, operand);
        }
    }

    static final class _GUARD_NOT_EXHAUSTED_RANGE extends UopCell {
        _GUARD_NOT_EXHAUSTED_RANGE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_RANGE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOT_EXHAUSTED_RANGE(s, oparg, operand);
        }
    }

    static final class _GUARD_NOT_EXHAUSTED_TUPLE extends UopCell {
        _GUARD_NOT_EXHAUSTED_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_NOT_EXHAUSTED_TUPLE(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_BOOL extends UopCell {
        _GUARD_TOS_BOOL(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_BOOL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_BOOL(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_INT extends UopCell {
        _GUARD_TOS_INT(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_LIST extends UopCell {
        _GUARD_TOS_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_LIST(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_NONE extends UopCell {
        _GUARD_TOS_NONE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_NONE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_NONE(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_STR extends UopCell {
        _GUARD_TOS_STR(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_STR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_STR(s, oparg, operand);
        }
    }

    static final class _GUARD_TOS_TUPLE extends UopCell {
        _GUARD_TOS_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TOS_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TOS_TUPLE(s, oparg, operand);
        }
    }

    static final class _GUARD_TYPE_VERSION extends UopCell {
        _GUARD_TYPE_VERSION(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TYPE_VERSION, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TYPE_VERSION(s, oparg, operand);
        }
    }

    static final class _IS_NONE extends UopCell {
        _IS_NONE(long oparg, long operand, int target, int successor) {
            super(Uops._IS_NONE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._IS_NONE(s, oparg, operand);
        }
    }

    static final class _ITER_CHECK_LIST extends UopCell {
        _ITER_CHECK_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_CHECK_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
        }
    }

    static final class _ITER_CHECK_RANGE extends UopCell {
        _ITER_CHECK_RANGE(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_CHECK_RANGE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
        }
    }

    static final class _ITER_CHECK_TUPLE extends UopCell {
        _ITER_CHECK_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_CHECK_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
        }
    }

    static final class _ITER_NEXT_LIST extends UopCell {
        _ITER_NEXT_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_NEXT_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_NEXT_LIST(s, oparg, operand);
        }
    }

    static final class _ITER_NEXT_RANGE extends UopCell {
        _ITER_NEXT_RANGE(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_NEXT_RANGE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_NEXT_RANGE(s, oparg, operand);
        }
    }

    static final class _ITER_NEXT_TUPLE extends UopCell {
        _ITER_NEXT_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._ITER_NEXT_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._ITER_NEXT_TUPLE(s, oparg, operand);
        }
    }

    static final class _JUMP_TO_TOP extends UopCell {
        _JUMP_TO_TOP(long oparg, long operand, int target, int successor) {
            super(Uops._JUMP_TO_TOP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._JUMP_TO_TOP(s, oparg, operand);
        }
    }

    static final class _LOAD_ATTR extends UopCell {
        _LOAD_ATTR(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_ATTR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_ATTR(s, oparg, operand);
        }
    }

    static final class _LOAD_ATTR_INSTANCE_VALUE extends UopCell {
        _LOAD_ATTR_INSTANCE_VALUE(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_ATTR_INSTANCE_VALUE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_ATTR_INSTANCE_VALUE(s, oparg, operand);
        }
    }

    static final class _LOAD_ATTR_METHOD extends UopCell {
        _LOAD_ATTR_METHOD(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_ATTR_METHOD, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_ATTR_METHOD(s, oparg, operand);
        }
    }

    static final class _LOAD_CONST_INLINE extends UopCell {
        _LOAD_CONST_INLINE(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_CONST_INLINE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_CONST_INLINE(s, oparg, operand);
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

    static final class _LOAD_FAST_4 extends UopCell {
        _LOAD_FAST_4(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_4, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 4L, operand);
        }
    }

    static final class _LOAD_FAST_5 extends UopCell {
        _LOAD_FAST_5(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_5, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 5L, operand);
        }
    }

    static final class _LOAD_FAST_6 extends UopCell {
        _LOAD_FAST_6(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_6, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 6L, operand);
        }
    }

    static final class _LOAD_FAST_7 extends UopCell {
        _LOAD_FAST_7(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_FAST_7, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_FAST(s, 7L, operand);
        }
    }

    static final class _LOAD_GLOBAL extends UopCell {
        _LOAD_GLOBAL(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_GLOBAL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_GLOBAL(s, oparg, operand);
        }
    }

    static final class _LOAD_GLOBAL_BUILTIN extends UopCell {
        _LOAD_GLOBAL_BUILTIN(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_GLOBAL_BUILTIN, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_GLOBAL_BUILTIN(s, oparg, operand);
        }
    }

    static final class _LOAD_GLOBAL_MODULE extends UopCell {
        _LOAD_GLOBAL_MODULE(long oparg, long operand, int target, int successor) {
            super(Uops._LOAD_GLOBAL_MODULE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._LOAD_GLOBAL_MODULE(s, oparg, operand);
        }
    }

    static final class _SET_IP extends UopCell {
        _SET_IP(long oparg, long operand, int target, int successor) {
            super(Uops._SET_IP, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._SET_IP(s, oparg, operand);
        }
    }

    static final class _START_EXECUTOR extends UopCell {
        _START_EXECUTOR(long oparg, long operand, int target, int successor) {
            super(Uops._START_EXECUTOR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._START_EXECUTOR(s, oparg, operand);
        }
    }

    static final class _STORE_ATTR extends UopCell {
        _STORE_ATTR(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_ATTR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_ATTR(s, oparg, operand);
        }
    }

    static final class _STORE_ATTR_INSTANCE_VALUE extends UopCell {
        _STORE_ATTR_INSTANCE_VALUE(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_ATTR_INSTANCE_VALUE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_ATTR_INSTANCE_VALUE(s, oparg, operand);
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

    static final class _STORE_FAST_0 extends UopCell {
        _STORE_FAST_0(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_0, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 0L, operand);
        }
    }

    static final class _STORE_FAST_1 extends UopCell {
        _STORE_FAST_1(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_1, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 1L, operand);
        }
    }

    static final class _STORE_FAST_2 extends UopCell {
        _STORE_FAST_2(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_2, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 2L, operand);
        }
    }

    static final class _STORE_FAST_3 extends UopCell {
        _STORE_FAST_3(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_3, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 3L, operand);
        }
    }

    static final class _STORE_FAST_4 extends UopCell {
        _STORE_FAST_4(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_4, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 4L, operand);
        }
    }

    static final class _STORE_FAST_5 extends UopCell {
        _STORE_FAST_5(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_5, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 5L, operand);
        }
    }

    static final class _STORE_FAST_6 extends UopCell {
        _STORE_FAST_6(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_6, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 6L, operand);
        }
    }

    static final class _STORE_FAST_7 extends UopCell {
        _STORE_FAST_7(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_FAST_7, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_FAST(s, 7L, operand);
        }
    }

    static final class _STORE_SUBSCR extends UopCell {
        _STORE_SUBSCR(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_SUBSCR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_SUBSCR(s, oparg, operand);
        }
    }

    static final class _STORE_SUBSCR_DICT extends UopCell {
        _STORE_SUBSCR_DICT(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_SUBSCR_DICT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_SUBSCR_DICT(s, oparg, operand);
        }
    }

    static final class _STORE_SUBSCR_LIST_INT extends UopCell {
        _STORE_SUBSCR_LIST_INT(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_SUBSCR_LIST_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_SUBSCR_LIST_INT(s, oparg, operand);
        }
    }

    static final class _TO_BOOL extends UopCell {
        _TO_BOOL(long oparg, long operand, int target, int successor) {
            super(Uops._TO_BOOL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._TO_BOOL(s, oparg, operand);
        }
    }

    static final class _TO_BOOL_INT extends UopCell {
        _TO_BOOL_INT(long oparg, long operand, int target, int successor) {
            super(Uops._TO_BOOL_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._TO_BOOL_INT(s, oparg, operand);
        }
    }

    static final class _TO_BOOL_LIST extends UopCell {
        _TO_BOOL_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._TO_BOOL_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._TO_BOOL_LIST(s, oparg, operand);
        }
    }

    static final class _TO_BOOL_NONE extends UopCell {
        _TO_BOOL_NONE(long oparg, long operand, int target, int successor) {
            super(Uops._TO_BOOL_NONE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._TO_BOOL_NONE(s, oparg, operand);
        }
    }

    static final class _TO_BOOL_STR extends UopCell {
        _TO_BOOL_STR(long oparg, long operand, int target, int successor) {
            super(Uops._TO_BOOL_STR, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._TO_BOOL_STR(s, oparg, operand);
        }
    }

    static final class _UNPACK_SEQUENCE extends UopCell {
        _UNPACK_SEQUENCE(long oparg, long operand, int target, int successor) {
            super(Uops._UNPACK_SEQUENCE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._UNPACK_SEQUENCE(s, oparg, operand);
        }
    }

    static final class _UNPACK_SEQUENCE_LIST extends UopCell {
        _UNPACK_SEQUENCE_LIST(long oparg, long operand, int target, int successor) {
            super(Uops._UNPACK_SEQUENCE_LIST, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._UNPACK_SEQUENCE_LIST(s, oparg, operand);
        }
    }

    static final class _UNPACK_SEQUENCE_TUPLE extends UopCell {
        _UNPACK_SEQUENCE_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._UNPACK_SEQUENCE_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._UNPACK_SEQUENCE_TUPLE(s, oparg, operand);
        }
    }

    static final class _UNPACK_SEQUENCE_TWO_TUPLE extends UopCell {
        _UNPACK_SEQUENCE_TWO_TUPLE(long oparg, long operand, int target, int successor) {
            super(Uops._UNPACK_SEQUENCE_TWO_TUPLE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._UNPACK_SEQUENCE_TWO_TUPLE(s, oparg, operand);
        }
    }
}
