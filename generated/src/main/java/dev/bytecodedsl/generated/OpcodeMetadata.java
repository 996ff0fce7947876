// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import java.util.Arrays;

/**
 * Per-opcode metadata derived from bytecodes.def; tables are indexed by opcode.
 */
public final class OpcodeMetadata {
    /**
     * Ints per EXPANSION entry.
     */
    public static final int EXPANSION_ENTRY = 3;

    /**
     * {@link OpcodeFlags} bits per opcode.
     */
    public static final int[] FLAGS = new int[259];

    /**
     * Inline-cache code units that follow each instruction.
     */
    public static final int[] CACHE_SIZE = new int[256];

    /**
     * The generic instruction a specialized form falls back to (itself for generic ones).
     */
    public static final int[] DEOPT = new int[256];

    /**
     * Opcodes of the specialized forms of each family head; null for other opcodes.
     */
    public static final int[][] SPECIALIZATIONS = new int[256][];

    /**
     * How tier 2 sees each instruction: entries of EXPANSION_ENTRY ints (uop id, operand size in code units or 0, operand offset from the first cache unit); null when the instruction cannot be projected into a trace.
     */
    public static final int[][] EXPANSION = new int[256][];

    /**
     * For an instruction that may jump: EXPANSION with the jump taken (each jumping op's `taken` stand-in in place of its `replaces` one), after which execution continues at the next instruction + oparg; what a side trace starting at the instruction's branch exit runs. Null for other instructions.
     */
    public static final int[][] TAKEN_EXPANSION = new int[256][];

    /**
     * For an instruction that may jump: the offset from its first cache unit of the unit where tier 1 records the jump's recent directions (bit 0 the latest, 1 when it jumped), from which projection picks the direction a trace follows; -1 when it records none.
     */
    public static final int[] BRANCH_HISTORY = new int[256];

    /**
     * Opcodes a pseudo-instruction may become, indexed by opcode - Opcodes.FIRST_PSEUDO_OPCODE.
     */
    public static final int[][] PSEUDO_TARGETS = new int[3][];

    static {
        for (int opcode = 0; opcode < DEOPT.length; opcode++) DEOPT[opcode] = opcode;
        Arrays.fill(BRANCH_HISTORY, -1);
        FLAGS[Opcodes.BINARY_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.BINARY_OP] = 1;
        EXPANSION[Opcodes.BINARY_OP] = new int[] {Uops._BINARY_OP, 0, 0};
        FLAGS[Opcodes.BINARY_SLICE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.BINARY_SLICE] = new int[] {Uops.BINARY_SLICE, 0, 0};
        FLAGS[Opcodes.BINARY_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.BINARY_SUBSCR] = 1;
        EXPANSION[Opcodes.BINARY_SUBSCR] = new int[] {Uops._BINARY_SUBSCR, 0, 0};
        FLAGS[Opcodes.BUILD_LIST] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.BUILD_LIST] = new int[] {Uops.BUILD_LIST, 0, 0};
        FLAGS[Opcodes.BUILD_MAP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.BUILD_MAP] = new int[] {Uops.BUILD_MAP, 0, 0};
        FLAGS[Opcodes.BUILD_SLICE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.BUILD_SLICE] = new int[] {Uops.BUILD_SLICE, 0, 0};
        FLAGS[Opcodes.BUILD_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.BUILD_TUPLE] = new int[] {Uops.BUILD_TUPLE, 0, 0};
        FLAGS[Opcodes.CALL] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        CACHE_SIZE[Opcodes.CALL] = 3;
        EXPANSION[Opcodes.CALL] = new int[] {Uops._CALL, 0, 0};
        FLAGS[Opcodes.CALL_KW] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        EXPANSION[Opcodes.CALL_KW] = new int[] {Uops.CALL_KW, 0, 0};
        FLAGS[Opcodes.CHECK_EXC_MATCH] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.CHECK_EXC_MATCH] = new int[] {Uops.CHECK_EXC_MATCH, 0, 0};
        FLAGS[Opcodes.COMPARE_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.COMPARE_OP] = 1;
        EXPANSION[Opcodes.COMPARE_OP] = new int[] {Uops._COMPARE_OP, 0, 0};
        FLAGS[Opcodes.CONTAINS_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.CONTAINS_OP] = new int[] {Uops.CONTAINS_OP, 0, 0};
        FLAGS[Opcodes.COPY] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        EXPANSION[Opcodes.COPY] = new int[] {Uops.COPY, 0, 0};
        FLAGS[Opcodes.DELETE_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.DELETE_SUBSCR] = new int[] {Uops.DELETE_SUBSCR, 0, 0};
        FLAGS[Opcodes.END_FOR] = OpcodeFlags.PURE;
        EXPANSION[Opcodes.END_FOR] = new int[] {Uops.END_FOR, 0, 0};
        FLAGS[Opcodes.ENTER_EXECUTOR] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.ENTER_EXECUTOR] = 1;
        FLAGS[Opcodes.EXTENDED_ARG] = OpcodeFlags.HAS_ARG;
        FLAGS[Opcodes.FOR_ITER] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.FOR_ITER] = 1;
        EXPANSION[Opcodes.FOR_ITER] = new int[] {Uops._FOR_ITER_TIER_TWO, 0, 0};
        FLAGS[Opcodes.GET_ITER] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.GET_ITER] = new int[] {Uops.GET_ITER, 0, 0};
        FLAGS[Opcodes.IS_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        EXPANSION[Opcodes.IS_OP] = new int[] {Uops.IS_OP, 0, 0};
        FLAGS[Opcodes.JUMP_BACKWARD] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        CACHE_SIZE[Opcodes.JUMP_BACKWARD] = 1;
        FLAGS[Opcodes.JUMP_FORWARD] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        FLAGS[Opcodes.LIST_APPEND] = OpcodeFlags.HAS_ARG;
        EXPANSION[Opcodes.LIST_APPEND] = new int[] {Uops.LIST_APPEND, 0, 0};
        FLAGS[Opcodes.LOAD_ATTR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.LOAD_ATTR] = 8;
        EXPANSION[Opcodes.LOAD_ATTR] = new int[] {Uops._LOAD_ATTR, 0, 0};
        FLAGS[Opcodes.LOAD_BUILD_CLASS] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.LOAD_BUILD_CLASS] = new int[] {Uops.LOAD_BUILD_CLASS, 0, 0};
        FLAGS[Opcodes.LOAD_CONST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_CONST | OpcodeFlags.PURE;
        EXPANSION[Opcodes.LOAD_CONST] = new int[] {Uops.LOAD_CONST, 0, 0};
        FLAGS[Opcodes.LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        EXPANSION[Opcodes.LOAD_FAST] = new int[] {Uops._LOAD_FAST, 0, 0};
        FLAGS[Opcodes.LOAD_FAST_AND_CLEAR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.LOAD_FAST_AND_CLEAR] = new int[] {Uops.LOAD_FAST_AND_CLEAR, 0, 0};
        FLAGS[Opcodes.LOAD_FAST_CHECK] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.LOAD_FAST_CHECK] = new int[] {Uops.LOAD_FAST_CHECK, 0, 0};
        FLAGS[Opcodes.LOAD_FAST_LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL | OpcodeFlags.PURE;
        EXPANSION[Opcodes.LOAD_FAST_LOAD_FAST] = new int[] {Uops.LOAD_FAST_LOAD_FAST, 0, 0};
        FLAGS[Opcodes.LOAD_GLOBAL] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.LOAD_GLOBAL] = 4;
        EXPANSION[Opcodes.LOAD_GLOBAL] = new int[] {Uops._LOAD_GLOBAL, 0, 0};
        FLAGS[Opcodes.LOAD_NAME] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.LOAD_NAME] = new int[] {Uops.LOAD_NAME, 0, 0};
        FLAGS[Opcodes.MAKE_FUNCTION] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.MAKE_FUNCTION] = new int[] {Uops.MAKE_FUNCTION, 0, 0};
        EXPANSION[Opcodes.NOP] = new int[] {Uops.NOP, 0, 0};
        EXPANSION[Opcodes.POP_EXCEPT] = new int[] {Uops.POP_EXCEPT, 0, 0};
        FLAGS[Opcodes.POP_JUMP_IF_FALSE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        CACHE_SIZE[Opcodes.POP_JUMP_IF_FALSE] = 1;
        EXPANSION[Opcodes.POP_JUMP_IF_FALSE] = new int[] {Uops._GUARD_IS_TRUE_POP, 0, 0};
        TAKEN_EXPANSION[Opcodes.POP_JUMP_IF_FALSE] = new int[] {Uops._GUARD_IS_FALSE_POP, 0, 0};
        BRANCH_HISTORY[Opcodes.POP_JUMP_IF_FALSE] = 0;
        FLAGS[Opcodes.POP_JUMP_IF_NONE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        CACHE_SIZE[Opcodes.POP_JUMP_IF_NONE] = 1;
        FLAGS[Opcodes.POP_JUMP_IF_NOT_NONE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        CACHE_SIZE[Opcodes.POP_JUMP_IF_NOT_NONE] = 1;
        FLAGS[Opcodes.POP_JUMP_IF_TRUE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        CACHE_SIZE[Opcodes.POP_JUMP_IF_TRUE] = 1;
        EXPANSION[Opcodes.POP_JUMP_IF_TRUE] = new int[] {Uops._GUARD_IS_FALSE_POP, 0, 0};
        TAKEN_EXPANSION[Opcodes.POP_JUMP_IF_TRUE] = new int[] {Uops._GUARD_IS_TRUE_POP, 0, 0};
        BRANCH_HISTORY[Opcodes.POP_JUMP_IF_TRUE] = 0;
        FLAGS[Opcodes.POP_TOP] = OpcodeFlags.PURE;
        EXPANSION[Opcodes.POP_TOP] = new int[] {Uops.POP_TOP, 0, 0};
        EXPANSION[Opcodes.PUSH_EXC_INFO] = new int[] {Uops.PUSH_EXC_INFO, 0, 0};
        FLAGS[Opcodes.PUSH_NULL] = OpcodeFlags.PURE;
        EXPANSION[Opcodes.PUSH_NULL] = new int[] {Uops.PUSH_NULL, 0, 0};
        FLAGS[Opcodes.RAISE_VARARGS] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.RAISE_VARARGS] = new int[] {Uops.RAISE_VARARGS, 0, 0};
        FLAGS[Opcodes.RERAISE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.RERAISE] = new int[] {Uops.RERAISE, 0, 0};
        FLAGS[Opcodes.RESUME] = OpcodeFlags.HAS_ARG | OpcodeFlags.ESCAPES | OpcodeFlags.EVAL_BREAK;
        CACHE_SIZE[Opcodes.RESUME] = 1;
        EXPANSION[Opcodes.RESUME] = new int[] {Uops._RESUME_CHECK, 0, 0};
        FLAGS[Opcodes.RETURN_CONST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_CONST | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.RETURN_CONST] = new int[] {Uops.LOAD_CONST, 0, 0, Uops._POP_FRAME, 0, 0};
        FLAGS[Opcodes.RETURN_VALUE] = OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.RETURN_VALUE] = new int[] {Uops._POP_FRAME, 0, 0};
        FLAGS[Opcodes.STORE_ATTR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.STORE_ATTR] = 4;
        EXPANSION[Opcodes.STORE_ATTR] = new int[] {Uops._STORE_ATTR, 0, 0};
        FLAGS[Opcodes.STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.STORE_FAST] = new int[] {Uops._STORE_FAST, 0, 0};
        FLAGS[Opcodes.STORE_FAST_LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.STORE_FAST_LOAD_FAST] = new int[] {Uops.STORE_FAST_LOAD_FAST, 0, 0};
        FLAGS[Opcodes.STORE_FAST_STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.STORE_FAST_STORE_FAST] = new int[] {Uops.STORE_FAST_STORE_FAST, 0, 0};
        FLAGS[Opcodes.STORE_GLOBAL] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.STORE_GLOBAL] = 3;
        EXPANSION[Opcodes.STORE_GLOBAL] = new int[] {Uops._STORE_GLOBAL, 0, 0};
        FLAGS[Opcodes.STORE_NAME] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_NAME | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.STORE_NAME] = new int[] {Uops.STORE_NAME, 0, 0};
        FLAGS[Opcodes.STORE_SLICE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.STORE_SLICE] = new int[] {Uops.STORE_SLICE, 0, 0};
        FLAGS[Opcodes.STORE_SUBSCR] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.STORE_SUBSCR] = 1;
        EXPANSION[Opcodes.STORE_SUBSCR] = new int[] {Uops._STORE_SUBSCR, 0, 0};
        FLAGS[Opcodes.SWAP] = OpcodeFlags.HAS_ARG | OpcodeFlags.PURE;
        EXPANSION[Opcodes.SWAP] = new int[] {Uops.SWAP, 0, 0};
        FLAGS[Opcodes.TO_BOOL] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.TO_BOOL] = 1;
        EXPANSION[Opcodes.TO_BOOL] = new int[] {Uops._TO_BOOL, 0, 0};
        FLAGS[Opcodes.UNARY_INVERT] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.UNARY_INVERT] = new int[] {Uops.UNARY_INVERT, 0, 0};
        FLAGS[Opcodes.UNARY_NEGATIVE] = OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.UNARY_NEGATIVE] = new int[] {Uops.UNARY_NEGATIVE, 0, 0};
        FLAGS[Opcodes.UNARY_NOT] = OpcodeFlags.PURE;
        EXPANSION[Opcodes.UNARY_NOT] = new int[] {Uops.UNARY_NOT, 0, 0};
        FLAGS[Opcodes.UNPACK_SEQUENCE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.UNPACK_SEQUENCE] = 1;
        EXPANSION[Opcodes.UNPACK_SEQUENCE] = new int[] {Uops._UNPACK_SEQUENCE, 0, 0};
        FLAGS[Opcodes.BINARY_OP_ADD_FLOAT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_ADD_FLOAT] = 1;
        DEOPT[Opcodes.BINARY_OP_ADD_FLOAT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_ADD_FLOAT] = new int[] {Uops._GUARD_BOTH_FLOAT, 0, 0, Uops._BINARY_OP_ADD_FLOAT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_ADD_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_ADD_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_ADD_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_ADD_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_ADD_INT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_ADD_UNICODE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_ADD_UNICODE] = 1;
        DEOPT[Opcodes.BINARY_OP_ADD_UNICODE] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_ADD_UNICODE] = new int[] {Uops._GUARD_BOTH_UNICODE, 0, 0, Uops._BINARY_OP_ADD_UNICODE, 0, 0};
        FLAGS[Opcodes.BINARY_OP_MULTIPLY_FLOAT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_MULTIPLY_FLOAT] = 1;
        DEOPT[Opcodes.BINARY_OP_MULTIPLY_FLOAT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_MULTIPLY_FLOAT] = new int[] {Uops._GUARD_BOTH_FLOAT, 0, 0, Uops._BINARY_OP_MULTIPLY_FLOAT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_MULTIPLY_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_MULTIPLY_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_MULTIPLY_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_MULTIPLY_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_MULTIPLY_INT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_SUBTRACT_FLOAT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_SUBTRACT_FLOAT] = 1;
        DEOPT[Opcodes.BINARY_OP_SUBTRACT_FLOAT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_SUBTRACT_FLOAT] = new int[] {Uops._GUARD_BOTH_FLOAT, 0, 0, Uops._BINARY_OP_SUBTRACT_FLOAT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_SUBTRACT_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_SUBTRACT_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_SUBTRACT_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_SUBTRACT_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_SUBTRACT_INT, 0, 0};
        FLAGS[Opcodes.BINARY_SUBSCR_DICT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_SUBSCR_DICT] = 1;
        DEOPT[Opcodes.BINARY_SUBSCR_DICT] = Opcodes.BINARY_SUBSCR;
        EXPANSION[Opcodes.BINARY_SUBSCR_DICT] = new int[] {Uops._GUARD_NOS_DICT, 0, 0, Uops._BINARY_SUBSCR_DICT, 0, 0};
        FLAGS[Opcodes.BINARY_SUBSCR_LIST_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_SUBSCR_LIST_INT] = 1;
        DEOPT[Opcodes.BINARY_SUBSCR_LIST_INT] = Opcodes.BINARY_SUBSCR;
        EXPANSION[Opcodes.BINARY_SUBSCR_LIST_INT] = new int[] {Uops._GUARD_NOS_LIST, 0, 0, Uops._GUARD_TOS_INT, 0, 0, Uops._BINARY_SUBSCR_LIST_INT, 0, 0};
        FLAGS[Opcodes.BINARY_SUBSCR_STR_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_SUBSCR_STR_INT] = 1;
        DEOPT[Opcodes.BINARY_SUBSCR_STR_INT] = Opcodes.BINARY_SUBSCR;
        EXPANSION[Opcodes.BINARY_SUBSCR_STR_INT] = new int[] {Uops._GUARD_NOS_STR, 0, 0, Uops._GUARD_TOS_INT, 0, 0, Uops._BINARY_SUBSCR_STR_INT, 0, 0};
        FLAGS[Opcodes.BINARY_SUBSCR_TUPLE_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_SUBSCR_TUPLE_INT] = 1;
        DEOPT[Opcodes.BINARY_SUBSCR_TUPLE_INT] = Opcodes.BINARY_SUBSCR;
        EXPANSION[Opcodes.BINARY_SUBSCR_TUPLE_INT] = new int[] {Uops._GUARD_NOS_TUPLE, 0, 0, Uops._GUARD_TOS_INT, 0, 0, Uops._BINARY_SUBSCR_TUPLE_INT, 0, 0};
        FLAGS[Opcodes.CALL_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD | OpcodeFlags.EVAL_BREAK;
        CACHE_SIZE[Opcodes.CALL_BUILTIN] = 3;
        DEOPT[Opcodes.CALL_BUILTIN] = Opcodes.CALL;
        EXPANSION[Opcodes.CALL_BUILTIN] = new int[] {Uops._GUARD_CALLABLE_BUILTIN, 0, 0, Uops._CALL_BUILTIN, 0, 0};
        FLAGS[Opcodes.CALL_PY_EXACT_ARGS] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.CALL_PY_EXACT_ARGS] = 3;
        DEOPT[Opcodes.CALL_PY_EXACT_ARGS] = Opcodes.CALL;
        EXPANSION[Opcodes.CALL_PY_EXACT_ARGS] = new int[] {Uops._CHECK_FUNCTION_EXACT_ARGS, 2, 1, Uops._CHECK_STACK_SPACE, 0, 0, Uops._PUSH_FRAME, 0, 0};
        FLAGS[Opcodes.COMPARE_OP_FLOAT] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.COMPARE_OP_FLOAT] = 1;
        DEOPT[Opcodes.COMPARE_OP_FLOAT] = Opcodes.COMPARE_OP;
        EXPANSION[Opcodes.COMPARE_OP_FLOAT] = new int[] {Uops._GUARD_BOTH_FLOAT, 0, 0, Uops._COMPARE_OP_FLOAT, 0, 0};
        FLAGS[Opcodes.COMPARE_OP_INT] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.COMPARE_OP_INT] = 1;
        DEOPT[Opcodes.COMPARE_OP_INT] = Opcodes.COMPARE_OP;
        EXPANSION[Opcodes.COMPARE_OP_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._COMPARE_OP_INT, 0, 0};
        FLAGS[Opcodes.COMPARE_OP_STR] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.COMPARE_OP_STR] = 1;
        DEOPT[Opcodes.COMPARE_OP_STR] = Opcodes.COMPARE_OP;
        EXPANSION[Opcodes.COMPARE_OP_STR] = new int[] {Uops._GUARD_BOTH_UNICODE, 0, 0, Uops._COMPARE_OP_STR, 0, 0};
        FLAGS[Opcodes.FOR_ITER_LIST] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.FOR_ITER_LIST] = 1;
        DEOPT[Opcodes.FOR_ITER_LIST] = Opcodes.FOR_ITER;
        EXPANSION[Opcodes.FOR_ITER_LIST] = new int[] {Uops._ITER_CHECK_LIST, 0, 0, Uops._GUARD_NOT_EXHAUSTED_LIST, 0, 0, Uops._ITER_NEXT_LIST, 0, 0};
        TAKEN_EXPANSION[Opcodes.FOR_ITER_LIST] = new int[] {Uops._ITER_CHECK_LIST, 0, 0, Uops._GUARD_EXHAUSTED_LIST, 0, 0, Uops._ITER_NEXT_LIST, 0, 0};
        FLAGS[Opcodes.FOR_ITER_RANGE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.FOR_ITER_RANGE] = 1;
        DEOPT[Opcodes.FOR_ITER_RANGE] = Opcodes.FOR_ITER;
        EXPANSION[Opcodes.FOR_ITER_RANGE] = new int[] {Uops._ITER_CHECK_RANGE, 0, 0, Uops._GUARD_NOT_EXHAUSTED_RANGE, 0, 0, Uops._ITER_NEXT_RANGE, 0, 0};
        TAKEN_EXPANSION[Opcodes.FOR_ITER_RANGE] = new int[] {Uops._ITER_CHECK_RANGE, 0, 0, Uops._GUARD_EXHAUSTED_RANGE, 0, 0, Uops._ITER_NEXT_RANGE, 0, 0};
        FLAGS[Opcodes.FOR_ITER_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.FOR_ITER_TUPLE] = 1;
        DEOPT[Opcodes.FOR_ITER_TUPLE] = Opcodes.FOR_ITER;
        EXPANSION[Opcodes.FOR_ITER_TUPLE] = new int[] {Uops._ITER_CHECK_TUPLE, 0, 0, Uops._GUARD_NOT_EXHAUSTED_TUPLE, 0, 0, Uops._ITER_NEXT_TUPLE, 0, 0};
        TAKEN_EXPANSION[Opcodes.FOR_ITER_TUPLE] = new int[] {Uops._ITER_CHECK_TUPLE, 0, 0, Uops._GUARD_EXHAUSTED_TUPLE, 0, 0, Uops._ITER_NEXT_TUPLE, 0, 0};
        FLAGS[Opcodes.LOAD_ATTR_INSTANCE_VALUE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.LOAD_ATTR_INSTANCE_VALUE] = 8;
        DEOPT[Opcodes.LOAD_ATTR_INSTANCE_VALUE] = Opcodes.LOAD_ATTR;
        EXPANSION[Opcodes.LOAD_ATTR_INSTANCE_VALUE] = new int[] {Uops._GUARD_TYPE_VERSION, 2, 1, Uops._LOAD_ATTR_INSTANCE_VALUE, 1, 3};
        FLAGS[Opcodes.LOAD_ATTR_METHOD] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.LOAD_ATTR_METHOD] = 8;
        DEOPT[Opcodes.LOAD_ATTR_METHOD] = Opcodes.LOAD_ATTR;
        EXPANSION[Opcodes.LOAD_ATTR_METHOD] = new int[] {Uops._GUARD_TYPE_VERSION, 2, 1, Uops._LOAD_ATTR_METHOD, 4, 4};
        FLAGS[Opcodes.LOAD_GLOBAL_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.LOAD_GLOBAL_BUILTIN] = 4;
        DEOPT[Opcodes.LOAD_GLOBAL_BUILTIN] = Opcodes.LOAD_GLOBAL;
        EXPANSION[Opcodes.LOAD_GLOBAL_BUILTIN] = new int[] {Uops._GUARD_GLOBALS_VERSION, 1, 1, Uops._GUARD_BUILTINS_VERSION, 1, 2, Uops._LOAD_GLOBAL_BUILTIN, 1, 3};
        FLAGS[Opcodes.LOAD_GLOBAL_MODULE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.LOAD_GLOBAL_MODULE] = 4;
        DEOPT[Opcodes.LOAD_GLOBAL_MODULE] = Opcodes.LOAD_GLOBAL;
        EXPANSION[Opcodes.LOAD_GLOBAL_MODULE] = new int[] {Uops._GUARD_GLOBALS_VERSION, 1, 1, Uops._LOAD_GLOBAL_MODULE, 1, 3};
        FLAGS[Opcodes.STORE_ATTR_INSTANCE_VALUE] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.STORE_ATTR_INSTANCE_VALUE] = 4;
        DEOPT[Opcodes.STORE_ATTR_INSTANCE_VALUE] = Opcodes.STORE_ATTR;
        EXPANSION[Opcodes.STORE_ATTR_INSTANCE_VALUE] = new int[] {Uops._GUARD_TYPE_VERSION, 2, 1, Uops._STORE_ATTR_INSTANCE_VALUE, 1, 3};
        FLAGS[Opcodes.STORE_SUBSCR_DICT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.STORE_SUBSCR_DICT] = 1;
        DEOPT[Opcodes.STORE_SUBSCR_DICT] = Opcodes.STORE_SUBSCR;
        EXPANSION[Opcodes.STORE_SUBSCR_DICT] = new int[] {Uops._GUARD_NOS_DICT, 0, 0, Uops._STORE_SUBSCR_DICT, 0, 0};
        FLAGS[Opcodes.STORE_SUBSCR_LIST_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.STORE_SUBSCR_LIST_INT] = 1;
        DEOPT[Opcodes.STORE_SUBSCR_LIST_INT] = Opcodes.STORE_SUBSCR;
        EXPANSION[Opcodes.STORE_SUBSCR_LIST_INT] = new int[] {Uops._GUARD_NOS_LIST, 0, 0, Uops._GUARD_TOS_INT, 0, 0, Uops._STORE_SUBSCR_LIST_INT, 0, 0};
        FLAGS[Opcodes.TO_BOOL_BOOL] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.TO_BOOL_BOOL] = 1;
        DEOPT[Opcodes.TO_BOOL_BOOL] = Opcodes.TO_BOOL;
        EXPANSION[Opcodes.TO_BOOL_BOOL] = new int[] {Uops._GUARD_TOS_BOOL, 0, 0};
        FLAGS[Opcodes.TO_BOOL_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.TO_BOOL_INT] = 1;
        DEOPT[Opcodes.TO_BOOL_INT] = Opcodes.TO_BOOL;
        EXPANSION[Opcodes.TO_BOOL_INT] = new int[] {Uops._GUARD_TOS_INT, 0, 0, Uops._TO_BOOL_INT, 0, 0};
        FLAGS[Opcodes.TO_BOOL_LIST] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.TO_BOOL_LIST] = 1;
        DEOPT[Opcodes.TO_BOOL_LIST] = Opcodes.TO_BOOL;
        EXPANSION[Opcodes.TO_BOOL_LIST] = new int[] {Uops._GUARD_TOS_LIST, 0, 0, Uops._TO_BOOL_LIST, 0, 0};
        FLAGS[Opcodes.TO_BOOL_NONE] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.TO_BOOL_NONE] = 1;
        DEOPT[Opcodes.TO_BOOL_NONE] = Opcodes.TO_BOOL;
        EXPANSION[Opcodes.TO_BOOL_NONE] = new int[] {Uops._GUARD_TOS_NONE, 0, 0, Uops._TO_BOOL_NONE, 0, 0};
        FLAGS[Opcodes.TO_BOOL_STR] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.TO_BOOL_STR] = 1;
        DEOPT[Opcodes.TO_BOOL_STR] = Opcodes.TO_BOOL;
        EXPANSION[Opcodes.TO_BOOL_STR] = new int[] {Uops._GUARD_TOS_STR, 0, 0, Uops._TO_BOOL_STR, 0, 0};
        FLAGS[Opcodes.UNPACK_SEQUENCE_LIST] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.UNPACK_SEQUENCE_LIST] = 1;
        DEOPT[Opcodes.UNPACK_SEQUENCE_LIST] = Opcodes.UNPACK_SEQUENCE;
        EXPANSION[Opcodes.UNPACK_SEQUENCE_LIST] = new int[] {Uops._GUARD_TOS_LIST, 0, 0, Uops._UNPACK_SEQUENCE_LIST, 0, 0};
        FLAGS[Opcodes.UNPACK_SEQUENCE_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.UNPACK_SEQUENCE_TUPLE] = 1;
        DEOPT[Opcodes.UNPACK_SEQUENCE_TUPLE] = Opcodes.UNPACK_SEQUENCE;
        EXPANSION[Opcodes.UNPACK_SEQUENCE_TUPLE] = new int[] {Uops._GUARD_TOS_TUPLE, 0, 0, Uops._UNPACK_SEQUENCE_TUPLE, 0, 0};
        FLAGS[Opcodes.UNPACK_SEQUENCE_TWO_TUPLE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.UNPACK_SEQUENCE_TWO_TUPLE] = 1;
        DEOPT[Opcodes.UNPACK_SEQUENCE_TWO_TUPLE] = Opcodes.UNPACK_SEQUENCE;
        EXPANSION[Opcodes.UNPACK_SEQUENCE_TWO_TUPLE] = new int[] {Uops._GUARD_TOS_TUPLE, 0, 0, Uops._UNPACK_SEQUENCE_TWO_TUPLE, 0, 0};
        FLAGS[Opcodes.CALL_LIST_APPEND] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.CALL_LIST_APPEND] = 3;
        DEOPT[Opcodes.CALL_LIST_APPEND] = Opcodes.CALL;
        EXPANSION[Opcodes.CALL_LIST_APPEND] = new int[] {Uops._GUARD_CALLABLE_LIST_APPEND, 2, 1, Uops._CALL_LIST_APPEND, 0, 0};
        FLAGS[Opcodes.LOAD_ATTR_METHOD_BUILTIN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.LOAD_ATTR_METHOD_BUILTIN] = 8;
        DEOPT[Opcodes.LOAD_ATTR_METHOD_BUILTIN] = Opcodes.LOAD_ATTR;
        EXPANSION[Opcodes.LOAD_ATTR_METHOD_BUILTIN] = new int[] {Uops._GUARD_TYPE_TAG, 1, 1, Uops._LOAD_ATTR_METHOD, 4, 4};
        FLAGS[Opcodes.BINARY_OP_FLOOR_DIVIDE_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_FLOOR_DIVIDE_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_FLOOR_DIVIDE_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_FLOOR_DIVIDE_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_FLOOR_DIVIDE_INT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_REMAINDER_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_REMAINDER_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_REMAINDER_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_REMAINDER_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_REMAINDER_INT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER] = OpcodeFlags.MAY_EXIT | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER] = 1;
        DEOPT[Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER] = new int[] {Uops._GUARD_BOTH_NUMBER, 0, 0, Uops._BINARY_OP_TRUE_DIVIDE_NUMBER, 0, 0};
        FLAGS[Opcodes.STORE_GLOBAL_MODULE] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.STORE_GLOBAL_MODULE] = 3;
        DEOPT[Opcodes.STORE_GLOBAL_MODULE] = Opcodes.STORE_GLOBAL;
        EXPANSION[Opcodes.STORE_GLOBAL_MODULE] = new int[] {Uops._GUARD_GLOBALS_VERSION, 1, 1, Uops._STORE_GLOBAL_MODULE, 1, 2};
        FLAGS[Opcodes.CALL_LEN] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.CALL_LEN] = 3;
        DEOPT[Opcodes.CALL_LEN] = Opcodes.CALL;
        EXPANSION[Opcodes.CALL_LEN] = new int[] {Uops._GUARD_CALLABLE_LEN, 2, 1, Uops._CALL_LEN, 0, 0};
        SPECIALIZATIONS[Opcodes.BINARY_OP] = new int[] {Opcodes.BINARY_OP_ADD_INT, Opcodes.BINARY_OP_SUBTRACT_INT, Opcodes.BINARY_OP_MULTIPLY_INT, Opcodes.BINARY_OP_REMAINDER_INT, Opcodes.BINARY_OP_FLOOR_DIVIDE_INT, Opcodes.BINARY_OP_ADD_FLOAT, Opcodes.BINARY_OP_SUBTRACT_FLOAT, Opcodes.BINARY_OP_MULTIPLY_FLOAT, Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER, Opcodes.BINARY_OP_ADD_UNICODE};
        SPECIALIZATIONS[Opcodes.BINARY_SUBSCR] = new int[] {Opcodes.BINARY_SUBSCR_DICT, Opcodes.BINARY_SUBSCR_LIST_INT, Opcodes.BINARY_SUBSCR_STR_INT, Opcodes.BINARY_SUBSCR_TUPLE_INT};
        SPECIALIZATIONS[Opcodes.CALL] = new int[] {Opcodes.CALL_BUILTIN, Opcodes.CALL_PY_EXACT_ARGS, Opcodes.CALL_LIST_APPEND, Opcodes.CALL_LEN};
        SPECIALIZATIONS[Opcodes.COMPARE_OP] = new int[] {Opcodes.COMPARE_OP_FLOAT, Opcodes.COMPARE_OP_INT, Opcodes.COMPARE_OP_STR};
        SPECIALIZATIONS[Opcodes.FOR_ITER] = new int[] {Opcodes.FOR_ITER_LIST, Opcodes.FOR_ITER_RANGE, Opcodes.FOR_ITER_TUPLE};
        SPECIALIZATIONS[Opcodes.LOAD_ATTR] = new int[] {Opcodes.LOAD_ATTR_INSTANCE_VALUE, Opcodes.LOAD_ATTR_METHOD, Opcodes.LOAD_ATTR_METHOD_BUILTIN};
        SPECIALIZATIONS[Opcodes.LOAD_GLOBAL] = new int[] {Opcodes.LOAD_GLOBAL_BUILTIN, Opcodes.LOAD_GLOBAL_MODULE};
        SPECIALIZATIONS[Opcodes.STORE_ATTR] = new int[] {Opcodes.STORE_ATTR_INSTANCE_VALUE};
        SPECIALIZATIONS[Opcodes.STORE_GLOBAL] = new int[] {Opcodes.STORE_GLOBAL_MODULE};
        SPECIALIZATIONS[Opcodes.STORE_SUBSCR] = new int[] {Opcodes.STORE_SUBSCR_DICT, Opcodes.STORE_SUBSCR_LIST_INT};
        SPECIALIZATIONS[Opcodes.TO_BOOL] = new int[] {Opcodes.TO_BOOL_BOOL, Opcodes.TO_BOOL_INT, Opcodes.TO_BOOL_NONE, Opcodes.TO_BOOL_LIST, Opcodes.TO_BOOL_STR};
        SPECIALIZATIONS[Opcodes.UNPACK_SEQUENCE] = new int[] {Opcodes.UNPACK_SEQUENCE_LIST, Opcodes.UNPACK_SEQUENCE_TUPLE, Opcodes.UNPACK_SEQUENCE_TWO_TUPLE};
        FLAGS[Opcodes.JUMP] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        PSEUDO_TARGETS[Opcodes.JUMP - Opcodes.FIRST_PSEUDO_OPCODE] = new int[] {Opcodes.JUMP_FORWARD, Opcodes.JUMP_BACKWARD};
        PSEUDO_TARGETS[Opcodes.POP_BLOCK - Opcodes.FIRST_PSEUDO_OPCODE] = new int[] {Opcodes.NOP};
        FLAGS[Opcodes.SETUP_FINALLY] = OpcodeFlags.HAS_ARG;
        PSEUDO_TARGETS[Opcodes.SETUP_FINALLY - Opcodes.FIRST_PSEUDO_OPCODE] = new int[] {Opcodes.NOP};
    }

    private OpcodeMetadata() {
    }

    /**
     * Whether {@code opcode} is a specialized form (a family member), which deoptimizes to its family head.
     */
    public static boolean isSpecialized(int opcode) {
        return opcode >= 0 && opcode < DEOPT.length && DEOPT[opcode] != opcode;
    }

    /**
     * Stack slots the instruction pops.
     */
    public static int popped(int opcode, int oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP, Opcodes.BINARY_SUBSCR, Opcodes.CHECK_EXC_MATCH,
                    Opcodes.COMPARE_OP, Opcodes.CONTAINS_OP, Opcodes.DELETE_SUBSCR, Opcodes.END_FOR,
                    Opcodes.IS_OP, Opcodes.STORE_ATTR, Opcodes.STORE_FAST_STORE_FAST,
                    Opcodes.BINARY_OP_ADD_FLOAT, Opcodes.BINARY_OP_ADD_INT,
                    Opcodes.BINARY_OP_ADD_UNICODE, Opcodes.BINARY_OP_MULTIPLY_FLOAT,
                    Opcodes.BINARY_OP_MULTIPLY_INT, Opcodes.BINARY_OP_SUBTRACT_FLOAT,
                    Opcodes.BINARY_OP_SUBTRACT_INT, Opcodes.BINARY_SUBSCR_DICT,
                    Opcodes.BINARY_SUBSCR_LIST_INT, Opcodes.BINARY_SUBSCR_STR_INT,
                    Opcodes.BINARY_SUBSCR_TUPLE_INT, Opcodes.COMPARE_OP_FLOAT,
                    Opcodes.COMPARE_OP_INT, Opcodes.COMPARE_OP_STR,
                    Opcodes.STORE_ATTR_INSTANCE_VALUE, Opcodes.BINARY_OP_FLOOR_DIVIDE_INT,
                    Opcodes.BINARY_OP_REMAINDER_INT, Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER -> 2;
            case Opcodes.BINARY_SLICE, Opcodes.STORE_SUBSCR, Opcodes.STORE_SUBSCR_DICT,
                    Opcodes.STORE_SUBSCR_LIST_INT -> 3;
            case Opcodes.BUILD_LIST, Opcodes.BUILD_TUPLE, Opcodes.RAISE_VARARGS -> (int) ((oparg));
            case Opcodes.BUILD_MAP -> (int) ((oparg * 2L));
            case Opcodes.BUILD_SLICE -> (int) (2L + ((oparg == 3L) ? 1L : 0L));
            case Opcodes.CALL, Opcodes.CALL_BUILTIN, Opcodes.CALL_PY_EXACT_ARGS,
                    Opcodes.CALL_LIST_APPEND, Opcodes.CALL_LEN -> (int) (2L + (oparg));
            case Opcodes.CALL_KW -> (int) (3L + (oparg));
            case Opcodes.COPY -> (int) (1L + (oparg - 1L));
            case Opcodes.ENTER_EXECUTOR, Opcodes.EXTENDED_ARG, Opcodes.JUMP_BACKWARD,
                    Opcodes.JUMP_FORWARD, Opcodes.LOAD_BUILD_CLASS, Opcodes.LOAD_CONST,
                    Opcodes.LOAD_FAST, Opcodes.LOAD_FAST_AND_CLEAR, Opcodes.LOAD_FAST_CHECK,
                    Opcodes.LOAD_FAST_LOAD_FAST, Opcodes.LOAD_GLOBAL, Opcodes.LOAD_NAME,
                    Opcodes.NOP, Opcodes.PUSH_NULL, Opcodes.RESUME, Opcodes.RETURN_CONST,
                    Opcodes.LOAD_GLOBAL_BUILTIN, Opcodes.LOAD_GLOBAL_MODULE, Opcodes.JUMP,
                    Opcodes.POP_BLOCK, Opcodes.SETUP_FINALLY -> 0;
            case Opcodes.FOR_ITER, Opcodes.GET_ITER, Opcodes.LOAD_ATTR, Opcodes.POP_EXCEPT,
                    Opcodes.POP_JUMP_IF_FALSE, Opcodes.POP_JUMP_IF_NONE,
                    Opcodes.POP_JUMP_IF_NOT_NONE, Opcodes.POP_JUMP_IF_TRUE, Opcodes.POP_TOP,
                    Opcodes.PUSH_EXC_INFO, Opcodes.RERAISE, Opcodes.RETURN_VALUE,
                    Opcodes.STORE_FAST, Opcodes.STORE_FAST_LOAD_FAST, Opcodes.STORE_GLOBAL,
                    Opcodes.STORE_NAME, Opcodes.TO_BOOL, Opcodes.UNARY_INVERT,
                    Opcodes.UNARY_NEGATIVE, Opcodes.UNARY_NOT, Opcodes.UNPACK_SEQUENCE,
                    Opcodes.FOR_ITER_LIST, Opcodes.FOR_ITER_RANGE, Opcodes.FOR_ITER_TUPLE,
                    Opcodes.LOAD_ATTR_INSTANCE_VALUE, Opcodes.LOAD_ATTR_METHOD,
                    Opcodes.TO_BOOL_BOOL, Opcodes.TO_BOOL_INT, Opcodes.TO_BOOL_LIST,
                    Opcodes.TO_BOOL_NONE, Opcodes.TO_BOOL_STR, Opcodes.UNPACK_SEQUENCE_LIST,
                    Opcodes.UNPACK_SEQUENCE_TUPLE, Opcodes.UNPACK_SEQUENCE_TWO_TUPLE,
                    Opcodes.LOAD_ATTR_METHOD_BUILTIN, Opcodes.STORE_GLOBAL_MODULE -> 1;
            case Opcodes.LIST_APPEND -> (int) (2L + (oparg - 1L));
            case Opcodes.MAKE_FUNCTION -> (int) (1L + (((oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0L) ? 1L : 0L));
            case Opcodes.STORE_SLICE -> 4;
            case Opcodes.SWAP -> (int) (2L + (oparg - 2L));
            default -> throw new IllegalArgumentException("no stack effect for " + opcode);
        };
    }

    /**
     * Stack slots the instruction pushes.
     */
    public static int pushed(int opcode, int oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP, Opcodes.BINARY_SLICE, Opcodes.BINARY_SUBSCR, Opcodes.BUILD_LIST,
                    Opcodes.BUILD_MAP, Opcodes.BUILD_SLICE, Opcodes.BUILD_TUPLE, Opcodes.CALL,
                    Opcodes.CALL_KW, Opcodes.COMPARE_OP, Opcodes.CONTAINS_OP, Opcodes.GET_ITER,
                    Opcodes.IS_OP, Opcodes.LOAD_BUILD_CLASS, Opcodes.LOAD_CONST, Opcodes.LOAD_FAST,
                    Opcodes.LOAD_FAST_AND_CLEAR, Opcodes.LOAD_FAST_CHECK, Opcodes.LOAD_NAME,
                    Opcodes.MAKE_FUNCTION, Opcodes.PUSH_NULL, Opcodes.STORE_FAST_LOAD_FAST,
                    Opcodes.TO_BOOL, Opcodes.UNARY_INVERT, Opcodes.UNARY_NEGATIVE,
                    Opcodes.UNARY_NOT, Opcodes.BINARY_OP_ADD_FLOAT, Opcodes.BINARY_OP_ADD_INT,
                    Opcodes.BINARY_OP_ADD_UNICODE, Opcodes.BINARY_OP_MULTIPLY_FLOAT,
                    Opcodes.BINARY_OP_MULTIPLY_INT, Opcodes.BINARY_OP_SUBTRACT_FLOAT,
                    Opcodes.BINARY_OP_SUBTRACT_INT, Opcodes.BINARY_SUBSCR_DICT,
                    Opcodes.BINARY_SUBSCR_LIST_INT, Opcodes.BINARY_SUBSCR_STR_INT,
                    Opcodes.BINARY_SUBSCR_TUPLE_INT, Opcodes.CALL_BUILTIN,
                    Opcodes.CALL_PY_EXACT_ARGS, Opcodes.COMPARE_OP_FLOAT, Opcodes.COMPARE_OP_INT,
                    Opcodes.COMPARE_OP_STR, Opcodes.TO_BOOL_BOOL, Opcodes.TO_BOOL_INT,
                    Opcodes.TO_BOOL_LIST, Opcodes.TO_BOOL_NONE, Opcodes.TO_BOOL_STR,
                    Opcodes.CALL_LIST_APPEND, Opcodes.BINARY_OP_FLOOR_DIVIDE_INT,
                    Opcodes.BINARY_OP_REMAINDER_INT, Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER,
                    Opcodes.CALL_LEN, Opcodes.SETUP_FINALLY -> 1;
            case Opcodes.CHECK_EXC_MATCH, Opcodes.FOR_ITER, Opcodes.LOAD_FAST_LOAD_FAST,
                    Opcodes.PUSH_EXC_INFO, Opcodes.FOR_ITER_LIST, Opcodes.FOR_ITER_RANGE,
                    Opcodes.FOR_ITER_TUPLE -> 2;
            case Opcodes.COPY -> (int) (2L + (oparg - 1L));
            case Opcodes.DELETE_SUBSCR, Opcodes.END_FOR, Opcodes.ENTER_EXECUTOR,
                    Opcodes.EXTENDED_ARG, Opcodes.JUMP_BACKWARD, Opcodes.JUMP_FORWARD, Opcodes.NOP,
                    Opcodes.POP_EXCEPT, Opcodes.POP_JUMP_IF_FALSE, Opcodes.POP_JUMP_IF_NONE,
                    Opcodes.POP_JUMP_IF_NOT_NONE, Opcodes.POP_JUMP_IF_TRUE, Opcodes.POP_TOP,
                    Opcodes.RAISE_VARARGS, Opcodes.RERAISE, Opcodes.RESUME, Opcodes.RETURN_CONST,
                    Opcodes.RETURN_VALUE, Opcodes.STORE_ATTR, Opcodes.STORE_FAST,
                    Opcodes.STORE_FAST_STORE_FAST, Opcodes.STORE_GLOBAL, Opcodes.STORE_NAME,
                    Opcodes.STORE_SLICE, Opcodes.STORE_SUBSCR, Opcodes.STORE_ATTR_INSTANCE_VALUE,
                    Opcodes.STORE_SUBSCR_DICT, Opcodes.STORE_SUBSCR_LIST_INT,
                    Opcodes.STORE_GLOBAL_MODULE, Opcodes.JUMP, Opcodes.POP_BLOCK -> 0;
            case Opcodes.LIST_APPEND -> (int) (1L + (oparg - 1L));
            case Opcodes.LOAD_ATTR, Opcodes.LOAD_ATTR_INSTANCE_VALUE, Opcodes.LOAD_ATTR_METHOD,
                    Opcodes.LOAD_ATTR_METHOD_BUILTIN -> (int) (1L + (((oparg & DslConstants.METHOD_FLAG) != 0L) ? 1L : 0L));
            case Opcodes.LOAD_GLOBAL, Opcodes.LOAD_GLOBAL_BUILTIN,
                    Opcodes.LOAD_GLOBAL_MODULE -> (int) (1L + (((oparg & DslConstants.PUSH_NULL_FLAG) != 0L) ? 1L : 0L));
            case Opcodes.SWAP -> (int) (2L + (oparg - 2L));
            case Opcodes.UNPACK_SEQUENCE, Opcodes.UNPACK_SEQUENCE_LIST,
                    Opcodes.UNPACK_SEQUENCE_TUPLE,
                    Opcodes.UNPACK_SEQUENCE_TWO_TUPLE -> (int) ((oparg));
            default -> throw new IllegalArgumentException("no stack effect for " + opcode);
        };
    }
}
