// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Per-uop metadata derived from bytecodes.def; tables are indexed by uop id.
 */
public final class UopMetadata {
    /**
     * {@link OpcodeFlags} bits per uop.
     */
    public static final int[] FLAGS = new int[154];

    /**
     * Code units of the cache entry a uop takes as its operand; 0 when it takes none.
     */
    public static final int[] OPERAND_SIZE = new int[154];

    /**
     * For a replica NAME_k of a replicate(N) op: k; otherwise -1.
     */
    public static final int[] FIXED_OPARG = new int[154];

    /**
     * For a replica NAME_k: the id of NAME; otherwise 0.
     */
    public static final int[] REPLICA_OF = new int[154];

    static {
        java.util.Arrays.fill(FIXED_OPARG, -1);
        FLAGS[Uops.BINARY_SLICE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.BUILD_LIST] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.BUILD_MAP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.BUILD_SLICE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.BUILD_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.CALL_KW] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        FLAGS[Uops.CHECK_EXC_MATCH] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.CONTAINS_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.COPY] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops.DELETE_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.END_FOR] = OpcodeFlags.PURE;
        FLAGS[Uops.GET_ITER] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.IS_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops.LIST_APPEND] = OpcodeFlags.HAS_ARG;
        FLAGS[Uops.LOAD_BUILD_CLASS] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.LOAD_CONST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_CONST | OpcodeFlags.PURE;
        FLAGS[Uops.LOAD_FAST_AND_CLEAR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FLAGS[Uops.LOAD_FAST_CHECK] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.LOAD_FAST_LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FLAGS[Uops.LOAD_NAME] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.MAKE_FUNCTION] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.POP_TOP] = OpcodeFlags.PURE;
        FLAGS[Uops.PUSH_NULL] = OpcodeFlags.PURE;
        FLAGS[Uops.RAISE_VARARGS] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.RERAISE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.STORE_FAST_LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FLAGS[Uops.STORE_FAST_STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FLAGS[Uops.STORE_NAME] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.STORE_SLICE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.SWAP] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops.UNARY_INVERT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.UNARY_NEGATIVE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.UNARY_NOT] = OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_ADD_FLOAT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_ADD_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_OP_ADD_UNICODE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_MULTIPLY_FLOAT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_MULTIPLY_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_OP_SUBTRACT_FLOAT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_SUBTRACT_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_SUBSCR_DICT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_SUBSCR_LIST_INT] = OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._BINARY_SUBSCR_STR_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_SUBSCR_TUPLE_INT] = OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._CALL] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        FLAGS[Uops._CALL_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        FLAGS[Uops._CHECK_FUNCTION_EXACT_ARGS] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._CHECK_FUNCTION_EXACT_ARGS] = 2;
        FLAGS[Uops._CHECK_PERIODIC] = OpcodeFlags.EVAL_BREAK;
        FLAGS[Uops._CHECK_STACK_SPACE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        FLAGS[Uops._CHECK_VALIDITY] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        FLAGS[Uops._COMPARE_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._COMPARE_OP_FLOAT] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops._COMPARE_OP_INT] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops._COMPARE_OP_STR] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops._EXIT_TRACE] = OpcodeFlags.MAY_EXIT;
        FLAGS[Uops._FOR_ITER_TIER_TWO] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._GUARD_BOTH_FLOAT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_BOTH_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_BOTH_UNICODE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_BUILTINS_VERSION] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_BUILTINS_VERSION] = 1;
        FLAGS[Uops._GUARD_CALLABLE_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_EXHAUSTED_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_EXHAUSTED_RANGE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_EXHAUSTED_TUPLE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_GLOBALS_VERSION] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_GLOBALS_VERSION] = 1;
        FLAGS[Uops._GUARD_IS_FALSE_POP] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_IS_TRUE_POP] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOS_DICT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOS_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOS_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOS_STR] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOS_TUPLE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOT_EXHAUSTED_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOT_EXHAUSTED_RANGE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_NOT_EXHAUSTED_TUPLE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_BOOL] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_NONE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_STR] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TOS_TUPLE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_TYPE_VERSION] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_TYPE_VERSION] = 2;
        FLAGS[Uops._IS_NONE] = OpcodeFlags.PURE;
        FLAGS[Uops._ITER_CHECK_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._ITER_CHECK_RANGE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._ITER_CHECK_TUPLE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._JUMP_TO_TOP] = OpcodeFlags.EVAL_BREAK;
        FLAGS[Uops._LOAD_ATTR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._LOAD_ATTR_INSTANCE_VALUE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        OPERAND_SIZE[Uops._LOAD_ATTR_INSTANCE_VALUE] = 1;
        FLAGS[Uops._LOAD_ATTR_METHOD] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.PURE;
        OPERAND_SIZE[Uops._LOAD_ATTR_METHOD] = 4;
        FLAGS[Uops._LOAD_CONST_INLINE] = OpcodeFlags.PURE;
        OPERAND_SIZE[Uops._LOAD_CONST_INLINE] = 4;
        FLAGS[Uops._LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FLAGS[Uops._LOAD_FAST_0] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_0] = 0;
        REPLICA_OF[Uops._LOAD_FAST_0] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_1] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_1] = 1;
        REPLICA_OF[Uops._LOAD_FAST_1] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_2] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_2] = 2;
        REPLICA_OF[Uops._LOAD_FAST_2] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_3] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_3] = 3;
        REPLICA_OF[Uops._LOAD_FAST_3] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_4] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_4] = 4;
        REPLICA_OF[Uops._LOAD_FAST_4] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_5] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_5] = 5;
        REPLICA_OF[Uops._LOAD_FAST_5] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_6] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_6] = 6;
        REPLICA_OF[Uops._LOAD_FAST_6] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_7] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        FIXED_OPARG[Uops._LOAD_FAST_7] = 7;
        REPLICA_OF[Uops._LOAD_FAST_7] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_GLOBAL] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._LOAD_GLOBAL_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        OPERAND_SIZE[Uops._LOAD_GLOBAL_BUILTIN] = 1;
        FLAGS[Uops._LOAD_GLOBAL_MODULE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        OPERAND_SIZE[Uops._LOAD_GLOBAL_MODULE] = 1;
        OPERAND_SIZE[Uops._SET_IP] = 2;
        OPERAND_SIZE[Uops._START_EXECUTOR] = 2;
        FLAGS[Uops._STORE_ATTR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._STORE_ATTR_INSTANCE_VALUE] = OpcodeFlags.MAY_DEOPT;
        OPERAND_SIZE[Uops._STORE_ATTR_INSTANCE_VALUE] = 1;
        FLAGS[Uops._STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FLAGS[Uops._STORE_FAST_0] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_0] = 0;
        REPLICA_OF[Uops._STORE_FAST_0] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_1] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_1] = 1;
        REPLICA_OF[Uops._STORE_FAST_1] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_2] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_2] = 2;
        REPLICA_OF[Uops._STORE_FAST_2] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_3] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_3] = 3;
        REPLICA_OF[Uops._STORE_FAST_3] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_4] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_4] = 4;
        REPLICA_OF[Uops._STORE_FAST_4] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_5] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_5] = 5;
        REPLICA_OF[Uops._STORE_FAST_5] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_6] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_6] = 6;
        REPLICA_OF[Uops._STORE_FAST_6] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_FAST_7] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._STORE_FAST_7] = 7;
        REPLICA_OF[Uops._STORE_FAST_7] = Uops._STORE_FAST;
        FLAGS[Uops._STORE_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._STORE_SUBSCR_DICT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._STORE_SUBSCR_LIST_INT] = OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._TO_BOOL] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._TO_BOOL_INT] = OpcodeFlags.PURE;
        FLAGS[Uops._TO_BOOL_NONE] = OpcodeFlags.PURE;
        FLAGS[Uops._UNPACK_SEQUENCE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._UNPACK_SEQUENCE_LIST] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._UNPACK_SEQUENCE_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._UNPACK_SEQUENCE_TWO_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT;
        FLAGS[Uops._POP_FRAME] = OpcodeFlags.ESCAPES;
        FLAGS[Uops._PUSH_FRAME] = OpcodeFlags.HAS_ARG | OpcodeFlags.ESCAPES;
        FLAGS[Uops._CALL_LIST_APPEND] = OpcodeFlags.HAS_ARG;
        FLAGS[Uops._GUARD_CALLABLE_LIST_APPEND] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_CALLABLE_LIST_APPEND] = 2;
        FLAGS[Uops._GUARD_TYPE_TAG] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_TYPE_TAG] = 1;
        FLAGS[Uops._BINARY_OP_FLOOR_DIVIDE_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_OP_REMAINDER_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._BINARY_OP_TRUE_DIVIDE_NUMBER] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._GUARD_BOTH_NUMBER] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._STORE_GLOBAL] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        OPERAND_SIZE[Uops._STORE_GLOBAL_MODULE] = 1;
        FLAGS[Uops._CALL_LEN] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        FLAGS[Uops._GUARD_CALLABLE_LEN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._GUARD_CALLABLE_LEN] = 2;
        FLAGS[Uops._CHECK_CALLER] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        OPERAND_SIZE[Uops._CHECK_CALLER] = 4;
        FLAGS[Uops._RESUME_CHECK] = OpcodeFlags.EVAL_BREAK;
    }

    private UopMetadata() {
    }

    /**
     * Stack slots the uop pops.
     */
    public static int popped(int uop, int oparg) {
        return switch (uop) {
            case Uops.BINARY_SLICE, Uops._STORE_SUBSCR, Uops._STORE_SUBSCR_DICT,
                    Uops._STORE_SUBSCR_LIST_INT -> 3;
            case Uops.BUILD_LIST, Uops.BUILD_TUPLE, Uops.RAISE_VARARGS -> (int) ((oparg));
            case Uops.BUILD_MAP -> (int) ((oparg * 2L));
            case Uops.BUILD_SLICE -> (int) (2L + ((oparg == 3L) ? 1L : 0L));
            case Uops.CALL_KW -> (int) (3L + (oparg));
            case Uops.CHECK_EXC_MATCH, Uops.CONTAINS_OP, Uops.DELETE_SUBSCR, Uops.END_FOR,
                    Uops.IS_OP, Uops.STORE_FAST_STORE_FAST, Uops._BINARY_OP,
                    Uops._BINARY_OP_ADD_FLOAT, Uops._BINARY_OP_ADD_INT, Uops._BINARY_OP_ADD_UNICODE,
                    Uops._BINARY_OP_MULTIPLY_FLOAT, Uops._BINARY_OP_MULTIPLY_INT,
                    Uops._BINARY_OP_SUBTRACT_FLOAT, Uops._BINARY_OP_SUBTRACT_INT,
                    Uops._BINARY_SUBSCR, Uops._BINARY_SUBSCR_DICT, Uops._BINARY_SUBSCR_LIST_INT,
                    Uops._BINARY_SUBSCR_STR_INT, Uops._BINARY_SUBSCR_TUPLE_INT, Uops._COMPARE_OP,
                    Uops._COMPARE_OP_FLOAT, Uops._COMPARE_OP_INT, Uops._COMPARE_OP_STR,
                    Uops._GUARD_BOTH_FLOAT, Uops._GUARD_BOTH_INT, Uops._GUARD_BOTH_UNICODE,
                    Uops._GUARD_NOS_DICT, Uops._GUARD_NOS_INT, Uops._GUARD_NOS_LIST,
                    Uops._GUARD_NOS_STR, Uops._GUARD_NOS_TUPLE, Uops._STORE_ATTR,
                    Uops._STORE_ATTR_INSTANCE_VALUE, Uops._BINARY_OP_FLOOR_DIVIDE_INT,
                    Uops._BINARY_OP_REMAINDER_INT, Uops._BINARY_OP_TRUE_DIVIDE_NUMBER,
                    Uops._GUARD_BOTH_NUMBER -> 2;
            case Uops.COPY -> (int) (1L + (oparg - 1L));
            case Uops.GET_ITER, Uops.POP_EXCEPT, Uops.POP_TOP, Uops.PUSH_EXC_INFO, Uops.RERAISE,
                    Uops.STORE_FAST_LOAD_FAST, Uops.STORE_NAME, Uops.UNARY_INVERT,
                    Uops.UNARY_NEGATIVE, Uops.UNARY_NOT, Uops._FOR_ITER_TIER_TWO,
                    Uops._GUARD_EXHAUSTED_LIST, Uops._GUARD_EXHAUSTED_RANGE,
                    Uops._GUARD_EXHAUSTED_TUPLE, Uops._GUARD_IS_FALSE_POP, Uops._GUARD_IS_TRUE_POP,
                    Uops._GUARD_NOT_EXHAUSTED_LIST, Uops._GUARD_NOT_EXHAUSTED_RANGE,
                    Uops._GUARD_NOT_EXHAUSTED_TUPLE, Uops._GUARD_TOS_BOOL, Uops._GUARD_TOS_INT,
                    Uops._GUARD_TOS_LIST, Uops._GUARD_TOS_NONE, Uops._GUARD_TOS_STR,
                    Uops._GUARD_TOS_TUPLE, Uops._GUARD_TYPE_VERSION, Uops._IS_NONE,
                    Uops._ITER_CHECK_LIST, Uops._ITER_CHECK_RANGE, Uops._ITER_CHECK_TUPLE,
                    Uops._ITER_NEXT_LIST, Uops._ITER_NEXT_RANGE, Uops._ITER_NEXT_TUPLE,
                    Uops._LOAD_ATTR, Uops._LOAD_ATTR_INSTANCE_VALUE, Uops._LOAD_ATTR_METHOD,
                    Uops._STORE_FAST, Uops._STORE_FAST_0, Uops._STORE_FAST_1, Uops._STORE_FAST_2,
                    Uops._STORE_FAST_3, Uops._STORE_FAST_4, Uops._STORE_FAST_5, Uops._STORE_FAST_6,
                    Uops._STORE_FAST_7, Uops._TO_BOOL, Uops._TO_BOOL_INT, Uops._TO_BOOL_LIST,
                    Uops._TO_BOOL_NONE, Uops._TO_BOOL_STR, Uops._UNPACK_SEQUENCE,
                    Uops._UNPACK_SEQUENCE_LIST, Uops._UNPACK_SEQUENCE_TUPLE,
                    Uops._UNPACK_SEQUENCE_TWO_TUPLE, Uops._POP_FRAME, Uops._GUARD_TYPE_TAG,
                    Uops._STORE_GLOBAL, Uops._STORE_GLOBAL_MODULE -> 1;
            case Uops.LIST_APPEND -> (int) (2L + (oparg - 1L));
            case Uops.LOAD_BUILD_CLASS, Uops.LOAD_CONST, Uops.LOAD_FAST_AND_CLEAR,
                    Uops.LOAD_FAST_CHECK, Uops.LOAD_FAST_LOAD_FAST, Uops.LOAD_NAME, Uops.NOP,
                    Uops.PUSH_NULL, Uops._CHECK_PERIODIC, Uops._CHECK_VALIDITY, Uops._EXIT_TRACE,
                    Uops._GUARD_BUILTINS_VERSION, Uops._GUARD_GLOBALS_VERSION, Uops._JUMP_TO_TOP,
                    Uops._LOAD_CONST_INLINE, Uops._LOAD_FAST, Uops._LOAD_FAST_0, Uops._LOAD_FAST_1,
                    Uops._LOAD_FAST_2, Uops._LOAD_FAST_3, Uops._LOAD_FAST_4, Uops._LOAD_FAST_5,
                    Uops._LOAD_FAST_6, Uops._LOAD_FAST_7, Uops._LOAD_GLOBAL,
                    Uops._LOAD_GLOBAL_BUILTIN, Uops._LOAD_GLOBAL_MODULE, Uops._SET_IP,
                    Uops._START_EXECUTOR, Uops._CHECK_CALLER, Uops._RESUME_CHECK -> 0;
            case Uops.MAKE_FUNCTION -> (int) (1L + (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
            case Uops.STORE_SLICE -> 4;
            case Uops.SWAP -> (int) (2L + (oparg - 2L));
            case Uops._CALL, Uops._CALL_BUILTIN, Uops._CHECK_FUNCTION_EXACT_ARGS,
                    Uops._CHECK_STACK_SPACE, Uops._GUARD_CALLABLE_BUILTIN, Uops._PUSH_FRAME,
                    Uops._CALL_LIST_APPEND, Uops._GUARD_CALLABLE_LIST_APPEND, Uops._CALL_LEN,
                    Uops._GUARD_CALLABLE_LEN -> (int) (2L + (oparg));
            default -> throw new IllegalArgumentException("no stack effect for " + uop);
        };
    }

    /**
     * Stack slots the uop pushes.
     */
    public static int pushed(int uop, int oparg) {
        return switch (uop) {
            case Uops.BINARY_SLICE, Uops.BUILD_LIST, Uops.BUILD_MAP, Uops.BUILD_SLICE,
                    Uops.BUILD_TUPLE, Uops.CALL_KW, Uops.CONTAINS_OP, Uops.GET_ITER, Uops.IS_OP,
                    Uops.LOAD_BUILD_CLASS, Uops.LOAD_CONST, Uops.LOAD_FAST_AND_CLEAR,
                    Uops.LOAD_FAST_CHECK, Uops.LOAD_NAME, Uops.MAKE_FUNCTION, Uops.PUSH_NULL,
                    Uops.STORE_FAST_LOAD_FAST, Uops.UNARY_INVERT, Uops.UNARY_NEGATIVE,
                    Uops.UNARY_NOT, Uops._BINARY_OP, Uops._BINARY_OP_ADD_FLOAT,
                    Uops._BINARY_OP_ADD_INT, Uops._BINARY_OP_ADD_UNICODE,
                    Uops._BINARY_OP_MULTIPLY_FLOAT, Uops._BINARY_OP_MULTIPLY_INT,
                    Uops._BINARY_OP_SUBTRACT_FLOAT, Uops._BINARY_OP_SUBTRACT_INT,
                    Uops._BINARY_SUBSCR, Uops._BINARY_SUBSCR_DICT, Uops._BINARY_SUBSCR_LIST_INT,
                    Uops._BINARY_SUBSCR_STR_INT, Uops._BINARY_SUBSCR_TUPLE_INT, Uops._CALL,
                    Uops._CALL_BUILTIN, Uops._COMPARE_OP, Uops._COMPARE_OP_FLOAT,
                    Uops._COMPARE_OP_INT, Uops._COMPARE_OP_STR, Uops._GUARD_EXHAUSTED_LIST,
                    Uops._GUARD_EXHAUSTED_RANGE, Uops._GUARD_EXHAUSTED_TUPLE,
                    Uops._GUARD_NOT_EXHAUSTED_LIST, Uops._GUARD_NOT_EXHAUSTED_RANGE,
                    Uops._GUARD_NOT_EXHAUSTED_TUPLE, Uops._GUARD_TOS_BOOL, Uops._GUARD_TOS_INT,
                    Uops._GUARD_TOS_LIST, Uops._GUARD_TOS_NONE, Uops._GUARD_TOS_STR,
                    Uops._GUARD_TOS_TUPLE, Uops._GUARD_TYPE_VERSION, Uops._IS_NONE,
                    Uops._ITER_CHECK_LIST, Uops._ITER_CHECK_RANGE, Uops._ITER_CHECK_TUPLE,
                    Uops._LOAD_CONST_INLINE, Uops._LOAD_FAST, Uops._LOAD_FAST_0, Uops._LOAD_FAST_1,
                    Uops._LOAD_FAST_2, Uops._LOAD_FAST_3, Uops._LOAD_FAST_4, Uops._LOAD_FAST_5,
                    Uops._LOAD_FAST_6, Uops._LOAD_FAST_7, Uops._TO_BOOL, Uops._TO_BOOL_INT,
                    Uops._TO_BOOL_LIST, Uops._TO_BOOL_NONE, Uops._TO_BOOL_STR, Uops._PUSH_FRAME,
                    Uops._CALL_LIST_APPEND, Uops._GUARD_TYPE_TAG, Uops._BINARY_OP_FLOOR_DIVIDE_INT,
                    Uops._BINARY_OP_REMAINDER_INT, Uops._BINARY_OP_TRUE_DIVIDE_NUMBER,
                    Uops._CALL_LEN -> 1;
            case Uops.CHECK_EXC_MATCH, Uops.LOAD_FAST_LOAD_FAST, Uops.PUSH_EXC_INFO,
                    Uops._FOR_ITER_TIER_TWO, Uops._GUARD_BOTH_FLOAT, Uops._GUARD_BOTH_INT,
                    Uops._GUARD_BOTH_UNICODE, Uops._GUARD_NOS_DICT, Uops._GUARD_NOS_INT,
                    Uops._GUARD_NOS_LIST, Uops._GUARD_NOS_STR, Uops._GUARD_NOS_TUPLE,
                    Uops._ITER_NEXT_LIST, Uops._ITER_NEXT_RANGE, Uops._ITER_NEXT_TUPLE,
                    Uops._GUARD_BOTH_NUMBER -> 2;
            case Uops.COPY -> (int) (2L + (oparg - 1L));
            case Uops.DELETE_SUBSCR, Uops.END_FOR, Uops.NOP, Uops.POP_EXCEPT, Uops.POP_TOP,
                    Uops.RAISE_VARARGS, Uops.RERAISE, Uops.STORE_FAST_STORE_FAST, Uops.STORE_NAME,
                    Uops.STORE_SLICE, Uops._CHECK_PERIODIC, Uops._CHECK_VALIDITY, Uops._EXIT_TRACE,
                    Uops._GUARD_BUILTINS_VERSION, Uops._GUARD_GLOBALS_VERSION,
                    Uops._GUARD_IS_FALSE_POP, Uops._GUARD_IS_TRUE_POP, Uops._JUMP_TO_TOP,
                    Uops._SET_IP, Uops._START_EXECUTOR, Uops._STORE_ATTR,
                    Uops._STORE_ATTR_INSTANCE_VALUE, Uops._STORE_FAST, Uops._STORE_FAST_0,
                    Uops._STORE_FAST_1, Uops._STORE_FAST_2, Uops._STORE_FAST_3, Uops._STORE_FAST_4,
                    Uops._STORE_FAST_5, Uops._STORE_FAST_6, Uops._STORE_FAST_7, Uops._STORE_SUBSCR,
                    Uops._STORE_SUBSCR_DICT, Uops._STORE_SUBSCR_LIST_INT, Uops._POP_FRAME,
                    Uops._STORE_GLOBAL, Uops._STORE_GLOBAL_MODULE, Uops._CHECK_CALLER,
                    Uops._RESUME_CHECK -> 0;
            case Uops.LIST_APPEND -> (int) (1L + (oparg - 1L));
            case Uops.SWAP -> (int) (2L + (oparg - 2L));
            case Uops._CHECK_FUNCTION_EXACT_ARGS, Uops._CHECK_STACK_SPACE,
                    Uops._GUARD_CALLABLE_BUILTIN, Uops._GUARD_CALLABLE_LIST_APPEND,
                    Uops._GUARD_CALLABLE_LEN -> (int) (2L + (oparg));
            case Uops._LOAD_ATTR, Uops._LOAD_ATTR_INSTANCE_VALUE,
                    Uops._LOAD_ATTR_METHOD -> (int) (1L + (((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
            case Uops._LOAD_GLOBAL, Uops._LOAD_GLOBAL_BUILTIN,
                    Uops._LOAD_GLOBAL_MODULE -> (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
            case Uops._UNPACK_SEQUENCE, Uops._UNPACK_SEQUENCE_LIST, Uops._UNPACK_SEQUENCE_TUPLE,
                    Uops._UNPACK_SEQUENCE_TWO_TUPLE -> (int) ((oparg));
            default -> throw new IllegalArgumentException("no stack effect for " + uop);
        };
    }
}
