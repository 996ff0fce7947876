// Generated from bytecodes.def by the cases generator (tier 2). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
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
        {Uops._CHECK_FUNCTION_EXACT_ARGS, Uops._CHECK_STACK_SPACE},
        {Uops._CHECK_FUNCTION_EXACT_ARGS, Uops._CHECK_STACK_SPACE, Uops._PUSH_FRAME},
        {Uops._CHECK_FUNCTION_EXACT_ARGS, Uops._PUSH_FRAME},
        {Uops._CHECK_STACK_SPACE, Uops._PUSH_FRAME},
        {Uops._GUARD_BOTH_FLOAT, Uops._BINARY_OP_ADD_FLOAT},
        {Uops._GUARD_BOTH_FLOAT, Uops._BINARY_OP_MULTIPLY_FLOAT},
        {Uops._GUARD_BOTH_FLOAT, Uops._BINARY_OP_SUBTRACT_FLOAT},
        {Uops._GUARD_BOTH_FLOAT, Uops._COMPARE_OP_FLOAT},
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_ADD_INT},
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_FLOOR_DIVIDE_INT},
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_MULTIPLY_INT},
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_REMAINDER_INT},
        {Uops._GUARD_BOTH_INT, Uops._BINARY_OP_SUBTRACT_INT},
        {Uops._GUARD_BOTH_INT, Uops._COMPARE_OP_INT},
        {Uops._GUARD_BOTH_NUMBER, Uops._BINARY_OP_TRUE_DIVIDE_NUMBER},
        {Uops._GUARD_BOTH_UNICODE, Uops._BINARY_OP_ADD_UNICODE},
        {Uops._GUARD_BOTH_UNICODE, Uops._COMPARE_OP_STR},
        {Uops._GUARD_BUILTINS_VERSION, Uops._LOAD_GLOBAL_BUILTIN},
        {Uops._GUARD_CALLABLE_LEN, Uops._CALL_LEN},
        {Uops._GUARD_CALLABLE_LIST_APPEND, Uops._CALL_LIST_APPEND},
        {Uops._GUARD_EXHAUSTED_LIST, Uops._ITER_NEXT_LIST},
        {Uops._GUARD_EXHAUSTED_RANGE, Uops._ITER_NEXT_RANGE},
        {Uops._GUARD_EXHAUSTED_TUPLE, Uops._ITER_NEXT_TUPLE},
        {Uops._GUARD_GLOBALS_VERSION, Uops._GUARD_BUILTINS_VERSION},
        {Uops._GUARD_GLOBALS_VERSION, Uops._GUARD_BUILTINS_VERSION, Uops._LOAD_GLOBAL_BUILTIN},
        {Uops._GUARD_GLOBALS_VERSION, Uops._LOAD_GLOBAL_BUILTIN},
        {Uops._GUARD_GLOBALS_VERSION, Uops._LOAD_GLOBAL_MODULE},
        {Uops._GUARD_GLOBALS_VERSION, Uops._STORE_GLOBAL_MODULE},
        {Uops._GUARD_NOS_DICT, Uops._BINARY_SUBSCR_DICT},
        {Uops._GUARD_NOS_DICT, Uops._STORE_SUBSCR_DICT},
        {Uops._GUARD_NOS_INT, Uops._BINARY_OP_ADD_INT},
        {Uops._GUARD_NOS_INT, Uops._BINARY_OP_FLOOR_DIVIDE_INT},
        {Uops._GUARD_NOS_INT, Uops._BINARY_OP_MULTIPLY_INT},
        {Uops._GUARD_NOS_INT, Uops._BINARY_OP_REMAINDER_INT},
        {Uops._GUARD_NOS_INT, Uops._BINARY_OP_SUBTRACT_INT},
        {Uops._GUARD_NOS_INT, Uops._COMPARE_OP_INT},
        {Uops._GUARD_NOS_LIST, Uops._BINARY_SUBSCR_LIST_INT},
        {Uops._GUARD_NOS_LIST, Uops._GUARD_TOS_INT},
        {Uops._GUARD_NOS_LIST, Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_LIST_INT},
        {Uops._GUARD_NOS_LIST, Uops._GUARD_TOS_INT, Uops._STORE_SUBSCR_LIST_INT},
        {Uops._GUARD_NOS_LIST, Uops._STORE_SUBSCR_LIST_INT},
        {Uops._GUARD_NOS_STR, Uops._BINARY_SUBSCR_STR_INT},
        {Uops._GUARD_NOS_STR, Uops._GUARD_TOS_INT},
        {Uops._GUARD_NOS_STR, Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_STR_INT},
        {Uops._GUARD_NOS_TUPLE, Uops._BINARY_SUBSCR_TUPLE_INT},
        {Uops._GUARD_NOS_TUPLE, Uops._GUARD_TOS_INT},
        {Uops._GUARD_NOS_TUPLE, Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_TUPLE_INT},
        {Uops._GUARD_NOT_EXHAUSTED_LIST, Uops._ITER_NEXT_LIST},
        {Uops._GUARD_NOT_EXHAUSTED_RANGE, Uops._ITER_NEXT_RANGE},
        {Uops._GUARD_NOT_EXHAUSTED_TUPLE, Uops._ITER_NEXT_TUPLE},
        {Uops._GUARD_TOS_INT, Uops._BINARY_OP_ADD_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_OP_FLOOR_DIVIDE_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_OP_MULTIPLY_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_OP_REMAINDER_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_OP_SUBTRACT_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_LIST_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_STR_INT},
        {Uops._GUARD_TOS_INT, Uops._BINARY_SUBSCR_TUPLE_INT},
        {Uops._GUARD_TOS_INT, Uops._COMPARE_OP_INT},
        {Uops._GUARD_TOS_INT, Uops._STORE_SUBSCR_LIST_INT},
        {Uops._GUARD_TOS_INT, Uops._TO_BOOL_INT},
        {Uops._GUARD_TOS_LIST, Uops._TO_BOOL_LIST},
        {Uops._GUARD_TOS_LIST, Uops._UNPACK_SEQUENCE_LIST},
        {Uops._GUARD_TOS_NONE, Uops._TO_BOOL_NONE},
        {Uops._GUARD_TOS_STR, Uops._TO_BOOL_STR},
        {Uops._GUARD_TOS_TUPLE, Uops._UNPACK_SEQUENCE_TUPLE},
        {Uops._GUARD_TOS_TUPLE, Uops._UNPACK_SEQUENCE_TWO_TUPLE},
        {Uops._GUARD_TYPE_TAG, Uops._LOAD_ATTR_METHOD},
        {Uops._GUARD_TYPE_VERSION, Uops._LOAD_ATTR_INSTANCE_VALUE},
        {Uops._GUARD_TYPE_VERSION, Uops._LOAD_ATTR_METHOD},
        {Uops._GUARD_TYPE_VERSION, Uops._STORE_ATTR_INSTANCE_VALUE},
        {Uops._ITER_CHECK_LIST, Uops._GUARD_EXHAUSTED_LIST},
        {Uops._ITER_CHECK_LIST, Uops._GUARD_EXHAUSTED_LIST, Uops._ITER_NEXT_LIST},
        {Uops._ITER_CHECK_LIST, Uops._GUARD_NOT_EXHAUSTED_LIST},
        {Uops._ITER_CHECK_LIST, Uops._GUARD_NOT_EXHAUSTED_LIST, Uops._ITER_NEXT_LIST},
        {Uops._ITER_CHECK_LIST, Uops._ITER_NEXT_LIST},
        {Uops._ITER_CHECK_RANGE, Uops._GUARD_EXHAUSTED_RANGE},
        {Uops._ITER_CHECK_RANGE, Uops._GUARD_EXHAUSTED_RANGE, Uops._ITER_NEXT_RANGE},
        {Uops._ITER_CHECK_RANGE, Uops._GUARD_NOT_EXHAUSTED_RANGE},
        {Uops._ITER_CHECK_RANGE, Uops._GUARD_NOT_EXHAUSTED_RANGE, Uops._ITER_NEXT_RANGE},
        {Uops._ITER_CHECK_RANGE, Uops._ITER_NEXT_RANGE},
        {Uops._ITER_CHECK_TUPLE, Uops._GUARD_EXHAUSTED_TUPLE},
        {Uops._ITER_CHECK_TUPLE, Uops._GUARD_EXHAUSTED_TUPLE, Uops._ITER_NEXT_TUPLE},
        {Uops._ITER_CHECK_TUPLE, Uops._GUARD_NOT_EXHAUSTED_TUPLE},
        {Uops._ITER_CHECK_TUPLE, Uops._GUARD_NOT_EXHAUSTED_TUPLE, Uops._ITER_NEXT_TUPLE},
        {Uops._ITER_CHECK_TUPLE, Uops._ITER_NEXT_TUPLE},
        {Uops._LOAD_CONST_INLINE, Uops._POP_FRAME},
        {Uops.LOAD_CONST, Uops._POP_FRAME},
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
        for (int i = 0; i < uops.length; i++) {
            if (uops[i] == Uops._JUMP_TO_TOP) {
                jumpedTo[(int) operands[i]] = true;
            }
        }
        for (int i = 0; i < uops.length; ) {
            int fusion = longestFusion(uops, targets, jumpedTo, i);
            if (fusion < 0) {
                cells[i] = cell(uops[i], opargs[i], operands[i], targets[i], uops[i] == Uops._JUMP_TO_TOP ? (int) operands[i] : i + 1);
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
            case Uops.STORE_FAST_LOAD_FAST -> new STORE_FAST_LOAD_FAST(oparg, operand, target, successor);
            case Uops.STORE_FAST_STORE_FAST -> new STORE_FAST_STORE_FAST(oparg, operand, target, successor);
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
            case Uops._POP_FRAME -> new _POP_FRAME(oparg, operand, target, successor);
            case Uops._PUSH_FRAME -> new _PUSH_FRAME(oparg, operand, target, successor);
            case Uops._CALL_LIST_APPEND -> new _CALL_LIST_APPEND(oparg, operand, target, successor);
            case Uops._GUARD_CALLABLE_LIST_APPEND -> new _GUARD_CALLABLE_LIST_APPEND(oparg, operand, target, successor);
            case Uops._GUARD_TYPE_TAG -> new _GUARD_TYPE_TAG(oparg, operand, target, successor);
            case Uops._BINARY_OP_FLOOR_DIVIDE_INT -> new _BINARY_OP_FLOOR_DIVIDE_INT(oparg, operand, target, successor);
            case Uops._BINARY_OP_REMAINDER_INT -> new _BINARY_OP_REMAINDER_INT(oparg, operand, target, successor);
            case Uops._BINARY_OP_TRUE_DIVIDE_NUMBER -> new _BINARY_OP_TRUE_DIVIDE_NUMBER(oparg, operand, target, successor);
            case Uops._GUARD_BOTH_NUMBER -> new _GUARD_BOTH_NUMBER(oparg, operand, target, successor);
            case Uops._STORE_GLOBAL -> new _STORE_GLOBAL(oparg, operand, target, successor);
            case Uops._STORE_GLOBAL_MODULE -> new _STORE_GLOBAL_MODULE(oparg, operand, target, successor);
            case Uops._CALL_LEN -> new _CALL_LEN(oparg, operand, target, successor);
            case Uops._GUARD_CALLABLE_LEN -> new _GUARD_CALLABLE_LEN(oparg, operand, target, successor);
            case Uops._CHECK_CALLER -> new _CHECK_CALLER(oparg, operand, target, successor);
            case Uops._RESUME_CHECK -> new _RESUME_CHECK(oparg, operand, target, successor);
            default -> throw new IllegalArgumentException("invalid uop " + uop);
        };
    }

    private static UopCell fusedCell(int fusion, int[] opargs, long[] operands, int at, int target,
            int successor) {
        return switch (fusion) {
            case 0 -> new FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE(opargs, operands, at, target, successor);
            case 1 -> new FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE__PUSH_FRAME(opargs, operands, at, target, successor);
            case 2 -> new FUSED_CHECK_FUNCTION_EXACT_ARGS__PUSH_FRAME(opargs, operands, at, target, successor);
            case 3 -> new FUSED_CHECK_STACK_SPACE__PUSH_FRAME(opargs, operands, at, target, successor);
            case 4 -> new FUSED_GUARD_BOTH_FLOAT__BINARY_OP_ADD_FLOAT(opargs, operands, at, target, successor);
            case 5 -> new FUSED_GUARD_BOTH_FLOAT__BINARY_OP_MULTIPLY_FLOAT(opargs, operands, at, target, successor);
            case 6 -> new FUSED_GUARD_BOTH_FLOAT__BINARY_OP_SUBTRACT_FLOAT(opargs, operands, at, target, successor);
            case 7 -> new FUSED_GUARD_BOTH_FLOAT__COMPARE_OP_FLOAT(opargs, operands, at, target, successor);
            case 8 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_ADD_INT(opargs, operands, at, target, successor);
            case 9 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_FLOOR_DIVIDE_INT(opargs, operands, at, target, successor);
            case 10 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_MULTIPLY_INT(opargs, operands, at, target, successor);
            case 11 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_REMAINDER_INT(opargs, operands, at, target, successor);
            case 12 -> new FUSED_GUARD_BOTH_INT__BINARY_OP_SUBTRACT_INT(opargs, operands, at, target, successor);
            case 13 -> new FUSED_GUARD_BOTH_INT__COMPARE_OP_INT(opargs, operands, at, target, successor);
            case 14 -> new FUSED_GUARD_BOTH_NUMBER__BINARY_OP_TRUE_DIVIDE_NUMBER(opargs, operands, at, target, successor);
            case 15 -> new FUSED_GUARD_BOTH_UNICODE__BINARY_OP_ADD_UNICODE(opargs, operands, at, target, successor);
            case 16 -> new FUSED_GUARD_BOTH_UNICODE__COMPARE_OP_STR(opargs, operands, at, target, successor);
            case 17 -> new FUSED_GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN(opargs, operands, at, target, successor);
            case 18 -> new FUSED_GUARD_CALLABLE_LEN__CALL_LEN(opargs, operands, at, target, successor);
            case 19 -> new FUSED_GUARD_CALLABLE_LIST_APPEND__CALL_LIST_APPEND(opargs, operands, at, target, successor);
            case 20 -> new FUSED_GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST(opargs, operands, at, target, successor);
            case 21 -> new FUSED_GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE(opargs, operands, at, target, successor);
            case 22 -> new FUSED_GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(opargs, operands, at, target, successor);
            case 23 -> new FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION(opargs, operands, at, target, successor);
            case 24 -> new FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN(opargs, operands, at, target, successor);
            case 25 -> new FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_BUILTIN(opargs, operands, at, target, successor);
            case 26 -> new FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_MODULE(opargs, operands, at, target, successor);
            case 27 -> new FUSED_GUARD_GLOBALS_VERSION__STORE_GLOBAL_MODULE(opargs, operands, at, target, successor);
            case 28 -> new FUSED_GUARD_NOS_DICT__BINARY_SUBSCR_DICT(opargs, operands, at, target, successor);
            case 29 -> new FUSED_GUARD_NOS_DICT__STORE_SUBSCR_DICT(opargs, operands, at, target, successor);
            case 30 -> new FUSED_GUARD_NOS_INT__BINARY_OP_ADD_INT(opargs, operands, at, target, successor);
            case 31 -> new FUSED_GUARD_NOS_INT__BINARY_OP_FLOOR_DIVIDE_INT(opargs, operands, at, target, successor);
            case 32 -> new FUSED_GUARD_NOS_INT__BINARY_OP_MULTIPLY_INT(opargs, operands, at, target, successor);
            case 33 -> new FUSED_GUARD_NOS_INT__BINARY_OP_REMAINDER_INT(opargs, operands, at, target, successor);
            case 34 -> new FUSED_GUARD_NOS_INT__BINARY_OP_SUBTRACT_INT(opargs, operands, at, target, successor);
            case 35 -> new FUSED_GUARD_NOS_INT__COMPARE_OP_INT(opargs, operands, at, target, successor);
            case 36 -> new FUSED_GUARD_NOS_LIST__BINARY_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 37 -> new FUSED_GUARD_NOS_LIST__GUARD_TOS_INT(opargs, operands, at, target, successor);
            case 38 -> new FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 39 -> new FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__STORE_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 40 -> new FUSED_GUARD_NOS_LIST__STORE_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 41 -> new FUSED_GUARD_NOS_STR__BINARY_SUBSCR_STR_INT(opargs, operands, at, target, successor);
            case 42 -> new FUSED_GUARD_NOS_STR__GUARD_TOS_INT(opargs, operands, at, target, successor);
            case 43 -> new FUSED_GUARD_NOS_STR__GUARD_TOS_INT__BINARY_SUBSCR_STR_INT(opargs, operands, at, target, successor);
            case 44 -> new FUSED_GUARD_NOS_TUPLE__BINARY_SUBSCR_TUPLE_INT(opargs, operands, at, target, successor);
            case 45 -> new FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT(opargs, operands, at, target, successor);
            case 46 -> new FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT(opargs, operands, at, target, successor);
            case 47 -> new FUSED_GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST(opargs, operands, at, target, successor);
            case 48 -> new FUSED_GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE(opargs, operands, at, target, successor);
            case 49 -> new FUSED_GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(opargs, operands, at, target, successor);
            case 50 -> new FUSED_GUARD_TOS_INT__BINARY_OP_ADD_INT(opargs, operands, at, target, successor);
            case 51 -> new FUSED_GUARD_TOS_INT__BINARY_OP_FLOOR_DIVIDE_INT(opargs, operands, at, target, successor);
            case 52 -> new FUSED_GUARD_TOS_INT__BINARY_OP_MULTIPLY_INT(opargs, operands, at, target, successor);
            case 53 -> new FUSED_GUARD_TOS_INT__BINARY_OP_REMAINDER_INT(opargs, operands, at, target, successor);
            case 54 -> new FUSED_GUARD_TOS_INT__BINARY_OP_SUBTRACT_INT(opargs, operands, at, target, successor);
            case 55 -> new FUSED_GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 56 -> new FUSED_GUARD_TOS_INT__BINARY_SUBSCR_STR_INT(opargs, operands, at, target, successor);
            case 57 -> new FUSED_GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT(opargs, operands, at, target, successor);
            case 58 -> new FUSED_GUARD_TOS_INT__COMPARE_OP_INT(opargs, operands, at, target, successor);
            case 59 -> new FUSED_GUARD_TOS_INT__STORE_SUBSCR_LIST_INT(opargs, operands, at, target, successor);
            case 60 -> new FUSED_GUARD_TOS_INT__TO_BOOL_INT(opargs, operands, at, target, successor);
            case 61 -> new FUSED_GUARD_TOS_LIST__TO_BOOL_LIST(opargs, operands, at, target, successor);
            case 62 -> new FUSED_GUARD_TOS_LIST__UNPACK_SEQUENCE_LIST(opargs, operands, at, target, successor);
            case 63 -> new FUSED_GUARD_TOS_NONE__TO_BOOL_NONE(opargs, operands, at, target, successor);
            case 64 -> new FUSED_GUARD_TOS_STR__TO_BOOL_STR(opargs, operands, at, target, successor);
            case 65 -> new FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TUPLE(opargs, operands, at, target, successor);
            case 66 -> new FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TWO_TUPLE(opargs, operands, at, target, successor);
            case 67 -> new FUSED_GUARD_TYPE_TAG__LOAD_ATTR_METHOD(opargs, operands, at, target, successor);
            case 68 -> new FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_INSTANCE_VALUE(opargs, operands, at, target, successor);
            case 69 -> new FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_METHOD(opargs, operands, at, target, successor);
            case 70 -> new FUSED_GUARD_TYPE_VERSION__STORE_ATTR_INSTANCE_VALUE(opargs, operands, at, target, successor);
            case 71 -> new FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST(opargs, operands, at, target, successor);
            case 72 -> new FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST(opargs, operands, at, target, successor);
            case 73 -> new FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST(opargs, operands, at, target, successor);
            case 74 -> new FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST(opargs, operands, at, target, successor);
            case 75 -> new FUSED_ITER_CHECK_LIST__ITER_NEXT_LIST(opargs, operands, at, target, successor);
            case 76 -> new FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE(opargs, operands, at, target, successor);
            case 77 -> new FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE(opargs, operands, at, target, successor);
            case 78 -> new FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE(opargs, operands, at, target, successor);
            case 79 -> new FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE(opargs, operands, at, target, successor);
            case 80 -> new FUSED_ITER_CHECK_RANGE__ITER_NEXT_RANGE(opargs, operands, at, target, successor);
            case 81 -> new FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE(opargs, operands, at, target, successor);
            case 82 -> new FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(opargs, operands, at, target, successor);
            case 83 -> new FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE(opargs, operands, at, target, successor);
            case 84 -> new FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(opargs, operands, at, target, successor);
            case 85 -> new FUSED_ITER_CHECK_TUPLE__ITER_NEXT_TUPLE(opargs, operands, at, target, successor);
            case 86 -> new FUSED_LOAD_CONST_INLINE__POP_FRAME(opargs, operands, at, target, successor);
            case 87 -> new FUSED_LOAD_CONST__POP_FRAME(opargs, operands, at, target, successor);
            default -> throw new IllegalArgumentException("invalid fusion " + fusion);
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

    static final class _POP_FRAME extends UopCell {
        _POP_FRAME(long oparg, long operand, int target, int successor) {
            super(Uops._POP_FRAME, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._POP_FRAME(s, oparg, operand);
        }
    }

    static final class _PUSH_FRAME extends UopCell {
        _PUSH_FRAME(long oparg, long operand, int target, int successor) {
            super(Uops._PUSH_FRAME, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._PUSH_FRAME(s, oparg, operand);
        }
    }

    static final class _CALL_LIST_APPEND extends UopCell {
        _CALL_LIST_APPEND(long oparg, long operand, int target, int successor) {
            super(Uops._CALL_LIST_APPEND, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CALL_LIST_APPEND(s, oparg, operand);
        }
    }

    static final class _GUARD_CALLABLE_LIST_APPEND extends UopCell {
        _GUARD_CALLABLE_LIST_APPEND(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_CALLABLE_LIST_APPEND, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_CALLABLE_LIST_APPEND(s, oparg, operand);
        }
    }

    static final class _GUARD_TYPE_TAG extends UopCell {
        _GUARD_TYPE_TAG(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_TYPE_TAG, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_TYPE_TAG(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_FLOOR_DIVIDE_INT extends UopCell {
        _BINARY_OP_FLOOR_DIVIDE_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_FLOOR_DIVIDE_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_FLOOR_DIVIDE_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_REMAINDER_INT extends UopCell {
        _BINARY_OP_REMAINDER_INT(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_REMAINDER_INT, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_REMAINDER_INT(s, oparg, operand);
        }
    }

    static final class _BINARY_OP_TRUE_DIVIDE_NUMBER extends UopCell {
        _BINARY_OP_TRUE_DIVIDE_NUMBER(long oparg, long operand, int target, int successor) {
            super(Uops._BINARY_OP_TRUE_DIVIDE_NUMBER, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._BINARY_OP_TRUE_DIVIDE_NUMBER(s, oparg, operand);
        }
    }

    static final class _GUARD_BOTH_NUMBER extends UopCell {
        _GUARD_BOTH_NUMBER(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_BOTH_NUMBER, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_BOTH_NUMBER(s, oparg, operand);
        }
    }

    static final class _STORE_GLOBAL extends UopCell {
        _STORE_GLOBAL(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_GLOBAL, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_GLOBAL(s, oparg, operand);
        }
    }

    static final class _STORE_GLOBAL_MODULE extends UopCell {
        _STORE_GLOBAL_MODULE(long oparg, long operand, int target, int successor) {
            super(Uops._STORE_GLOBAL_MODULE, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._STORE_GLOBAL_MODULE(s, oparg, operand);
        }
    }

    static final class _CALL_LEN extends UopCell {
        _CALL_LEN(long oparg, long operand, int target, int successor) {
            super(Uops._CALL_LEN, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CALL_LEN(s, oparg, operand);
        }
    }

    static final class _GUARD_CALLABLE_LEN extends UopCell {
        _GUARD_CALLABLE_LEN(long oparg, long operand, int target, int successor) {
            super(Uops._GUARD_CALLABLE_LEN, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._GUARD_CALLABLE_LEN(s, oparg, operand);
        }
    }

    static final class _CHECK_CALLER extends UopCell {
        _CHECK_CALLER(long oparg, long operand, int target, int successor) {
            super(Uops._CHECK_CALLER, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._CHECK_CALLER(s, oparg, operand);
        }
    }

    static final class _RESUME_CHECK extends UopCell {
        _RESUME_CHECK(long oparg, long operand, int target, int successor) {
            super(Uops._RESUME_CHECK, oparg, operand, target, successor);
        }

        @Override
        int execute(Registers s) {
            return UopInterpreter._RESUME_CHECK(s, oparg, operand);
        }
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE as one cell.
     */
    static final class FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._CHECK_FUNCTION_EXACT_ARGS, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._CHECK_FUNCTION_EXACT_ARGS(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._CHECK_STACK_SPACE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._CHECK_FUNCTION_EXACT_ARGS);
            if (last >= 1) ctx.countUop(Uops._CHECK_STACK_SPACE);
        }
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS + _CHECK_STACK_SPACE + _PUSH_FRAME as one cell.
     */
    static final class FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE__PUSH_FRAME extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_CHECK_FUNCTION_EXACT_ARGS__CHECK_STACK_SPACE__PUSH_FRAME(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._CHECK_FUNCTION_EXACT_ARGS, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._CHECK_FUNCTION_EXACT_ARGS(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._CHECK_STACK_SPACE(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._PUSH_FRAME(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._CHECK_FUNCTION_EXACT_ARGS);
            if (last >= 1) ctx.countUop(Uops._CHECK_STACK_SPACE);
            if (last >= 2) ctx.countUop(Uops._PUSH_FRAME);
        }
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS + _PUSH_FRAME as one cell.
     */
    static final class FUSED_CHECK_FUNCTION_EXACT_ARGS__PUSH_FRAME extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_CHECK_FUNCTION_EXACT_ARGS__PUSH_FRAME(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._CHECK_FUNCTION_EXACT_ARGS, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._CHECK_FUNCTION_EXACT_ARGS(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._PUSH_FRAME(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._CHECK_FUNCTION_EXACT_ARGS);
            if (last >= 1) ctx.countUop(Uops._PUSH_FRAME);
        }
    }

    /**
     * _CHECK_STACK_SPACE + _PUSH_FRAME as one cell.
     */
    static final class FUSED_CHECK_STACK_SPACE__PUSH_FRAME extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_CHECK_STACK_SPACE__PUSH_FRAME(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._CHECK_STACK_SPACE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._CHECK_STACK_SPACE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._PUSH_FRAME(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._CHECK_STACK_SPACE);
            if (last >= 1) ctx.countUop(Uops._PUSH_FRAME);
        }
    }

    /**
     * _GUARD_BOTH_FLOAT + _BINARY_OP_ADD_FLOAT as one cell.
     */
    static final class FUSED_GUARD_BOTH_FLOAT__BINARY_OP_ADD_FLOAT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_FLOAT__BINARY_OP_ADD_FLOAT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_FLOAT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_FLOAT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_ADD_FLOAT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_FLOAT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_ADD_FLOAT);
        }
    }

    /**
     * _GUARD_BOTH_FLOAT + _BINARY_OP_MULTIPLY_FLOAT as one cell.
     */
    static final class FUSED_GUARD_BOTH_FLOAT__BINARY_OP_MULTIPLY_FLOAT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_FLOAT__BINARY_OP_MULTIPLY_FLOAT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_FLOAT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_FLOAT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_MULTIPLY_FLOAT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_FLOAT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_MULTIPLY_FLOAT);
        }
    }

    /**
     * _GUARD_BOTH_FLOAT + _BINARY_OP_SUBTRACT_FLOAT as one cell.
     */
    static final class FUSED_GUARD_BOTH_FLOAT__BINARY_OP_SUBTRACT_FLOAT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_FLOAT__BINARY_OP_SUBTRACT_FLOAT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_FLOAT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_FLOAT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_SUBTRACT_FLOAT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_FLOAT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_SUBTRACT_FLOAT);
        }
    }

    /**
     * _GUARD_BOTH_FLOAT + _COMPARE_OP_FLOAT as one cell.
     */
    static final class FUSED_GUARD_BOTH_FLOAT__COMPARE_OP_FLOAT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_FLOAT__COMPARE_OP_FLOAT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_BOTH_FLOAT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_FLOAT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._COMPARE_OP_FLOAT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_FLOAT);
            if (last >= 1) ctx.countUop(Uops._COMPARE_OP_FLOAT);
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

    /**
     * _GUARD_BOTH_INT + _BINARY_OP_FLOOR_DIVIDE_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__BINARY_OP_FLOOR_DIVIDE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__BINARY_OP_FLOOR_DIVIDE_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_FLOOR_DIVIDE_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_FLOOR_DIVIDE_INT);
        }
    }

    /**
     * _GUARD_BOTH_INT + _BINARY_OP_MULTIPLY_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__BINARY_OP_MULTIPLY_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__BINARY_OP_MULTIPLY_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_MULTIPLY_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_MULTIPLY_INT);
        }
    }

    /**
     * _GUARD_BOTH_INT + _BINARY_OP_REMAINDER_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__BINARY_OP_REMAINDER_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__BINARY_OP_REMAINDER_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_REMAINDER_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_REMAINDER_INT);
        }
    }

    /**
     * _GUARD_BOTH_INT + _BINARY_OP_SUBTRACT_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__BINARY_OP_SUBTRACT_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__BINARY_OP_SUBTRACT_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_SUBTRACT_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_SUBTRACT_INT);
        }
    }

    /**
     * _GUARD_BOTH_INT + _COMPARE_OP_INT as one cell.
     */
    static final class FUSED_GUARD_BOTH_INT__COMPARE_OP_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_INT__COMPARE_OP_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_BOTH_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._COMPARE_OP_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_INT);
            if (last >= 1) ctx.countUop(Uops._COMPARE_OP_INT);
        }
    }

    /**
     * _GUARD_BOTH_NUMBER + _BINARY_OP_TRUE_DIVIDE_NUMBER as one cell.
     */
    static final class FUSED_GUARD_BOTH_NUMBER__BINARY_OP_TRUE_DIVIDE_NUMBER extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_NUMBER__BINARY_OP_TRUE_DIVIDE_NUMBER(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_NUMBER, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_NUMBER(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_TRUE_DIVIDE_NUMBER(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_NUMBER);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_TRUE_DIVIDE_NUMBER);
        }
    }

    /**
     * _GUARD_BOTH_UNICODE + _BINARY_OP_ADD_UNICODE as one cell.
     */
    static final class FUSED_GUARD_BOTH_UNICODE__BINARY_OP_ADD_UNICODE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_UNICODE__BINARY_OP_ADD_UNICODE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BOTH_UNICODE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_UNICODE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_ADD_UNICODE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_UNICODE);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_ADD_UNICODE);
        }
    }

    /**
     * _GUARD_BOTH_UNICODE + _COMPARE_OP_STR as one cell.
     */
    static final class FUSED_GUARD_BOTH_UNICODE__COMPARE_OP_STR extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BOTH_UNICODE__COMPARE_OP_STR(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_BOTH_UNICODE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BOTH_UNICODE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._COMPARE_OP_STR(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BOTH_UNICODE);
            if (last >= 1) ctx.countUop(Uops._COMPARE_OP_STR);
        }
    }

    /**
     * _GUARD_BUILTINS_VERSION + _LOAD_GLOBAL_BUILTIN as one cell.
     */
    static final class FUSED_GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_BUILTINS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_BUILTINS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_GLOBAL_BUILTIN(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_BUILTINS_VERSION);
            if (last >= 1) ctx.countUop(Uops._LOAD_GLOBAL_BUILTIN);
        }
    }

    /**
     * _GUARD_CALLABLE_LEN + _CALL_LEN as one cell.
     */
    static final class FUSED_GUARD_CALLABLE_LEN__CALL_LEN extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_CALLABLE_LEN__CALL_LEN(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_CALLABLE_LEN, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_CALLABLE_LEN(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._CALL_LEN(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_CALLABLE_LEN);
            if (last >= 1) ctx.countUop(Uops._CALL_LEN);
        }
    }

    /**
     * _GUARD_CALLABLE_LIST_APPEND + _CALL_LIST_APPEND as one cell.
     */
    static final class FUSED_GUARD_CALLABLE_LIST_APPEND__CALL_LIST_APPEND extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_CALLABLE_LIST_APPEND__CALL_LIST_APPEND(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_CALLABLE_LIST_APPEND, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_CALLABLE_LIST_APPEND(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._CALL_LIST_APPEND(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_CALLABLE_LIST_APPEND);
            if (last >= 1) ctx.countUop(Uops._CALL_LIST_APPEND);
        }
    }

    /**
     * _GUARD_EXHAUSTED_LIST + _ITER_NEXT_LIST as one cell.
     */
    static final class FUSED_GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_EXHAUSTED_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_EXHAUSTED_LIST);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_LIST);
        }
    }

    /**
     * _GUARD_EXHAUSTED_RANGE + _ITER_NEXT_RANGE as one cell.
     */
    static final class FUSED_GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_EXHAUSTED_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_RANGE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_EXHAUSTED_RANGE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_RANGE);
        }
    }

    /**
     * _GUARD_EXHAUSTED_TUPLE + _ITER_NEXT_TUPLE as one cell.
     */
    static final class FUSED_GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_EXHAUSTED_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_EXHAUSTED_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_EXHAUSTED_TUPLE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_TUPLE);
        }
    }

    /**
     * _GUARD_GLOBALS_VERSION + _GUARD_BUILTINS_VERSION as one cell.
     */
    static final class FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_BUILTINS_VERSION(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_GLOBALS_VERSION);
            if (last >= 1) ctx.countUop(Uops._GUARD_BUILTINS_VERSION);
        }
    }

    /**
     * _GUARD_GLOBALS_VERSION + _GUARD_BUILTINS_VERSION + _LOAD_GLOBAL_BUILTIN as one cell.
     */
    static final class FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_GUARD_GLOBALS_VERSION__GUARD_BUILTINS_VERSION__LOAD_GLOBAL_BUILTIN(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_BUILTINS_VERSION(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._LOAD_GLOBAL_BUILTIN(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_GLOBALS_VERSION);
            if (last >= 1) ctx.countUop(Uops._GUARD_BUILTINS_VERSION);
            if (last >= 2) ctx.countUop(Uops._LOAD_GLOBAL_BUILTIN);
        }
    }

    /**
     * _GUARD_GLOBALS_VERSION + _LOAD_GLOBAL_BUILTIN as one cell.
     */
    static final class FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_BUILTIN extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_BUILTIN(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_GLOBAL_BUILTIN(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_GLOBALS_VERSION);
            if (last >= 1) ctx.countUop(Uops._LOAD_GLOBAL_BUILTIN);
        }
    }

    /**
     * _GUARD_GLOBALS_VERSION + _LOAD_GLOBAL_MODULE as one cell.
     */
    static final class FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_MODULE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_GLOBALS_VERSION__LOAD_GLOBAL_MODULE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_GLOBAL_MODULE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_GLOBALS_VERSION);
            if (last >= 1) ctx.countUop(Uops._LOAD_GLOBAL_MODULE);
        }
    }

    /**
     * _GUARD_GLOBALS_VERSION + _STORE_GLOBAL_MODULE as one cell.
     */
    static final class FUSED_GUARD_GLOBALS_VERSION__STORE_GLOBAL_MODULE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_GLOBALS_VERSION__STORE_GLOBAL_MODULE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_GLOBALS_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_GLOBALS_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._STORE_GLOBAL_MODULE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_GLOBALS_VERSION);
            if (last >= 1) ctx.countUop(Uops._STORE_GLOBAL_MODULE);
        }
    }

    /**
     * _GUARD_NOS_DICT + _BINARY_SUBSCR_DICT as one cell.
     */
    static final class FUSED_GUARD_NOS_DICT__BINARY_SUBSCR_DICT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_DICT__BINARY_SUBSCR_DICT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_DICT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_DICT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_DICT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_DICT);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_DICT);
        }
    }

    /**
     * _GUARD_NOS_DICT + _STORE_SUBSCR_DICT as one cell.
     */
    static final class FUSED_GUARD_NOS_DICT__STORE_SUBSCR_DICT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_DICT__STORE_SUBSCR_DICT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_DICT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_DICT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._STORE_SUBSCR_DICT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_DICT);
            if (last >= 1) ctx.countUop(Uops._STORE_SUBSCR_DICT);
        }
    }

    /**
     * _GUARD_NOS_INT + _BINARY_OP_ADD_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__BINARY_OP_ADD_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__BINARY_OP_ADD_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_ADD_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_ADD_INT);
        }
    }

    /**
     * _GUARD_NOS_INT + _BINARY_OP_FLOOR_DIVIDE_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__BINARY_OP_FLOOR_DIVIDE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__BINARY_OP_FLOOR_DIVIDE_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_FLOOR_DIVIDE_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_FLOOR_DIVIDE_INT);
        }
    }

    /**
     * _GUARD_NOS_INT + _BINARY_OP_MULTIPLY_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__BINARY_OP_MULTIPLY_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__BINARY_OP_MULTIPLY_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_MULTIPLY_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_MULTIPLY_INT);
        }
    }

    /**
     * _GUARD_NOS_INT + _BINARY_OP_REMAINDER_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__BINARY_OP_REMAINDER_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__BINARY_OP_REMAINDER_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_REMAINDER_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_REMAINDER_INT);
        }
    }

    /**
     * _GUARD_NOS_INT + _BINARY_OP_SUBTRACT_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__BINARY_OP_SUBTRACT_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__BINARY_OP_SUBTRACT_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_SUBTRACT_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_SUBTRACT_INT);
        }
    }

    /**
     * _GUARD_NOS_INT + _COMPARE_OP_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_INT__COMPARE_OP_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_INT__COMPARE_OP_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._COMPARE_OP_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_INT);
            if (last >= 1) ctx.countUop(Uops._COMPARE_OP_INT);
        }
    }

    /**
     * _GUARD_NOS_LIST + _BINARY_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_LIST__BINARY_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_LIST__BINARY_SUBSCR_LIST_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_LIST_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_LIST);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_NOS_LIST + _GUARD_TOS_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_LIST__GUARD_TOS_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_LIST__GUARD_TOS_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
        }
    }

    /**
     * _GUARD_NOS_LIST + _GUARD_TOS_INT + _BINARY_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT(int[] opargs, long[] operands,
                int at, int target, int successor) {
            super(Uops._GUARD_NOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._BINARY_SUBSCR_LIST_INT(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 2) ctx.countUop(Uops._BINARY_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_NOS_LIST + _GUARD_TOS_INT + _STORE_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__STORE_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_GUARD_NOS_LIST__GUARD_TOS_INT__STORE_SUBSCR_LIST_INT(int[] opargs, long[] operands,
                int at, int target, int successor) {
            super(Uops._GUARD_NOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._STORE_SUBSCR_LIST_INT(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 2) ctx.countUop(Uops._STORE_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_NOS_LIST + _STORE_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_LIST__STORE_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_LIST__STORE_SUBSCR_LIST_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._STORE_SUBSCR_LIST_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_LIST);
            if (last >= 1) ctx.countUop(Uops._STORE_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_NOS_STR + _BINARY_SUBSCR_STR_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_STR__BINARY_SUBSCR_STR_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_STR__BINARY_SUBSCR_STR_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_STR, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_STR(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_STR_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_STR);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_STR_INT);
        }
    }

    /**
     * _GUARD_NOS_STR + _GUARD_TOS_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_STR__GUARD_TOS_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_STR__GUARD_TOS_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_STR, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_STR(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_STR);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
        }
    }

    /**
     * _GUARD_NOS_STR + _GUARD_TOS_INT + _BINARY_SUBSCR_STR_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_STR__GUARD_TOS_INT__BINARY_SUBSCR_STR_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_GUARD_NOS_STR__GUARD_TOS_INT__BINARY_SUBSCR_STR_INT(int[] opargs, long[] operands,
                int at, int target, int successor) {
            super(Uops._GUARD_NOS_STR, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_STR(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._BINARY_SUBSCR_STR_INT(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_STR);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 2) ctx.countUop(Uops._BINARY_SUBSCR_STR_INT);
        }
    }

    /**
     * _GUARD_NOS_TUPLE + _BINARY_SUBSCR_TUPLE_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_TUPLE__BINARY_SUBSCR_TUPLE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_TUPLE__BINARY_SUBSCR_TUPLE_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOS_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_TUPLE_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_TUPLE);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_TUPLE_INT);
        }
    }

    /**
     * _GUARD_NOS_TUPLE + _GUARD_TOS_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_NOS_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
        }
    }

    /**
     * _GUARD_NOS_TUPLE + _GUARD_TOS_INT + _BINARY_SUBSCR_TUPLE_INT as one cell.
     */
    static final class FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_GUARD_NOS_TUPLE__GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT(int[] opargs, long[] operands,
                int at, int target, int successor) {
            super(Uops._GUARD_NOS_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOS_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_TOS_INT(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._BINARY_SUBSCR_TUPLE_INT(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOS_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 2) ctx.countUop(Uops._BINARY_SUBSCR_TUPLE_INT);
        }
    }

    /**
     * _GUARD_NOT_EXHAUSTED_LIST + _ITER_NEXT_LIST as one cell.
     */
    static final class FUSED_GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOT_EXHAUSTED_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_LIST);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_LIST);
        }
    }

    /**
     * _GUARD_NOT_EXHAUSTED_RANGE + _ITER_NEXT_RANGE as one cell.
     */
    static final class FUSED_GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOT_EXHAUSTED_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_RANGE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_RANGE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_RANGE);
        }
    }

    /**
     * _GUARD_NOT_EXHAUSTED_TUPLE + _ITER_NEXT_TUPLE as one cell.
     */
    static final class FUSED_GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_NOT_EXHAUSTED_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_NOT_EXHAUSTED_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_TUPLE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_TUPLE);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_OP_ADD_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_OP_ADD_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_OP_ADD_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_ADD_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_ADD_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_OP_FLOOR_DIVIDE_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_OP_FLOOR_DIVIDE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_OP_FLOOR_DIVIDE_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_FLOOR_DIVIDE_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_FLOOR_DIVIDE_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_OP_MULTIPLY_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_OP_MULTIPLY_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_OP_MULTIPLY_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_MULTIPLY_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_MULTIPLY_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_OP_REMAINDER_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_OP_REMAINDER_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_OP_REMAINDER_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_REMAINDER_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_REMAINDER_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_OP_SUBTRACT_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_OP_SUBTRACT_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_OP_SUBTRACT_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_OP_SUBTRACT_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_OP_SUBTRACT_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_SUBSCR_LIST_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_LIST_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_SUBSCR_STR_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_SUBSCR_STR_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_SUBSCR_STR_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_STR_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_STR_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _BINARY_SUBSCR_TUPLE_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__BINARY_SUBSCR_TUPLE_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._BINARY_SUBSCR_TUPLE_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._BINARY_SUBSCR_TUPLE_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _COMPARE_OP_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__COMPARE_OP_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__COMPARE_OP_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._COMPARE_OP_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._COMPARE_OP_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _STORE_SUBSCR_LIST_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__STORE_SUBSCR_LIST_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__STORE_SUBSCR_LIST_INT(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._STORE_SUBSCR_LIST_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._STORE_SUBSCR_LIST_INT);
        }
    }

    /**
     * _GUARD_TOS_INT + _TO_BOOL_INT as one cell.
     */
    static final class FUSED_GUARD_TOS_INT__TO_BOOL_INT extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_INT__TO_BOOL_INT(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_INT, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_INT(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._TO_BOOL_INT(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_INT);
            if (last >= 1) ctx.countUop(Uops._TO_BOOL_INT);
        }
    }

    /**
     * _GUARD_TOS_LIST + _TO_BOOL_LIST as one cell.
     */
    static final class FUSED_GUARD_TOS_LIST__TO_BOOL_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_LIST__TO_BOOL_LIST(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._TO_BOOL_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_LIST);
            if (last >= 1) ctx.countUop(Uops._TO_BOOL_LIST);
        }
    }

    /**
     * _GUARD_TOS_LIST + _UNPACK_SEQUENCE_LIST as one cell.
     */
    static final class FUSED_GUARD_TOS_LIST__UNPACK_SEQUENCE_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_LIST__UNPACK_SEQUENCE_LIST(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._UNPACK_SEQUENCE_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_LIST);
            if (last >= 1) ctx.countUop(Uops._UNPACK_SEQUENCE_LIST);
        }
    }

    /**
     * _GUARD_TOS_NONE + _TO_BOOL_NONE as one cell.
     */
    static final class FUSED_GUARD_TOS_NONE__TO_BOOL_NONE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_NONE__TO_BOOL_NONE(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_NONE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_NONE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._TO_BOOL_NONE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_NONE);
            if (last >= 1) ctx.countUop(Uops._TO_BOOL_NONE);
        }
    }

    /**
     * _GUARD_TOS_STR + _TO_BOOL_STR as one cell.
     */
    static final class FUSED_GUARD_TOS_STR__TO_BOOL_STR extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_STR__TO_BOOL_STR(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TOS_STR, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_STR(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._TO_BOOL_STR(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_STR);
            if (last >= 1) ctx.countUop(Uops._TO_BOOL_STR);
        }
    }

    /**
     * _GUARD_TOS_TUPLE + _UNPACK_SEQUENCE_TUPLE as one cell.
     */
    static final class FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._UNPACK_SEQUENCE_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_TUPLE);
            if (last >= 1) ctx.countUop(Uops._UNPACK_SEQUENCE_TUPLE);
        }
    }

    /**
     * _GUARD_TOS_TUPLE + _UNPACK_SEQUENCE_TWO_TUPLE as one cell.
     */
    static final class FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TWO_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TOS_TUPLE__UNPACK_SEQUENCE_TWO_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TOS_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TOS_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._UNPACK_SEQUENCE_TWO_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TOS_TUPLE);
            if (last >= 1) ctx.countUop(Uops._UNPACK_SEQUENCE_TWO_TUPLE);
        }
    }

    /**
     * _GUARD_TYPE_TAG + _LOAD_ATTR_METHOD as one cell.
     */
    static final class FUSED_GUARD_TYPE_TAG__LOAD_ATTR_METHOD extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TYPE_TAG__LOAD_ATTR_METHOD(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._GUARD_TYPE_TAG, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TYPE_TAG(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_ATTR_METHOD(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TYPE_TAG);
            if (last >= 1) ctx.countUop(Uops._LOAD_ATTR_METHOD);
        }
    }

    /**
     * _GUARD_TYPE_VERSION + _LOAD_ATTR_INSTANCE_VALUE as one cell.
     */
    static final class FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_INSTANCE_VALUE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_INSTANCE_VALUE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TYPE_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TYPE_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_ATTR_INSTANCE_VALUE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TYPE_VERSION);
            if (last >= 1) ctx.countUop(Uops._LOAD_ATTR_INSTANCE_VALUE);
        }
    }

    /**
     * _GUARD_TYPE_VERSION + _LOAD_ATTR_METHOD as one cell.
     */
    static final class FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_METHOD extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TYPE_VERSION__LOAD_ATTR_METHOD(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TYPE_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TYPE_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._LOAD_ATTR_METHOD(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TYPE_VERSION);
            if (last >= 1) ctx.countUop(Uops._LOAD_ATTR_METHOD);
        }
    }

    /**
     * _GUARD_TYPE_VERSION + _STORE_ATTR_INSTANCE_VALUE as one cell.
     */
    static final class FUSED_GUARD_TYPE_VERSION__STORE_ATTR_INSTANCE_VALUE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_GUARD_TYPE_VERSION__STORE_ATTR_INSTANCE_VALUE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._GUARD_TYPE_VERSION, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._GUARD_TYPE_VERSION(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._STORE_ATTR_INSTANCE_VALUE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._GUARD_TYPE_VERSION);
            if (last >= 1) ctx.countUop(Uops._STORE_ATTR_INSTANCE_VALUE);
        }
    }

    /**
     * _ITER_CHECK_LIST + _GUARD_EXHAUSTED_LIST as one cell.
     */
    static final class FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_LIST);
        }
    }

    /**
     * _ITER_CHECK_LIST + _GUARD_EXHAUSTED_LIST + _ITER_NEXT_LIST as one cell.
     */
    static final class FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_LIST__GUARD_EXHAUSTED_LIST__ITER_NEXT_LIST(int[] opargs, long[] operands,
                int at, int target, int successor) {
            super(Uops._ITER_CHECK_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_LIST(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_LIST(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_LIST);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_LIST);
        }
    }

    /**
     * _ITER_CHECK_LIST + _GUARD_NOT_EXHAUSTED_LIST as one cell.
     */
    static final class FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_LIST);
        }
    }

    /**
     * _ITER_CHECK_LIST + _GUARD_NOT_EXHAUSTED_LIST + _ITER_NEXT_LIST as one cell.
     */
    static final class FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_LIST__GUARD_NOT_EXHAUSTED_LIST__ITER_NEXT_LIST(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._ITER_CHECK_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_LIST(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_LIST(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_LIST);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_LIST);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_LIST);
        }
    }

    /**
     * _ITER_CHECK_LIST + _ITER_NEXT_LIST as one cell.
     */
    static final class FUSED_ITER_CHECK_LIST__ITER_NEXT_LIST extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_LIST__ITER_NEXT_LIST(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._ITER_CHECK_LIST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_LIST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_LIST(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_LIST);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_LIST);
        }
    }

    /**
     * _ITER_CHECK_RANGE + _GUARD_EXHAUSTED_RANGE as one cell.
     */
    static final class FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_RANGE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_RANGE);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_RANGE);
        }
    }

    /**
     * _ITER_CHECK_RANGE + _GUARD_EXHAUSTED_RANGE + _ITER_NEXT_RANGE as one cell.
     */
    static final class FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_RANGE__GUARD_EXHAUSTED_RANGE__ITER_NEXT_RANGE(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._ITER_CHECK_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_RANGE(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_RANGE(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_RANGE);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_RANGE);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_RANGE);
        }
    }

    /**
     * _ITER_CHECK_RANGE + _GUARD_NOT_EXHAUSTED_RANGE as one cell.
     */
    static final class FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_RANGE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_RANGE);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_RANGE);
        }
    }

    /**
     * _ITER_CHECK_RANGE + _GUARD_NOT_EXHAUSTED_RANGE + _ITER_NEXT_RANGE as one cell.
     */
    static final class FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_RANGE__GUARD_NOT_EXHAUSTED_RANGE__ITER_NEXT_RANGE(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._ITER_CHECK_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_RANGE(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_RANGE(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_RANGE);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_RANGE);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_RANGE);
        }
    }

    /**
     * _ITER_CHECK_RANGE + _ITER_NEXT_RANGE as one cell.
     */
    static final class FUSED_ITER_CHECK_RANGE__ITER_NEXT_RANGE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_RANGE__ITER_NEXT_RANGE(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._ITER_CHECK_RANGE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_RANGE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_RANGE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_RANGE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_RANGE);
        }
    }

    /**
     * _ITER_CHECK_TUPLE + _GUARD_EXHAUSTED_TUPLE as one cell.
     */
    static final class FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_TUPLE);
        }
    }

    /**
     * _ITER_CHECK_TUPLE + _GUARD_EXHAUSTED_TUPLE + _ITER_NEXT_TUPLE as one cell.
     */
    static final class FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_TUPLE__GUARD_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._ITER_CHECK_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_EXHAUSTED_TUPLE(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_TUPLE(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_EXHAUSTED_TUPLE);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_TUPLE);
        }
    }

    /**
     * _ITER_CHECK_TUPLE + _GUARD_NOT_EXHAUSTED_TUPLE as one cell.
     */
    static final class FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE(int[] opargs, long[] operands, int at,
                int target, int successor) {
            super(Uops._ITER_CHECK_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_TUPLE);
        }
    }

    /**
     * _ITER_CHECK_TUPLE + _GUARD_NOT_EXHAUSTED_TUPLE + _ITER_NEXT_TUPLE as one cell.
     */
    static final class FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        private final long oparg2;

        private final long operand2;

        FUSED_ITER_CHECK_TUPLE__GUARD_NOT_EXHAUSTED_TUPLE__ITER_NEXT_TUPLE(int[] opargs,
                long[] operands, int at, int target, int successor) {
            super(Uops._ITER_CHECK_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
            this.oparg2 = opargs[at + 2];
            this.operand2 = operands[at + 2];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._GUARD_NOT_EXHAUSTED_TUPLE(s, oparg1, operand1);
            if (status != UopInterpreter.NEXT) return status | 1 << PART_SHIFT;
            status = UopInterpreter._ITER_NEXT_TUPLE(s, oparg2, operand2);
            return status == UopInterpreter.NEXT ? status : status | 2 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 2 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_TUPLE);
            if (last >= 1) ctx.countUop(Uops._GUARD_NOT_EXHAUSTED_TUPLE);
            if (last >= 2) ctx.countUop(Uops._ITER_NEXT_TUPLE);
        }
    }

    /**
     * _ITER_CHECK_TUPLE + _ITER_NEXT_TUPLE as one cell.
     */
    static final class FUSED_ITER_CHECK_TUPLE__ITER_NEXT_TUPLE extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_ITER_CHECK_TUPLE__ITER_NEXT_TUPLE(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._ITER_CHECK_TUPLE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._ITER_CHECK_TUPLE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._ITER_NEXT_TUPLE(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._ITER_CHECK_TUPLE);
            if (last >= 1) ctx.countUop(Uops._ITER_NEXT_TUPLE);
        }
    }

    /**
     * _LOAD_CONST_INLINE + _POP_FRAME as one cell.
     */
    static final class FUSED_LOAD_CONST_INLINE__POP_FRAME extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_LOAD_CONST_INLINE__POP_FRAME(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops._LOAD_CONST_INLINE, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter._LOAD_CONST_INLINE(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._POP_FRAME(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops._LOAD_CONST_INLINE);
            if (last >= 1) ctx.countUop(Uops._POP_FRAME);
        }
    }

    /**
     * LOAD_CONST + _POP_FRAME as one cell.
     */
    static final class FUSED_LOAD_CONST__POP_FRAME extends UopCell {
        private final long oparg1;

        private final long operand1;

        FUSED_LOAD_CONST__POP_FRAME(int[] opargs, long[] operands, int at, int target,
                int successor) {
            super(Uops.LOAD_CONST, opargs[at], operands[at], target, successor);
            this.oparg1 = opargs[at + 1];
            this.operand1 = operands[at + 1];
        }

        @Override
        int execute(Registers s) {
            int status = UopInterpreter.LOAD_CONST(s, oparg, operand);
            if (status != UopInterpreter.NEXT) return status;
            status = UopInterpreter._POP_FRAME(s, oparg1, operand1);
            return status == UopInterpreter.NEXT ? status : status | 1 << PART_SHIFT;
        }

        @Override
        void countUops(UopContext ctx, int status) {
            int last = status == UopInterpreter.NEXT ? 1 : status >>> PART_SHIFT;
            ctx.countUop(Uops.LOAD_CONST);
            if (last >= 1) ctx.countUop(Uops._POP_FRAME);
        }
    }
}
