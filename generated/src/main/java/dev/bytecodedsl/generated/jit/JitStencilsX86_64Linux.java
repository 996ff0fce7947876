// Generated from bytecodes.def by the cases generator (stencils). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.kit.jit.HoleKind;
import dev.bytecodedsl.kit.jit.HoleValue;
import dev.bytecodedsl.kit.jit.Stencil;
import dev.bytecodedsl.kit.jit.StencilTable;
import java.util.HexFormat;

/**
 * Copy-and-patch stencils for x86_64-unknown-linux-gnu (ELF object files), built with clang 19.
 * One stencil per tier-2 uop, the shim and the loop counter; see docs/jit-abi.md for how to copy and patch them.
 */
public final class JitStencilsX86_64Linux {
    /**
     * The clang target triple.
     */
    public static final String TARGET = "x86_64-unknown-linux-gnu";

    /**
     * The clang major version that compiled the stencils (the pinned one).
     */
    public static final String CLANG_VERSION = "19";

    /**
     * This table as the runtime kit's JIT reads it.
     */
    public static final StencilTable TABLE = StencilTable.of(TARGET, JitStencilsX86_64Linux::shim, JitStencilsX86_64Linux::loopCounter, JitStencilsX86_64Linux::stencil, JitStencilsX86_64Linux::disassembly);

    private static final Stencil[] CACHE = new Stencil[Uops.LIMIT];

    /**
     * <pre>
     * &lt;_JIT_SHIM&gt;:
     *  41 57                                  pushq %r15
     *  41 56                                  pushq %r14
     *  41 55                                  pushq %r13
     *  41 54                                  pushq %r12
     *  53                                     pushq %rbx
     *  49 89 f4                               movq %rsi, %r12
     *  49 89 d5                               movq %rdx, %r13
     *  49 89 ce                               movq %rcx, %r14
     *  ff d7                                  callq *%rdi
     *  5b                                     popq %rbx
     *  41 5c                                  popq %r12
     *  41 5d                                  popq %r13
     *  41 5e                                  popq %r14
     *  41 5f                                  popq %r15
     *  c3                                     retq
     * </pre>
     */
    private static final Stencil SHIM = new Stencil(
            hex("4157415641554154534989f44989d54989ceffd75b415c415d415e415fc3"),
            new Hole[0],
            hex(""),
            new Hole[0]);

    /**
     * <pre>
     * &lt;_JIT_ENTRY&gt;:
     *  49 ff 46 30                            incq 0x30(%r14)
     *  e9 00 00 00 00                         jmp 0x9 &lt;_JIT_ENTRY+0x9&gt;
     *   R_X86_64_PLT32 _JIT_CONTINUE-0x4
     * </pre>
     */
    private static final Stencil LOOP_COUNTER = new Stencil(
            hex("49ff4630"),
            new Hole[0],
            hex(""),
            new Hole[0]);

    private JitStencilsX86_64Linux() {
    }

    /**
     * The shim: {@code int64_t _JIT_SHIM(void *entry, Value *locals, Value *sp, JitState *state)}.
     */
    public static Stencil shim() {
        return SHIM;
    }

    /**
     * The loop counter: {@code state->loop_closes++}, then falls through (statistics only).
     */
    public static Stencil loopCounter() {
        return LOOP_COUNTER;
    }

    /**
     * The stencil of a uop (a {@code Uops} number); every tier-2 uop has one.
     */
    public static Stencil stencil(int uop) {
        if (uop < 0 || uop >= CACHE.length) {
            throw new IllegalArgumentException("invalid uop " + uop);
        }
        Stencil cached = CACHE[uop];
        if (cached != null) {
            return cached;
        }
        Stencil stencil = switch (uop) {
            case Uops.BINARY_SLICE -> BINARY_SLICE();
            case Uops.BUILD_LIST -> BUILD_LIST();
            case Uops.BUILD_MAP -> BUILD_MAP();
            case Uops.BUILD_SLICE -> BUILD_SLICE();
            case Uops.BUILD_TUPLE -> BUILD_TUPLE();
            case Uops.CALL_KW -> CALL_KW();
            case Uops.CHECK_EXC_MATCH -> CHECK_EXC_MATCH();
            case Uops.CONTAINS_OP -> CONTAINS_OP();
            case Uops.COPY -> COPY();
            case Uops.DELETE_SUBSCR -> DELETE_SUBSCR();
            case Uops.END_FOR -> END_FOR();
            case Uops.GET_ITER -> GET_ITER();
            case Uops.IS_OP -> IS_OP();
            case Uops.LIST_APPEND -> LIST_APPEND();
            case Uops.LOAD_BUILD_CLASS -> LOAD_BUILD_CLASS();
            case Uops.LOAD_CONST -> LOAD_CONST();
            case Uops.LOAD_FAST_AND_CLEAR -> LOAD_FAST_AND_CLEAR();
            case Uops.LOAD_FAST_CHECK -> LOAD_FAST_CHECK();
            case Uops.LOAD_FAST_LOAD_FAST -> LOAD_FAST_LOAD_FAST();
            case Uops.LOAD_NAME -> LOAD_NAME();
            case Uops.MAKE_FUNCTION -> MAKE_FUNCTION();
            case Uops.NOP -> NOP();
            case Uops.POP_EXCEPT -> POP_EXCEPT();
            case Uops.POP_TOP -> POP_TOP();
            case Uops.PUSH_EXC_INFO -> PUSH_EXC_INFO();
            case Uops.PUSH_NULL -> PUSH_NULL();
            case Uops.RAISE_VARARGS -> RAISE_VARARGS();
            case Uops.RERAISE -> RERAISE();
            case Uops.STORE_FAST_LOAD_FAST -> STORE_FAST_LOAD_FAST();
            case Uops.STORE_FAST_STORE_FAST -> STORE_FAST_STORE_FAST();
            case Uops.STORE_NAME -> STORE_NAME();
            case Uops.STORE_SLICE -> STORE_SLICE();
            case Uops.SWAP -> SWAP();
            case Uops.UNARY_INVERT -> UNARY_INVERT();
            case Uops.UNARY_NEGATIVE -> UNARY_NEGATIVE();
            case Uops.UNARY_NOT -> UNARY_NOT();
            case Uops._BINARY_OP -> _BINARY_OP();
            case Uops._BINARY_OP_ADD_FLOAT -> _BINARY_OP_ADD_FLOAT();
            case Uops._BINARY_OP_ADD_INT -> _BINARY_OP_ADD_INT();
            case Uops._BINARY_OP_ADD_UNICODE -> _BINARY_OP_ADD_UNICODE();
            case Uops._BINARY_OP_MULTIPLY_FLOAT -> _BINARY_OP_MULTIPLY_FLOAT();
            case Uops._BINARY_OP_MULTIPLY_INT -> _BINARY_OP_MULTIPLY_INT();
            case Uops._BINARY_OP_SUBTRACT_FLOAT -> _BINARY_OP_SUBTRACT_FLOAT();
            case Uops._BINARY_OP_SUBTRACT_INT -> _BINARY_OP_SUBTRACT_INT();
            case Uops._BINARY_SUBSCR -> _BINARY_SUBSCR();
            case Uops._BINARY_SUBSCR_DICT -> _BINARY_SUBSCR_DICT();
            case Uops._BINARY_SUBSCR_LIST_INT -> _BINARY_SUBSCR_LIST_INT();
            case Uops._BINARY_SUBSCR_STR_INT -> _BINARY_SUBSCR_STR_INT();
            case Uops._BINARY_SUBSCR_TUPLE_INT -> _BINARY_SUBSCR_TUPLE_INT();
            case Uops._CALL -> _CALL();
            case Uops._CALL_BUILTIN -> _CALL_BUILTIN();
            case Uops._CHECK_FUNCTION_EXACT_ARGS -> _CHECK_FUNCTION_EXACT_ARGS();
            case Uops._CHECK_PERIODIC -> _CHECK_PERIODIC();
            case Uops._CHECK_STACK_SPACE -> _CHECK_STACK_SPACE();
            case Uops._CHECK_VALIDITY -> _CHECK_VALIDITY();
            case Uops._COMPARE_OP -> _COMPARE_OP();
            case Uops._COMPARE_OP_FLOAT -> _COMPARE_OP_FLOAT();
            case Uops._COMPARE_OP_INT -> _COMPARE_OP_INT();
            case Uops._COMPARE_OP_STR -> _COMPARE_OP_STR();
            case Uops._EXIT_TRACE -> _EXIT_TRACE();
            case Uops._FOR_ITER_TIER_TWO -> _FOR_ITER_TIER_TWO();
            case Uops._GUARD_BOTH_FLOAT -> _GUARD_BOTH_FLOAT();
            case Uops._GUARD_BOTH_INT -> _GUARD_BOTH_INT();
            case Uops._GUARD_BOTH_UNICODE -> _GUARD_BOTH_UNICODE();
            case Uops._GUARD_BUILTINS_VERSION -> _GUARD_BUILTINS_VERSION();
            case Uops._GUARD_CALLABLE_BUILTIN -> _GUARD_CALLABLE_BUILTIN();
            case Uops._GUARD_EXHAUSTED_LIST -> _GUARD_EXHAUSTED_LIST();
            case Uops._GUARD_EXHAUSTED_RANGE -> _GUARD_EXHAUSTED_RANGE();
            case Uops._GUARD_EXHAUSTED_TUPLE -> _GUARD_EXHAUSTED_TUPLE();
            case Uops._GUARD_GLOBALS_VERSION -> _GUARD_GLOBALS_VERSION();
            case Uops._GUARD_IS_FALSE_POP -> _GUARD_IS_FALSE_POP();
            case Uops._GUARD_IS_TRUE_POP -> _GUARD_IS_TRUE_POP();
            case Uops._GUARD_NOS_DICT -> _GUARD_NOS_DICT();
            case Uops._GUARD_NOS_INT -> _GUARD_NOS_INT();
            case Uops._GUARD_NOS_LIST -> _GUARD_NOS_LIST();
            case Uops._GUARD_NOS_STR -> _GUARD_NOS_STR();
            case Uops._GUARD_NOS_TUPLE -> _GUARD_NOS_TUPLE();
            case Uops._GUARD_NOT_EXHAUSTED_LIST -> _GUARD_NOT_EXHAUSTED_LIST();
            case Uops._GUARD_NOT_EXHAUSTED_RANGE -> _GUARD_NOT_EXHAUSTED_RANGE();
            case Uops._GUARD_NOT_EXHAUSTED_TUPLE -> _GUARD_NOT_EXHAUSTED_TUPLE();
            case Uops._GUARD_TOS_BOOL -> _GUARD_TOS_BOOL();
            case Uops._GUARD_TOS_INT -> _GUARD_TOS_INT();
            case Uops._GUARD_TOS_LIST -> _GUARD_TOS_LIST();
            case Uops._GUARD_TOS_NONE -> _GUARD_TOS_NONE();
            case Uops._GUARD_TOS_STR -> _GUARD_TOS_STR();
            case Uops._GUARD_TOS_TUPLE -> _GUARD_TOS_TUPLE();
            case Uops._GUARD_TYPE_VERSION -> _GUARD_TYPE_VERSION();
            case Uops._IS_NONE -> _IS_NONE();
            case Uops._ITER_CHECK_LIST -> _ITER_CHECK_LIST();
            case Uops._ITER_CHECK_RANGE -> _ITER_CHECK_RANGE();
            case Uops._ITER_CHECK_TUPLE -> _ITER_CHECK_TUPLE();
            case Uops._ITER_NEXT_LIST -> _ITER_NEXT_LIST();
            case Uops._ITER_NEXT_RANGE -> _ITER_NEXT_RANGE();
            case Uops._ITER_NEXT_TUPLE -> _ITER_NEXT_TUPLE();
            case Uops._JUMP_TO_TOP -> _JUMP_TO_TOP();
            case Uops._LOAD_ATTR -> _LOAD_ATTR();
            case Uops._LOAD_ATTR_INSTANCE_VALUE -> _LOAD_ATTR_INSTANCE_VALUE();
            case Uops._LOAD_ATTR_METHOD -> _LOAD_ATTR_METHOD();
            case Uops._LOAD_CONST_INLINE -> _LOAD_CONST_INLINE();
            case Uops._LOAD_FAST -> _LOAD_FAST();
            case Uops._LOAD_FAST_0 -> _LOAD_FAST_0();
            case Uops._LOAD_FAST_1 -> _LOAD_FAST_1();
            case Uops._LOAD_FAST_2 -> _LOAD_FAST_2();
            case Uops._LOAD_FAST_3 -> _LOAD_FAST_3();
            case Uops._LOAD_FAST_4 -> _LOAD_FAST_4();
            case Uops._LOAD_FAST_5 -> _LOAD_FAST_5();
            case Uops._LOAD_FAST_6 -> _LOAD_FAST_6();
            case Uops._LOAD_FAST_7 -> _LOAD_FAST_7();
            case Uops._LOAD_GLOBAL -> _LOAD_GLOBAL();
            case Uops._LOAD_GLOBAL_BUILTIN -> _LOAD_GLOBAL_BUILTIN();
            case Uops._LOAD_GLOBAL_MODULE -> _LOAD_GLOBAL_MODULE();
            case Uops._SET_IP -> _SET_IP();
            case Uops._START_EXECUTOR -> _START_EXECUTOR();
            case Uops._STORE_ATTR -> _STORE_ATTR();
            case Uops._STORE_ATTR_INSTANCE_VALUE -> _STORE_ATTR_INSTANCE_VALUE();
            case Uops._STORE_FAST -> _STORE_FAST();
            case Uops._STORE_FAST_0 -> _STORE_FAST_0();
            case Uops._STORE_FAST_1 -> _STORE_FAST_1();
            case Uops._STORE_FAST_2 -> _STORE_FAST_2();
            case Uops._STORE_FAST_3 -> _STORE_FAST_3();
            case Uops._STORE_FAST_4 -> _STORE_FAST_4();
            case Uops._STORE_FAST_5 -> _STORE_FAST_5();
            case Uops._STORE_FAST_6 -> _STORE_FAST_6();
            case Uops._STORE_FAST_7 -> _STORE_FAST_7();
            case Uops._STORE_SUBSCR -> _STORE_SUBSCR();
            case Uops._STORE_SUBSCR_DICT -> _STORE_SUBSCR_DICT();
            case Uops._STORE_SUBSCR_LIST_INT -> _STORE_SUBSCR_LIST_INT();
            case Uops._TO_BOOL -> _TO_BOOL();
            case Uops._TO_BOOL_INT -> _TO_BOOL_INT();
            case Uops._TO_BOOL_LIST -> _TO_BOOL_LIST();
            case Uops._TO_BOOL_NONE -> _TO_BOOL_NONE();
            case Uops._TO_BOOL_STR -> _TO_BOOL_STR();
            case Uops._UNPACK_SEQUENCE -> _UNPACK_SEQUENCE();
            case Uops._UNPACK_SEQUENCE_LIST -> _UNPACK_SEQUENCE_LIST();
            case Uops._UNPACK_SEQUENCE_TUPLE -> _UNPACK_SEQUENCE_TUPLE();
            case Uops._UNPACK_SEQUENCE_TWO_TUPLE -> _UNPACK_SEQUENCE_TWO_TUPLE();
            case Uops._POP_FRAME -> _POP_FRAME();
            case Uops._PUSH_FRAME -> _PUSH_FRAME();
            case Uops._CALL_LIST_APPEND -> _CALL_LIST_APPEND();
            case Uops._GUARD_CALLABLE_LIST_APPEND -> _GUARD_CALLABLE_LIST_APPEND();
            case Uops._GUARD_TYPE_TAG -> _GUARD_TYPE_TAG();
            case Uops._BINARY_OP_FLOOR_DIVIDE_INT -> _BINARY_OP_FLOOR_DIVIDE_INT();
            case Uops._BINARY_OP_REMAINDER_INT -> _BINARY_OP_REMAINDER_INT();
            case Uops._BINARY_OP_TRUE_DIVIDE_NUMBER -> _BINARY_OP_TRUE_DIVIDE_NUMBER();
            case Uops._GUARD_BOTH_NUMBER -> _GUARD_BOTH_NUMBER();
            case Uops._STORE_GLOBAL -> _STORE_GLOBAL();
            case Uops._STORE_GLOBAL_MODULE -> _STORE_GLOBAL_MODULE();
            case Uops._CALL_LEN -> _CALL_LEN();
            case Uops._GUARD_CALLABLE_LEN -> _GUARD_CALLABLE_LEN();
            case Uops._CHECK_CALLER -> _CHECK_CALLER();
            case Uops._RESUME_CHECK -> _RESUME_CHECK();
            default -> throw new IllegalArgumentException("invalid uop " + uop);
        };
        CACHE[uop] = stencil;
        return stencil;
    }

    /**
     * llvm-objdump's listing of a uop's object file (before the trailing jump was removed).
     */
    public static String disassembly(int uop) {
        return switch (uop) {
            case Uops.BINARY_SLICE -> BINARY_SLICE_disassembly();
            case Uops.BUILD_LIST -> BUILD_LIST_disassembly();
            case Uops.BUILD_MAP -> BUILD_MAP_disassembly();
            case Uops.BUILD_SLICE -> BUILD_SLICE_disassembly();
            case Uops.BUILD_TUPLE -> BUILD_TUPLE_disassembly();
            case Uops.CALL_KW -> CALL_KW_disassembly();
            case Uops.CHECK_EXC_MATCH -> CHECK_EXC_MATCH_disassembly();
            case Uops.CONTAINS_OP -> CONTAINS_OP_disassembly();
            case Uops.COPY -> COPY_disassembly();
            case Uops.DELETE_SUBSCR -> DELETE_SUBSCR_disassembly();
            case Uops.END_FOR -> END_FOR_disassembly();
            case Uops.GET_ITER -> GET_ITER_disassembly();
            case Uops.IS_OP -> IS_OP_disassembly();
            case Uops.LIST_APPEND -> LIST_APPEND_disassembly();
            case Uops.LOAD_BUILD_CLASS -> LOAD_BUILD_CLASS_disassembly();
            case Uops.LOAD_CONST -> LOAD_CONST_disassembly();
            case Uops.LOAD_FAST_AND_CLEAR -> LOAD_FAST_AND_CLEAR_disassembly();
            case Uops.LOAD_FAST_CHECK -> LOAD_FAST_CHECK_disassembly();
            case Uops.LOAD_FAST_LOAD_FAST -> LOAD_FAST_LOAD_FAST_disassembly();
            case Uops.LOAD_NAME -> LOAD_NAME_disassembly();
            case Uops.MAKE_FUNCTION -> MAKE_FUNCTION_disassembly();
            case Uops.NOP -> NOP_disassembly();
            case Uops.POP_EXCEPT -> POP_EXCEPT_disassembly();
            case Uops.POP_TOP -> POP_TOP_disassembly();
            case Uops.PUSH_EXC_INFO -> PUSH_EXC_INFO_disassembly();
            case Uops.PUSH_NULL -> PUSH_NULL_disassembly();
            case Uops.RAISE_VARARGS -> RAISE_VARARGS_disassembly();
            case Uops.RERAISE -> RERAISE_disassembly();
            case Uops.STORE_FAST_LOAD_FAST -> STORE_FAST_LOAD_FAST_disassembly();
            case Uops.STORE_FAST_STORE_FAST -> STORE_FAST_STORE_FAST_disassembly();
            case Uops.STORE_NAME -> STORE_NAME_disassembly();
            case Uops.STORE_SLICE -> STORE_SLICE_disassembly();
            case Uops.SWAP -> SWAP_disassembly();
            case Uops.UNARY_INVERT -> UNARY_INVERT_disassembly();
            case Uops.UNARY_NEGATIVE -> UNARY_NEGATIVE_disassembly();
            case Uops.UNARY_NOT -> UNARY_NOT_disassembly();
            case Uops._BINARY_OP -> _BINARY_OP_disassembly();
            case Uops._BINARY_OP_ADD_FLOAT -> _BINARY_OP_ADD_FLOAT_disassembly();
            case Uops._BINARY_OP_ADD_INT -> _BINARY_OP_ADD_INT_disassembly();
            case Uops._BINARY_OP_ADD_UNICODE -> _BINARY_OP_ADD_UNICODE_disassembly();
            case Uops._BINARY_OP_MULTIPLY_FLOAT -> _BINARY_OP_MULTIPLY_FLOAT_disassembly();
            case Uops._BINARY_OP_MULTIPLY_INT -> _BINARY_OP_MULTIPLY_INT_disassembly();
            case Uops._BINARY_OP_SUBTRACT_FLOAT -> _BINARY_OP_SUBTRACT_FLOAT_disassembly();
            case Uops._BINARY_OP_SUBTRACT_INT -> _BINARY_OP_SUBTRACT_INT_disassembly();
            case Uops._BINARY_SUBSCR -> _BINARY_SUBSCR_disassembly();
            case Uops._BINARY_SUBSCR_DICT -> _BINARY_SUBSCR_DICT_disassembly();
            case Uops._BINARY_SUBSCR_LIST_INT -> _BINARY_SUBSCR_LIST_INT_disassembly();
            case Uops._BINARY_SUBSCR_STR_INT -> _BINARY_SUBSCR_STR_INT_disassembly();
            case Uops._BINARY_SUBSCR_TUPLE_INT -> _BINARY_SUBSCR_TUPLE_INT_disassembly();
            case Uops._CALL -> _CALL_disassembly();
            case Uops._CALL_BUILTIN -> _CALL_BUILTIN_disassembly();
            case Uops._CHECK_FUNCTION_EXACT_ARGS -> _CHECK_FUNCTION_EXACT_ARGS_disassembly();
            case Uops._CHECK_PERIODIC -> _CHECK_PERIODIC_disassembly();
            case Uops._CHECK_STACK_SPACE -> _CHECK_STACK_SPACE_disassembly();
            case Uops._CHECK_VALIDITY -> _CHECK_VALIDITY_disassembly();
            case Uops._COMPARE_OP -> _COMPARE_OP_disassembly();
            case Uops._COMPARE_OP_FLOAT -> _COMPARE_OP_FLOAT_disassembly();
            case Uops._COMPARE_OP_INT -> _COMPARE_OP_INT_disassembly();
            case Uops._COMPARE_OP_STR -> _COMPARE_OP_STR_disassembly();
            case Uops._EXIT_TRACE -> _EXIT_TRACE_disassembly();
            case Uops._FOR_ITER_TIER_TWO -> _FOR_ITER_TIER_TWO_disassembly();
            case Uops._GUARD_BOTH_FLOAT -> _GUARD_BOTH_FLOAT_disassembly();
            case Uops._GUARD_BOTH_INT -> _GUARD_BOTH_INT_disassembly();
            case Uops._GUARD_BOTH_UNICODE -> _GUARD_BOTH_UNICODE_disassembly();
            case Uops._GUARD_BUILTINS_VERSION -> _GUARD_BUILTINS_VERSION_disassembly();
            case Uops._GUARD_CALLABLE_BUILTIN -> _GUARD_CALLABLE_BUILTIN_disassembly();
            case Uops._GUARD_EXHAUSTED_LIST -> _GUARD_EXHAUSTED_LIST_disassembly();
            case Uops._GUARD_EXHAUSTED_RANGE -> _GUARD_EXHAUSTED_RANGE_disassembly();
            case Uops._GUARD_EXHAUSTED_TUPLE -> _GUARD_EXHAUSTED_TUPLE_disassembly();
            case Uops._GUARD_GLOBALS_VERSION -> _GUARD_GLOBALS_VERSION_disassembly();
            case Uops._GUARD_IS_FALSE_POP -> _GUARD_IS_FALSE_POP_disassembly();
            case Uops._GUARD_IS_TRUE_POP -> _GUARD_IS_TRUE_POP_disassembly();
            case Uops._GUARD_NOS_DICT -> _GUARD_NOS_DICT_disassembly();
            case Uops._GUARD_NOS_INT -> _GUARD_NOS_INT_disassembly();
            case Uops._GUARD_NOS_LIST -> _GUARD_NOS_LIST_disassembly();
            case Uops._GUARD_NOS_STR -> _GUARD_NOS_STR_disassembly();
            case Uops._GUARD_NOS_TUPLE -> _GUARD_NOS_TUPLE_disassembly();
            case Uops._GUARD_NOT_EXHAUSTED_LIST -> _GUARD_NOT_EXHAUSTED_LIST_disassembly();
            case Uops._GUARD_NOT_EXHAUSTED_RANGE -> _GUARD_NOT_EXHAUSTED_RANGE_disassembly();
            case Uops._GUARD_NOT_EXHAUSTED_TUPLE -> _GUARD_NOT_EXHAUSTED_TUPLE_disassembly();
            case Uops._GUARD_TOS_BOOL -> _GUARD_TOS_BOOL_disassembly();
            case Uops._GUARD_TOS_INT -> _GUARD_TOS_INT_disassembly();
            case Uops._GUARD_TOS_LIST -> _GUARD_TOS_LIST_disassembly();
            case Uops._GUARD_TOS_NONE -> _GUARD_TOS_NONE_disassembly();
            case Uops._GUARD_TOS_STR -> _GUARD_TOS_STR_disassembly();
            case Uops._GUARD_TOS_TUPLE -> _GUARD_TOS_TUPLE_disassembly();
            case Uops._GUARD_TYPE_VERSION -> _GUARD_TYPE_VERSION_disassembly();
            case Uops._IS_NONE -> _IS_NONE_disassembly();
            case Uops._ITER_CHECK_LIST -> _ITER_CHECK_LIST_disassembly();
            case Uops._ITER_CHECK_RANGE -> _ITER_CHECK_RANGE_disassembly();
            case Uops._ITER_CHECK_TUPLE -> _ITER_CHECK_TUPLE_disassembly();
            case Uops._ITER_NEXT_LIST -> _ITER_NEXT_LIST_disassembly();
            case Uops._ITER_NEXT_RANGE -> _ITER_NEXT_RANGE_disassembly();
            case Uops._ITER_NEXT_TUPLE -> _ITER_NEXT_TUPLE_disassembly();
            case Uops._JUMP_TO_TOP -> _JUMP_TO_TOP_disassembly();
            case Uops._LOAD_ATTR -> _LOAD_ATTR_disassembly();
            case Uops._LOAD_ATTR_INSTANCE_VALUE -> _LOAD_ATTR_INSTANCE_VALUE_disassembly();
            case Uops._LOAD_ATTR_METHOD -> _LOAD_ATTR_METHOD_disassembly();
            case Uops._LOAD_CONST_INLINE -> _LOAD_CONST_INLINE_disassembly();
            case Uops._LOAD_FAST -> _LOAD_FAST_disassembly();
            case Uops._LOAD_FAST_0 -> _LOAD_FAST_0_disassembly();
            case Uops._LOAD_FAST_1 -> _LOAD_FAST_1_disassembly();
            case Uops._LOAD_FAST_2 -> _LOAD_FAST_2_disassembly();
            case Uops._LOAD_FAST_3 -> _LOAD_FAST_3_disassembly();
            case Uops._LOAD_FAST_4 -> _LOAD_FAST_4_disassembly();
            case Uops._LOAD_FAST_5 -> _LOAD_FAST_5_disassembly();
            case Uops._LOAD_FAST_6 -> _LOAD_FAST_6_disassembly();
            case Uops._LOAD_FAST_7 -> _LOAD_FAST_7_disassembly();
            case Uops._LOAD_GLOBAL -> _LOAD_GLOBAL_disassembly();
            case Uops._LOAD_GLOBAL_BUILTIN -> _LOAD_GLOBAL_BUILTIN_disassembly();
            case Uops._LOAD_GLOBAL_MODULE -> _LOAD_GLOBAL_MODULE_disassembly();
            case Uops._SET_IP -> _SET_IP_disassembly();
            case Uops._START_EXECUTOR -> _START_EXECUTOR_disassembly();
            case Uops._STORE_ATTR -> _STORE_ATTR_disassembly();
            case Uops._STORE_ATTR_INSTANCE_VALUE -> _STORE_ATTR_INSTANCE_VALUE_disassembly();
            case Uops._STORE_FAST -> _STORE_FAST_disassembly();
            case Uops._STORE_FAST_0 -> _STORE_FAST_0_disassembly();
            case Uops._STORE_FAST_1 -> _STORE_FAST_1_disassembly();
            case Uops._STORE_FAST_2 -> _STORE_FAST_2_disassembly();
            case Uops._STORE_FAST_3 -> _STORE_FAST_3_disassembly();
            case Uops._STORE_FAST_4 -> _STORE_FAST_4_disassembly();
            case Uops._STORE_FAST_5 -> _STORE_FAST_5_disassembly();
            case Uops._STORE_FAST_6 -> _STORE_FAST_6_disassembly();
            case Uops._STORE_FAST_7 -> _STORE_FAST_7_disassembly();
            case Uops._STORE_SUBSCR -> _STORE_SUBSCR_disassembly();
            case Uops._STORE_SUBSCR_DICT -> _STORE_SUBSCR_DICT_disassembly();
            case Uops._STORE_SUBSCR_LIST_INT -> _STORE_SUBSCR_LIST_INT_disassembly();
            case Uops._TO_BOOL -> _TO_BOOL_disassembly();
            case Uops._TO_BOOL_INT -> _TO_BOOL_INT_disassembly();
            case Uops._TO_BOOL_LIST -> _TO_BOOL_LIST_disassembly();
            case Uops._TO_BOOL_NONE -> _TO_BOOL_NONE_disassembly();
            case Uops._TO_BOOL_STR -> _TO_BOOL_STR_disassembly();
            case Uops._UNPACK_SEQUENCE -> _UNPACK_SEQUENCE_disassembly();
            case Uops._UNPACK_SEQUENCE_LIST -> _UNPACK_SEQUENCE_LIST_disassembly();
            case Uops._UNPACK_SEQUENCE_TUPLE -> _UNPACK_SEQUENCE_TUPLE_disassembly();
            case Uops._UNPACK_SEQUENCE_TWO_TUPLE -> _UNPACK_SEQUENCE_TWO_TUPLE_disassembly();
            case Uops._POP_FRAME -> _POP_FRAME_disassembly();
            case Uops._PUSH_FRAME -> _PUSH_FRAME_disassembly();
            case Uops._CALL_LIST_APPEND -> _CALL_LIST_APPEND_disassembly();
            case Uops._GUARD_CALLABLE_LIST_APPEND -> _GUARD_CALLABLE_LIST_APPEND_disassembly();
            case Uops._GUARD_TYPE_TAG -> _GUARD_TYPE_TAG_disassembly();
            case Uops._BINARY_OP_FLOOR_DIVIDE_INT -> _BINARY_OP_FLOOR_DIVIDE_INT_disassembly();
            case Uops._BINARY_OP_REMAINDER_INT -> _BINARY_OP_REMAINDER_INT_disassembly();
            case Uops._BINARY_OP_TRUE_DIVIDE_NUMBER -> _BINARY_OP_TRUE_DIVIDE_NUMBER_disassembly();
            case Uops._GUARD_BOTH_NUMBER -> _GUARD_BOTH_NUMBER_disassembly();
            case Uops._STORE_GLOBAL -> _STORE_GLOBAL_disassembly();
            case Uops._STORE_GLOBAL_MODULE -> _STORE_GLOBAL_MODULE_disassembly();
            case Uops._CALL_LEN -> _CALL_LEN_disassembly();
            case Uops._GUARD_CALLABLE_LEN -> _GUARD_CALLABLE_LEN_disassembly();
            case Uops._CHECK_CALLER -> _CHECK_CALLER_disassembly();
            case Uops._RESUME_CHECK -> _RESUME_CHECK_disassembly();
            default -> throw new IllegalArgumentException("invalid uop " + uop);
        };
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /**
     * BINARY_SLICE (inst(BINARY_SLICE))
     */
    private static Stencil BINARY_SLICE() {
        return new Stencil(
                        hex("50498d5de8498b7de8498b75f0498b55f8488b0500000000498946084d892eff15000000004885c0740d4983c5f048890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(33, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(51, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(61, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(72, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "binary_slice", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BINARY_SLICE's object file, before holes were extracted.
     */
    private static String BINARY_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8d 5d e8                            leaq -0x18(%r13), %rbx\n"
                        + " 49 8b 7d e8                            movq -0x18(%r13), %rdi\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_GOTPCRELX binary_slice-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x37 <_JIT_ENTRY+0x37>\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x37 <_JIT_ENTRY+0x37>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x41 <_JIT_ENTRY+0x41>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * BUILD_LIST (inst(BUILD_LIST))
     */
    private static Stencil BUILD_LIST() {
        return new Stencil(
                        hex("50488b1d00000000488d04dd000000004d89ef4929c7488b0500000000498946084d892e4c89ff4889deff15000000004885c07416498907b8010000004829d84d8d6cc50058e9000000004d893e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(44, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(71, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(81, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(92, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "build_list", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_LIST's object file, before holes were extracted.
     */
    private static String BUILD_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8d 04 dd 00 00 00 00                leaq (,%rbx,8), %rax\n"
                        + " 4d 89 ef                               movq %r13, %r15\n"
                        + " 49 29 c7                               subq %rax, %r15\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 4c 89 ff                               movq %r15, %rdi\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_X86_64_GOTPCRELX build_list-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 16                                  je 0x4b <_JIT_ENTRY+0x4b>\n"
                        + " 49 89 07                               movq %rax, (%r15)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 48 29 d8                               subq %rbx, %rax\n"
                        + " 4d 8d 6c c5 00                         leaq (%r13,%rax,8), %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4b <_JIT_ENTRY+0x4b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 3e                               movq %r15, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x55 <_JIT_ENTRY+0x55>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x60 <_JIT_ENTRY+0x60>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * BUILD_MAP (inst(BUILD_MAP))
     */
    private static Stencil BUILD_MAP() {
        return new Stencil(
                        hex("50488b1d000000004889d848c1e0044d89ef4929c7488b0500000000498946084d892e4c89ff4889deff15000000004885c074164801db48f7db498944dd004d8d6cdd0858e9000000004d893e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(24, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(43, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(70, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(80, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(91, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "build_map", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_MAP's object file, before holes were extracted.
     */
    private static String BUILD_MAP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 89 d8                               movq %rbx, %rax\n"
                        + " 48 c1 e0 04                            shlq $0x4, %rax\n"
                        + " 4d 89 ef                               movq %r13, %r15\n"
                        + " 49 29 c7                               subq %rax, %r15\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 4c 89 ff                               movq %r15, %rdi\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2f <_JIT_ENTRY+0x2f>\n"
                        + "  R_X86_64_GOTPCRELX build_map-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 16                                  je 0x4a <_JIT_ENTRY+0x4a>\n"
                        + " 48 01 db                               addq %rbx, %rbx\n"
                        + " 48 f7 db                               negq %rbx\n"
                        + " 49 89 44 dd 00                         movq %rax, (%r13,%rbx,8)\n"
                        + " 4d 8d 6c dd 08                         leaq 0x8(%r13,%rbx,8), %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4a <_JIT_ENTRY+0x4a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 3e                               movq %r15, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5f <_JIT_ENTRY+0x5f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * BUILD_SLICE (inst(BUILD_SLICE))
     */
    private static Stencil BUILD_SLICE() {
        return new Stencil(
                        hex("50488b0d0000000031c04883f9030f95c08d1cc5000000004883cbf0498b7cc5e8498b741d004883f9037506498b55f8eb0231d24c8d3cc5e8ffffff4d01ef488b0500000000498946084d892eff15000000004885c0740c4901dd49890758e9000000004d893e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(66, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(96, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(106, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(117, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "build_slice", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_SLICE's object file, before holes were extracted.
     */
    private static String BUILD_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 48 83 f9 03                            cmpq $0x3, %rcx\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 8d 1c c5 00 00 00 00                   leal (,%rax,8), %ebx\n"
                        + " 48 83 cb f0                            orq $-0x10, %rbx\n"
                        + " 49 8b 7c c5 e8                         movq -0x18(%r13,%rax,8), %rdi\n"
                        + " 49 8b 74 1d 00                         movq (%r13,%rbx), %rsi\n"
                        + " 48 83 f9 03                            cmpq $0x3, %rcx\n"
                        + " 75 06                                  jne 0x32 <_JIT_ENTRY+0x32>\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " eb 02                                  jmp 0x34 <_JIT_ENTRY+0x34>\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 4c 8d 3c c5 e8 ff ff ff                leaq -0x18(,%rax,8), %r15\n"
                        + " 4d 01 ef                               addq %r13, %r15\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x46 <_JIT_ENTRY+0x46>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_GOTPCRELX build_slice-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0c                                  je 0x64 <_JIT_ENTRY+0x64>\n"
                        + " 49 01 dd                               addq %rbx, %r13\n"
                        + " 49 89 07                               movq %rax, (%r15)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 3e                               movq %r15, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6e <_JIT_ENTRY+0x6e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x79 <_JIT_ENTRY+0x79>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * BUILD_TUPLE (inst(BUILD_TUPLE))
     */
    private static Stencil BUILD_TUPLE() {
        return new Stencil(
                        hex("50488b1d00000000488d04dd000000004d89ef4929c7488b0500000000498946084d892e4c89ff4889deff15000000004885c07416498907b8010000004829d84d8d6cc50058e9000000004d893e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(44, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(71, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(81, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(92, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "build_tuple", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_TUPLE's object file, before holes were extracted.
     */
    private static String BUILD_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8d 04 dd 00 00 00 00                leaq (,%rbx,8), %rax\n"
                        + " 4d 89 ef                               movq %r13, %r15\n"
                        + " 49 29 c7                               subq %rax, %r15\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 4c 89 ff                               movq %r15, %rdi\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_X86_64_GOTPCRELX build_tuple-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 16                                  je 0x4b <_JIT_ENTRY+0x4b>\n"
                        + " 49 89 07                               movq %rax, (%r15)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 48 29 d8                               subq %rbx, %rax\n"
                        + " 4d 8d 6c c5 00                         leaq (%r13,%rax,8), %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4b <_JIT_ENTRY+0x4b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 3e                               movq %r15, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x55 <_JIT_ENTRY+0x55>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x60 <_JIT_ENTRY+0x60>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * CALL_KW (inst(CALL_KW))
     */
    private static Stencil CALL_KW() {
        return new Stencil(
                        hex("50488b0d0000000048c7c0fdffffff4829c8488d1cc5000000004c01eb498b7cc50049c7c7feffffff4929cf4b8b74fd004889c848f7d0488d14c5000000004c01ea4d8b45f8488b0500000000498946084d892eff15000000004885c074324f8d6cfd00488903498b46184883380074404d892e488b050000000049894610488b0d00000000b80200000049894e4059c349891e488b050000000049894610488b0d00000000b80300000049894e4059c358"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(86, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(119, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(130, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(151, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(162, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "call_object_kw", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CALL_KW's object file, before holes were extracted.
     */
    private static String CALL_KW_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c0 fd ff ff ff                   movq $-0x3, %rax\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 48 8d 1c c5 00 00 00 00                leaq (,%rax,8), %rbx\n"
                        + " 4c 01 eb                               addq %r13, %rbx\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 49 c7 c7 fe ff ff ff                   movq $-0x2, %r15\n"
                        + " 49 29 cf                               subq %rcx, %r15\n"
                        + " 4b 8b 74 fd 00                         movq (%r13,%r15,8), %rsi\n"
                        + " 48 89 c8                               movq %rcx, %rax\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 48 8d 14 c5 00 00 00 00                leaq (,%rax,8), %rdx\n"
                        + " 4c 01 ea                               addq %r13, %rdx\n"
                        + " 4d 8b 45 f8                            movq -0x8(%r13), %r8\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x5a <_JIT_ENTRY+0x5a>\n"
                        + "  R_X86_64_GOTPCRELX call_object_kw-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 32                                  je 0x91 <_JIT_ENTRY+0x91>\n"
                        + " 4f 8d 6c fd 00                         leaq (%r13,%r15,8), %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 74 40                                  je 0xb1 <_JIT_ENTRY+0xb1>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7b <_JIT_ENTRY+0x7b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x86 <_JIT_ENTRY+0x86>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x9b <_JIT_ENTRY+0x9b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0xa6 <_JIT_ENTRY+0xa6>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xb7 <_JIT_ENTRY+0xb7>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * CHECK_EXC_MATCH (inst(CHECK_EXC_MATCH))
     */
    private static Stencil CHECK_EXC_MATCH() {
        return new Stencil(
                        hex("50498b7df0498b75f8488b0500000000498946084d892eff15000000004885c078180f95c00fb6c0488d04c50a000000498945f858e9000000004983c5f04d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(68, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "exception_matches", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CHECK_EXC_MATCH's object file, before holes were extracted.
     */
    private static String CHECK_EXC_MATCH_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_GOTPCRELX exception_matches-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 78 18                                  js 0x3a <_JIT_ENTRY+0x3a>\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 0f b6 c0                               movzbl %al, %eax\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * CONTAINS_OP (inst(CONTAINS_OP))
     */
    private static Stencil CONTAINS_OP() {
        return new Stencil(
                        hex("504c89e84c8b3d00000000498d5df04983c5f8488b70f0488b78f8488b0d0000000049894e08498906ff15000000004885c078220f95c04d85ff0f94c130c180f1010fb6c1488d04c50a00000048890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(30, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(43, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(82, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(92, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(103, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "contains", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CONTAINS_OP's object file, before holes were extracted.
     */
    private static String CONTAINS_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 4c 8b 3d 00 00 00 00                   movq (%rip), %r15            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 8b 70 f0                            movq -0x10(%rax), %rsi\n"
                        + " 48 8b 78 f8                            movq -0x8(%rax), %rdi\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x22 <_JIT_ENTRY+0x22>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2f <_JIT_ENTRY+0x2f>\n"
                        + "  R_X86_64_GOTPCRELX contains-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 78 22                                  js 0x56 <_JIT_ENTRY+0x56>\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 4d 85 ff                               testq %r15, %r15\n"
                        + " 0f 94 c1                               sete %cl\n"
                        + " 30 c1                                  xorb %al, %cl\n"
                        + " 80 f1 01                               xorb $0x1, %cl\n"
                        + " 0f b6 c1                               movzbl %cl, %eax\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x56 <_JIT_ENTRY+0x56>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x60 <_JIT_ENTRY+0x60>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6b <_JIT_ENTRY+0x6b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * COPY (inst(COPY))
     */
    private static Stencil COPY() {
        return new Stencil(
                        hex("488b050000000048c1e00348f7d8498b440500498945004983c508"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of COPY's object file, before holes were extracted.
     */
    private static String COPY_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c1 e0 03                            shlq $0x3, %rax\n"
                        + " 48 f7 d8                               negq %rax\n"
                        + " 49 8b 44 05 00                         movq (%r13,%rax), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * DELETE_SUBSCR (inst(DELETE_SUBSCR))
     */
    private static Stencil DELETE_SUBSCR() {
        return new Stencil(
                        hex("504c89e84983c5f0488b78f0488b70f8488b0d0000000049894e08498906ff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(32, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(42, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "delete_subscr", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of DELETE_SUBSCR's object file, before holes were extracted.
     */
    private static String DELETE_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " 48 8b 78 f0                            movq -0x10(%rax), %rdi\n"
                        + " 48 8b 70 f8                            movq -0x8(%rax), %rsi\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_GOTPCRELX delete_subscr-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x2e <_JIT_ENTRY+0x2e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * END_FOR (inst(END_FOR))
     */
    private static Stencil END_FOR() {
        return new Stencil(
                        hex("4983c5f0"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of END_FOR's object file, before holes were extracted.
     */
    private static String END_FOR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x9 <_JIT_ENTRY+0x9>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * GET_ITER (inst(GET_ITER))
     */
    private static Stencil GET_ITER() {
        return new Stencil(
                        hex("50498b7df8488b0500000000498946084d892eff15000000004885c0740a498945f858e9000000004983c5f84d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(8, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(21, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(36, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(61, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "get_iter", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of GET_ITER's object file, before holes were extracted.
     */
    private static String GET_ITER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xc <_JIT_ENTRY+0xc>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>\n"
                        + "  R_X86_64_GOTPCRELX get_iter-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0a                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x28 <_JIT_ENTRY+0x28>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x41 <_JIT_ENTRY+0x41>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * IS_OP (inst(IS_OP))
     */
    private static Stencil IS_OP() {
        return new Stencil(
                        hex("488b0d00000000498b45f0493b45f8498d45f80f94c24885c90f94c130d180f1010fb6c9488d0ccd0a00000049894df04989c5"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of IS_OP's object file, before holes were extracted.
     */
    private static String IS_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 49 3b 45 f8                            cmpq -0x8(%r13), %rax\n"
                        + " 49 8d 45 f8                            leaq -0x8(%r13), %rax\n"
                        + " 0f 94 c2                               sete %dl\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 0f 94 c1                               sete %cl\n"
                        + " 30 d1                                  xorb %dl, %cl\n"
                        + " 80 f1 01                               xorb $0x1, %cl\n"
                        + " 0f b6 c9                               movzbl %cl, %ecx\n"
                        + " 48 8d 0c cd 0a 00 00 00                leaq 0xa(,%rcx,8), %rcx\n"
                        + " 49 89 4d f0                            movq %rcx, -0x10(%r13)\n"
                        + " 49 89 c5                               movq %rax, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * LIST_APPEND (inst(LIST_APPEND))
     */
    private static Stencil LIST_APPEND() {
        return new Stencil(
                        hex("50488b050000000048f7d0498b7cc500498b75f84983c5f8ff150000000058"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "list_append", 0L)
                        });
    }

    /**
     * llvm-objdump of LIST_APPEND's object file, before holes were extracted.
     */
    private static String LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_GOTPCRELX list_append-0x4\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * LOAD_BUILD_CLASS (inst(LOAD_BUILD_CLASS))
     */
    private static Stencil LOAD_BUILD_CLASS() {
        return new Stencil(
                        hex("50488b0500000000498946084d892eff15000000004885c0740e498945004983c50858e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(17, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(36, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "load_build_class", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_BUILD_CLASS's object file, before holes were extracted.
     */
    private static String LOAD_BUILD_CLASS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x15 <_JIT_ENTRY+0x15>\n"
                        + "  R_X86_64_GOTPCRELX load_build_class-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0e                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x28 <_JIT_ENTRY+0x28>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * LOAD_CONST (inst(LOAD_CONST))
     */
    private static Stencil LOAD_CONST() {
        return new Stencil(
                        hex("50488b3d00000000ff1500000000498945004983c50858"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETCONST", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_CONST's object file, before holes were extracted.
     */
    private static String LOAD_CONST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_GOTPCRELX GETCONST-0x4\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * LOAD_FAST_AND_CLEAR (inst(LOAD_FAST_AND_CLEAR))
     */
    private static Stencil LOAD_FAST_AND_CLEAR() {
        return new Stencil(
                        hex("488b0500000000498b0cc449c704c40000000049894d004983c508"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_AND_CLEAR's object file, before holes were extracted.
     */
    private static String LOAD_FAST_AND_CLEAR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 0c c4                            movq (%r12,%rax,8), %rcx\n"
                        + " 49 c7 04 c4 00 00 00 00                movq $0x0, (%r12,%rax,8)\n"
                        + " 49 89 4d 00                            movq %rcx, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * LOAD_FAST_CHECK (inst(LOAD_FAST_CHECK))
     */
    private static Stencil LOAD_FAST_CHECK() {
        return new Stencil(
                        hex("488b3d00000000498b04fc4885c0740d498945004983c508e90000000050488b0500000000498946084d892eff15000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(33, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(56, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "raise_unbound_local", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_CHECK's object file, before holes were extracted.
     */
    private static String LOAD_FAST_CHECK_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 04 fc                            movq (%r12,%rdi,8), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x1d <_JIT_ENTRY+0x1d>\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_GOTPCRELX raise_unbound_local-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * LOAD_FAST_LOAD_FAST (inst(LOAD_FAST_LOAD_FAST))
     */
    private static Stencil LOAD_FAST_LOAD_FAST() {
        return new Stencil(
                        hex("488b05000000004889c148c1f904498b0ccc83e00f498b04c449894d00498945084983c510"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_LOAD_FAST's object file, before holes were extracted.
     */
    private static String LOAD_FAST_LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 89 c1                               movq %rax, %rcx\n"
                        + " 48 c1 f9 04                            sarq $0x4, %rcx\n"
                        + " 49 8b 0c cc                            movq (%r12,%rcx,8), %rcx\n"
                        + " 83 e0 0f                               andl $0xf, %eax\n"
                        + " 49 8b 04 c4                            movq (%r12,%rax,8), %rax\n"
                        + " 49 89 4d 00                            movq %rcx, (%r13)\n"
                        + " 49 89 45 08                            movq %rax, 0x8(%r13)\n"
                        + " 49 83 c5 10                            addq $0x10, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x2a <_JIT_ENTRY+0x2a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * LOAD_NAME (inst(LOAD_NAME))
     */
    private static Stencil LOAD_NAME() {
        return new Stencil(
                        hex("50488b3d00000000488b0500000000498946084d892eff15000000004889c7ff15000000004885c0740e498945004983c50858e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(11, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(24, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(33, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(62, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "load_name", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_NAME's object file, before holes were extracted.
     */
    private static String LOAD_NAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xf <_JIT_ENTRY+0xf>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 48 89 c7                               movq %rax, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_GOTPCRELX load_name-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0e                                  je 0x38 <_JIT_ENTRY+0x38>\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x42 <_JIT_ENTRY+0x42>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * MAKE_FUNCTION (inst(MAKE_FUNCTION))
     */
    private static Stencil MAKE_FUNCTION() {
        return new Stencil(
                        hex("50488b1d000000004883e301750431f6eb04498b75f0498b7df8488b0500000000498946084d892eff15000000004885c074174889d948f7d1498944cd00c1e3034929dd58e90000000048f7d3488d04dd000000004c01e8498906488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(42, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(70, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(94, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(105, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "make_function", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of MAKE_FUNCTION's object file, before holes were extracted.
     */
    private static String MAKE_FUNCTION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 83 e3 01                            andq $0x1, %rbx\n"
                        + " 75 04                                  jne 0x12 <_JIT_ENTRY+0x12>\n"
                        + " 31 f6                                  xorl %esi, %esi\n"
                        + " eb 04                                  jmp 0x16 <_JIT_ENTRY+0x16>\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2e <_JIT_ENTRY+0x2e>\n"
                        + "  R_X86_64_GOTPCRELX make_function-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 17                                  je 0x4a <_JIT_ENTRY+0x4a>\n"
                        + " 48 89 d9                               movq %rbx, %rcx\n"
                        + " 48 f7 d1                               notq %rcx\n"
                        + " 49 89 44 cd 00                         movq %rax, (%r13,%rcx,8)\n"
                        + " c1 e3 03                               shll $0x3, %ebx\n"
                        + " 49 29 dd                               subq %rbx, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4a <_JIT_ENTRY+0x4a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 f7 d3                               notq %rbx\n"
                        + " 48 8d 04 dd 00 00 00 00                leaq (,%rbx,8), %rax\n"
                        + " 4c 01 e8                               addq %r13, %rax\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x62 <_JIT_ENTRY+0x62>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6d <_JIT_ENTRY+0x6d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * NOP (inst(NOP))
     */
    private static Stencil NOP() {
        return new Stencil(
                        hex(""),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of NOP's object file, before holes were extracted.
     */
    private static String NOP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " e9 00 00 00 00                         jmp 0x5 <_JIT_ENTRY+0x5>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * POP_EXCEPT (inst(POP_EXCEPT))
     */
    private static Stencil POP_EXCEPT() {
        return new Stencil(
                        hex("50498b7df84983c5f8ff150000000058"),
                        new Hole[] {
                            new Hole(11, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.HELPER, "set_handled_exception", 0L)
                        });
    }

    /**
     * llvm-objdump of POP_EXCEPT's object file, before holes were extracted.
     */
    private static String POP_EXCEPT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xf <_JIT_ENTRY+0xf>\n"
                        + "  R_X86_64_GOTPCRELX set_handled_exception-0x4\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x15 <_JIT_ENTRY+0x15>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * POP_TOP (inst(POP_TOP))
     */
    private static Stencil POP_TOP() {
        return new Stencil(
                        hex("4983c5f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of POP_TOP's object file, before holes were extracted.
     */
    private static String POP_TOP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x9 <_JIT_ENTRY+0x9>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * PUSH_EXC_INFO (inst(PUSH_EXC_INFO))
     */
    private static Stencil PUSH_EXC_INFO() {
        return new Stencil(
                        hex("50498b5df8ff15000000004989c74889dfff15000000004d897df849895d004983c50858"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.HELPER, "handled_exception", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "set_handled_exception", 0L)
                        });
    }

    /**
     * llvm-objdump of PUSH_EXC_INFO's object file, before holes were extracted.
     */
    private static String PUSH_EXC_INFO_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 5d f8                            movq -0x8(%r13), %rbx\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_GOTPCRELX handled_exception-0x4\n"
                        + " 49 89 c7                               movq %rax, %r15\n"
                        + " 48 89 df                               movq %rbx, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_GOTPCRELX set_handled_exception-0x4\n"
                        + " 4d 89 7d f8                            movq %r15, -0x8(%r13)\n"
                        + " 49 89 5d 00                            movq %rbx, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x29 <_JIT_ENTRY+0x29>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * PUSH_NULL (inst(PUSH_NULL))
     */
    private static Stencil PUSH_NULL() {
        return new Stencil(
                        hex("49c74500000000004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of PUSH_NULL's object file, before holes were extracted.
     */
    private static String PUSH_NULL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 c7 45 00 00 00 00 00                movq $0x0, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x11 <_JIT_ENTRY+0x11>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * RAISE_VARARGS (inst(RAISE_VARARGS))
     */
    private static Stencil RAISE_VARARGS() {
        return new Stencil(
                        hex("50488b3500000000488d04f500000000488b0d0000000049894e084d892e4929c54c89efff15000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(38, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(48, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(59, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "raise_varargs", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of RAISE_VARARGS's object file, before holes were extracted.
     */
    private static String RAISE_VARARGS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 35 00 00 00 00                   movq (%rip), %rsi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8d 04 f5 00 00 00 00                leaq (,%rsi,8), %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 49 29 c5                               subq %rax, %r13\n"
                        + " 4c 89 ef                               movq %r13, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2a <_JIT_ENTRY+0x2a>\n"
                        + "  R_X86_64_GOTPCRELX raise_varargs-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3f <_JIT_ENTRY+0x3f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * RERAISE (inst(RERAISE))
     */
    private static Stencil RERAISE() {
        return new Stencil(
                        hex("50498d5df8498b7df8488b0500000000498946084d892eff150000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(35, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "reraise", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of RERAISE's object file, before holes were extracted.
     */
    private static String RERAISE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8d 5d f8                            leaq -0x8(%r13), %rbx\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_GOTPCRELX reraise-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x27 <_JIT_ENTRY+0x27>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * STORE_FAST_LOAD_FAST (inst(STORE_FAST_LOAD_FAST))
     */
    private static Stencil STORE_FAST_LOAD_FAST() {
        return new Stencil(
                        hex("488b0500000000498b4df84889c248c1fa0449890cd483e00f498b04c4498945f8"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_FAST_LOAD_FAST's object file, before holes were extracted.
     */
    private static String STORE_FAST_LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 89 c2                               movq %rax, %rdx\n"
                        + " 48 c1 fa 04                            sarq $0x4, %rdx\n"
                        + " 49 89 0c d4                            movq %rcx, (%r12,%rdx,8)\n"
                        + " 83 e0 0f                               andl $0xf, %eax\n"
                        + " 49 8b 04 c4                            movq (%r12,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x26 <_JIT_ENTRY+0x26>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * STORE_FAST_STORE_FAST (inst(STORE_FAST_STORE_FAST))
     */
    private static Stencil STORE_FAST_STORE_FAST() {
        return new Stencil(
                        hex("488b0d00000000498d45f0498b55f0498b75f84889cf48c1ff04498934fc83e10f498914cc4989c5"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_FAST_STORE_FAST's object file, before holes were extracted.
     */
    private static String STORE_FAST_STORE_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 45 f0                            leaq -0x10(%r13), %rax\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 89 cf                               movq %rcx, %rdi\n"
                        + " 48 c1 ff 04                            sarq $0x4, %rdi\n"
                        + " 49 89 34 fc                            movq %rsi, (%r12,%rdi,8)\n"
                        + " 83 e1 0f                               andl $0xf, %ecx\n"
                        + " 49 89 14 cc                            movq %rdx, (%r12,%rcx,8)\n"
                        + " 49 89 c5                               movq %rax, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x2d <_JIT_ENTRY+0x2d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * STORE_NAME (inst(STORE_NAME))
     */
    private static Stencil STORE_NAME() {
        return new Stencil(
                        hex("504c89e8488b3d000000004983c5f8488b58f8488b0d0000000049894e08498906ff15000000004889c74889deff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(35, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "store_name", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_NAME's object file, before holes were extracted.
     */
    private static String STORE_NAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 8b 58 f8                            movq -0x8(%rax), %rbx\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 48 89 c7                               movq %rax, %rdi\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_GOTPCRELX store_name-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * STORE_SLICE (inst(STORE_SLICE))
     */
    private static Stencil STORE_SLICE() {
        return new Stencil(
                        hex("504c89e84983c5e0488b48e0488b78e8488b70f0488b50f84c8b05000000004d894608498906ff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(27, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(40, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(71, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "store_slice", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_SLICE's object file, before holes were extracted.
     */
    private static String STORE_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 49 83 c5 e0                            addq $-0x20, %r13\n"
                        + " 48 8b 48 e0                            movq -0x20(%rax), %rcx\n"
                        + " 48 8b 78 e8                            movq -0x18(%rax), %rdi\n"
                        + " 48 8b 70 f0                            movq -0x10(%rax), %rsi\n"
                        + " 48 8b 50 f8                            movq -0x8(%rax), %rdx\n"
                        + " 4c 8b 05 00 00 00 00                   movq (%rip), %r8             # 0x1f <_JIT_ENTRY+0x1f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 4d 89 46 08                            movq %r8, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_X86_64_GOTPCRELX store_slice-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x36 <_JIT_ENTRY+0x36>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4b <_JIT_ENTRY+0x4b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * SWAP (inst(SWAP))
     */
    private static Stencil SWAP() {
        return new Stencil(
                        hex("488b050000000048c1e0034c89e94829c148f7d8488b09498b55f8498954050049894df8"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of SWAP's object file, before holes were extracted.
     */
    private static String SWAP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c1 e0 03                            shlq $0x3, %rax\n"
                        + " 4c 89 e9                               movq %r13, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 48 f7 d8                               negq %rax\n"
                        + " 48 8b 09                               movq (%rcx), %rcx\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " 49 89 54 05 00                         movq %rdx, (%r13,%rax)\n"
                        + " 49 89 4d f8                            movq %rcx, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x29 <_JIT_ENTRY+0x29>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * UNARY_INVERT (inst(UNARY_INVERT))
     */
    private static Stencil UNARY_INVERT() {
        return new Stencil(
                        hex("50498b45f8a8017526488b0d0000000049894e084d892e4889c7ff15000000004885c07418498945f858e9000000004883f0fe498945f858e9000000004983c5f84d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(28, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(43, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(71, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(82, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "unary_invert", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of UNARY_INVERT's object file, before holes were extracted.
     */
    private static String UNARY_INVERT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 75 26                                  jne 0x2f <_JIT_ENTRY+0x2f>\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 89 c7                               movq %rax, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_X86_64_GOTPCRELX unary_invert-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 18                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x2f <_JIT_ENTRY+0x2f>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 83 f0 fe                            xorq $-0x2, %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4b <_JIT_ENTRY+0x4b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x56 <_JIT_ENTRY+0x56>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * UNARY_NEGATIVE (inst(UNARY_NEGATIVE))
     */
    private static Stencil UNARY_NEGATIVE() {
        return new Stencil(
                        hex("50498b7df840f6c701740ab8020000004829f87119488b0500000000498946084d892eff15000000004885c0740a498945f858e9000000004983c5f84d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(24, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(37, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(66, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(77, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "unary_negative", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of UNARY_NEGATIVE's object file, before holes were extracted.
     */
    private static String UNARY_NEGATIVE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 40 f6 c7 01                            testb $0x1, %dil\n"
                        + " 74 0a                                  je 0x15 <_JIT_ENTRY+0x15>\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " 48 29 f8                               subq %rdi, %rax\n"
                        + " 71 19                                  jno 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x29 <_JIT_ENTRY+0x29>\n"
                        + "  R_X86_64_GOTPCRELX unary_negative-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0a                                  je 0x38 <_JIT_ENTRY+0x38>\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x46 <_JIT_ENTRY+0x46>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x51 <_JIT_ENTRY+0x51>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * UNARY_NOT (inst(UNARY_NOT))
     */
    private static Stencil UNARY_NOT() {
        return new Stencil(
                        hex("31c049837df8120f95c0488d04c50a000000498945f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of UNARY_NOT's object file, before holes were extracted.
     */
    private static String UNARY_NOT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 49 83 7d f8 12                         cmpq $0x12, -0x8(%r13)\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _BINARY_OP (op(_BINARY_OP))
     */
    private static Stencil _BINARY_OP() {
        return new Stencil(
                        hex("50488b3d00000000498d5df0498b75f0498b55f8488b0500000000498946084d892eff15000000004885c0740d4983c5f848890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(36, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(64, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "binary_op", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP's object file, before holes were extracted.
     */
    private static String _BINARY_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x28 <_JIT_ENTRY+0x28>\n"
                        + "  R_X86_64_GOTPCRELX binary_op-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x3a <_JIT_ENTRY+0x3a>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_ADD_FLOAT (op(_BINARY_OP_ADD_FLOAT))
     */
    private static Stencil _BINARY_OP_ADD_FLOAT() {
        return new Stencil(
                        hex("5048b80000000000000070498b55f0498b4df8488b3500000000498976084d892e89d683e60783fe0475314889d648c1ee03488d3c064883fa10480f42fe48d1cf66480f6ec789ca83e20783fa047420498b4628f30f7e4c8808eb2e498b7628f30f7e44960889ca83e20783fa0475e04889ca48c1ea034801d04883f910480f42c248d1c866480f6ec8f20f58c1498d5df066480f7ec148d1c14883f9017715488d04cd040000004983c5f848890358e90000000048b8000000000000e08f4801c848c1e8353dfe000000771e48c1e10348b804000000000000804831c84983c5f848890358e900000000ff15000000004885c075b249891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(177, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(231, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(237, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(252, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(263, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 b8 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rax # imm = 0x7000000000000000\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 35 00 00 00 00                   movq (%rip), %rsi            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 76 08                            movq %rsi, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 89 d6                                  movl %edx, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 83 fe 04                               cmpl $0x4, %esi\n"
                        + " 75 31                                  jne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 c1 ee 03                            shrq $0x3, %rsi\n"
                        + " 48 8d 3c 06                            leaq (%rsi,%rax), %rdi\n"
                        + " 48 83 fa 10                            cmpq $0x10, %rdx\n"
                        + " 48 0f 42 fe                            cmovbq %rsi, %rdi\n"
                        + " 48 d1 cf                               rorq %rdi\n"
                        + " 66 48 0f 6e c7                         movq %rdi, %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 74 20                                  je 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " f3 0f 7e 4c 88 08                      movq 0x8(%rax,%rcx,4), %xmm1\n"
                        + " eb 2e                                  jmp 0x8a <_JIT_ENTRY+0x8a>\n"
                        + " 49 8b 76 28                            movq 0x28(%r14), %rsi\n"
                        + " f3 0f 7e 44 96 08                      movq 0x8(%rsi,%rdx,4), %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 75 e0                                  jne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 48 89 ca                               movq %rcx, %rdx\n"
                        + " 48 c1 ea 03                            shrq $0x3, %rdx\n"
                        + " 48 01 d0                               addq %rdx, %rax\n"
                        + " 48 83 f9 10                            cmpq $0x10, %rcx\n"
                        + " 48 0f 42 c2                            cmovbq %rdx, %rax\n"
                        + " 48 d1 c8                               rorq %rax\n"
                        + " 66 48 0f 6e c8                         movq %rax, %xmm1\n"
                        + " f2 0f 58 c1                            addsd %xmm1, %xmm0\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 66 48 0f 7e c1                         movq %xmm0, %rcx\n"
                        + " 48 d1 c1                               rolq %rcx\n"
                        + " 48 83 f9 01                            cmpq $0x1, %rcx\n"
                        + " 77 15                                  ja 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + " 48 8d 04 cd 04 00 00 00                leaq 0x4(,%rcx,8), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 b8 00 00 00 00 00 00 e0 8f          movabsq $-0x7020000000000000, %rax # imm = 0x8FE0000000000000\n"
                        + " 48 01 c8                               addq %rcx, %rax\n"
                        + " 48 c1 e8 35                            shrq $0x35, %rax\n"
                        + " 3d fe 00 00 00                         cmpl $0xfe, %eax\n"
                        + " 77 1e                                  ja 0xeb <_JIT_ENTRY+0xeb>\n"
                        + " 48 c1 e1 03                            shlq $0x3, %rcx\n"
                        + " 48 b8 04 00 00 00 00 00 00 80          movabsq $-0x7ffffffffffffffc, %rax # imm = 0x8000000000000004\n"
                        + " 48 31 c8                               xorq %rcx, %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xeb <_JIT_ENTRY+0xeb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xf1 <_JIT_ENTRY+0xf1>\n"
                        + "  R_X86_64_GOTPCRELX box_float-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 b2                                  jne 0xa8 <_JIT_ENTRY+0xa8>\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x100 <_JIT_ENTRY+0x100>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x10b <_JIT_ENTRY+0x10b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_ADD_INT (op(_BINARY_OP_ADD_INT))
     */
    private static Stencil _BINARY_OP_ADD_INT() {
        return new Stencil(
                        hex("498b45f048ffc8490345f87111488b0500000000488b004885c0740fffe0498945f04983c5f8e9000000004d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(49, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 48 ff c8                               decq %rax\n"
                        + " 49 03 45 f8                            addq -0x8(%r13), %rax\n"
                        + " 71 11                                  jno 0x1e <_JIT_ENTRY+0x1e>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0f                                  je 0x2b <_JIT_ENTRY+0x2b>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x35 <_JIT_ENTRY+0x35>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_ADD_UNICODE (op(_BINARY_OP_ADD_UNICODE))
     */
    private static Stencil _BINARY_OP_ADD_UNICODE() {
        return new Stencil(
                        hex("50498d5df0498b7df0498b75f8488b0500000000498946084d892eff15000000004885c0740d4983c5f848890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(68, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "str_concat", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_UNICODE's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_UNICODE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_GOTPCRELX str_concat-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x33 <_JIT_ENTRY+0x33>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_MULTIPLY_FLOAT (op(_BINARY_OP_MULTIPLY_FLOAT))
     */
    private static Stencil _BINARY_OP_MULTIPLY_FLOAT() {
        return new Stencil(
                        hex("5048b80000000000000070498b55f0498b4df8488b3500000000498976084d892e89d683e60783fe0475314889d648c1ee03488d3c064883fa10480f42fe48d1cf66480f6ec789ca83e20783fa047420498b4628f30f7e4c8808eb2e498b7628f30f7e44960889ca83e20783fa0475e04889ca48c1ea034801d04883f910480f42c248d1c866480f6ec8f20f59c1498d5df066480f7ec148d1c14883f9017715488d04cd040000004983c5f848890358e90000000048b8000000000000e08f4801c848c1e8353dfe000000771e48c1e10348b804000000000000804831c84983c5f848890358e900000000ff15000000004885c075b249891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(177, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(231, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(237, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(252, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(263, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_MULTIPLY_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_MULTIPLY_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 b8 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rax # imm = 0x7000000000000000\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 35 00 00 00 00                   movq (%rip), %rsi            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 76 08                            movq %rsi, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 89 d6                                  movl %edx, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 83 fe 04                               cmpl $0x4, %esi\n"
                        + " 75 31                                  jne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 c1 ee 03                            shrq $0x3, %rsi\n"
                        + " 48 8d 3c 06                            leaq (%rsi,%rax), %rdi\n"
                        + " 48 83 fa 10                            cmpq $0x10, %rdx\n"
                        + " 48 0f 42 fe                            cmovbq %rsi, %rdi\n"
                        + " 48 d1 cf                               rorq %rdi\n"
                        + " 66 48 0f 6e c7                         movq %rdi, %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 74 20                                  je 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " f3 0f 7e 4c 88 08                      movq 0x8(%rax,%rcx,4), %xmm1\n"
                        + " eb 2e                                  jmp 0x8a <_JIT_ENTRY+0x8a>\n"
                        + " 49 8b 76 28                            movq 0x28(%r14), %rsi\n"
                        + " f3 0f 7e 44 96 08                      movq 0x8(%rsi,%rdx,4), %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 75 e0                                  jne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 48 89 ca                               movq %rcx, %rdx\n"
                        + " 48 c1 ea 03                            shrq $0x3, %rdx\n"
                        + " 48 01 d0                               addq %rdx, %rax\n"
                        + " 48 83 f9 10                            cmpq $0x10, %rcx\n"
                        + " 48 0f 42 c2                            cmovbq %rdx, %rax\n"
                        + " 48 d1 c8                               rorq %rax\n"
                        + " 66 48 0f 6e c8                         movq %rax, %xmm1\n"
                        + " f2 0f 59 c1                            mulsd %xmm1, %xmm0\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 66 48 0f 7e c1                         movq %xmm0, %rcx\n"
                        + " 48 d1 c1                               rolq %rcx\n"
                        + " 48 83 f9 01                            cmpq $0x1, %rcx\n"
                        + " 77 15                                  ja 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + " 48 8d 04 cd 04 00 00 00                leaq 0x4(,%rcx,8), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 b8 00 00 00 00 00 00 e0 8f          movabsq $-0x7020000000000000, %rax # imm = 0x8FE0000000000000\n"
                        + " 48 01 c8                               addq %rcx, %rax\n"
                        + " 48 c1 e8 35                            shrq $0x35, %rax\n"
                        + " 3d fe 00 00 00                         cmpl $0xfe, %eax\n"
                        + " 77 1e                                  ja 0xeb <_JIT_ENTRY+0xeb>\n"
                        + " 48 c1 e1 03                            shlq $0x3, %rcx\n"
                        + " 48 b8 04 00 00 00 00 00 00 80          movabsq $-0x7ffffffffffffffc, %rax # imm = 0x8000000000000004\n"
                        + " 48 31 c8                               xorq %rcx, %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xeb <_JIT_ENTRY+0xeb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xf1 <_JIT_ENTRY+0xf1>\n"
                        + "  R_X86_64_GOTPCRELX box_float-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 b2                                  jne 0xa8 <_JIT_ENTRY+0xa8>\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x100 <_JIT_ENTRY+0x100>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x10b <_JIT_ENTRY+0x10b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_MULTIPLY_INT (op(_BINARY_OP_MULTIPLY_INT))
     */
    private static Stencil _BINARY_OP_MULTIPLY_INT() {
        return new Stencil(
                        hex("498b4df0498b45f848d1f948ffc8480fafc17111488b0500000000488b004885c07412ffe048ffc0498945f04983c5f8e9000000004d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(49, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(59, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(70, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_MULTIPLY_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_MULTIPLY_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f0                            movq -0x10(%r13), %rcx\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " 48 ff c8                               decq %rax\n"
                        + " 48 0f af c1                            imulq %rcx, %rax\n"
                        + " 71 11                                  jno 0x25 <_JIT_ENTRY+0x25>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 12                                  je 0x35 <_JIT_ENTRY+0x35>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 48 ff c0                               incq %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x35 <_JIT_ENTRY+0x35>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3f <_JIT_ENTRY+0x3f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4a <_JIT_ENTRY+0x4a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_SUBTRACT_FLOAT (op(_BINARY_OP_SUBTRACT_FLOAT))
     */
    private static Stencil _BINARY_OP_SUBTRACT_FLOAT() {
        return new Stencil(
                        hex("5048b80000000000000070498b55f0498b4df8488b3500000000498976084d892e89d683e60783fe0475314889d648c1ee03488d3c064883fa10480f42fe48d1cf66480f6ec789ca83e20783fa047420498b4628f30f7e4c8808eb2e498b7628f30f7e44960889ca83e20783fa0475e04889ca48c1ea034801d04883f910480f42c248d1c866480f6ec8f20f5cc1498d5df066480f7ec148d1c14883f9017715488d04cd040000004983c5f848890358e90000000048b8000000000000e08f4801c848c1e8353dfe000000771e48c1e10348b804000000000000804831c84983c5f848890358e900000000ff15000000004885c075b249891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(177, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(231, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(237, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(252, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(263, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_SUBTRACT_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_SUBTRACT_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 b8 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rax # imm = 0x7000000000000000\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 35 00 00 00 00                   movq (%rip), %rsi            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 76 08                            movq %rsi, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 89 d6                                  movl %edx, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 83 fe 04                               cmpl $0x4, %esi\n"
                        + " 75 31                                  jne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 c1 ee 03                            shrq $0x3, %rsi\n"
                        + " 48 8d 3c 06                            leaq (%rsi,%rax), %rdi\n"
                        + " 48 83 fa 10                            cmpq $0x10, %rdx\n"
                        + " 48 0f 42 fe                            cmovbq %rsi, %rdi\n"
                        + " 48 d1 cf                               rorq %rdi\n"
                        + " 66 48 0f 6e c7                         movq %rdi, %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 74 20                                  je 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " f3 0f 7e 4c 88 08                      movq 0x8(%rax,%rcx,4), %xmm1\n"
                        + " eb 2e                                  jmp 0x8a <_JIT_ENTRY+0x8a>\n"
                        + " 49 8b 76 28                            movq 0x28(%r14), %rsi\n"
                        + " f3 0f 7e 44 96 08                      movq 0x8(%rsi,%rdx,4), %xmm0\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 83 fa 04                               cmpl $0x4, %edx\n"
                        + " 75 e0                                  jne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 48 89 ca                               movq %rcx, %rdx\n"
                        + " 48 c1 ea 03                            shrq $0x3, %rdx\n"
                        + " 48 01 d0                               addq %rdx, %rax\n"
                        + " 48 83 f9 10                            cmpq $0x10, %rcx\n"
                        + " 48 0f 42 c2                            cmovbq %rdx, %rax\n"
                        + " 48 d1 c8                               rorq %rax\n"
                        + " 66 48 0f 6e c8                         movq %rax, %xmm1\n"
                        + " f2 0f 5c c1                            subsd %xmm1, %xmm0\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 66 48 0f 7e c1                         movq %xmm0, %rcx\n"
                        + " 48 d1 c1                               rolq %rcx\n"
                        + " 48 83 f9 01                            cmpq $0x1, %rcx\n"
                        + " 77 15                                  ja 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + " 48 8d 04 cd 04 00 00 00                leaq 0x4(,%rcx,8), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xb5 <_JIT_ENTRY+0xb5>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 b8 00 00 00 00 00 00 e0 8f          movabsq $-0x7020000000000000, %rax # imm = 0x8FE0000000000000\n"
                        + " 48 01 c8                               addq %rcx, %rax\n"
                        + " 48 c1 e8 35                            shrq $0x35, %rax\n"
                        + " 3d fe 00 00 00                         cmpl $0xfe, %eax\n"
                        + " 77 1e                                  ja 0xeb <_JIT_ENTRY+0xeb>\n"
                        + " 48 c1 e1 03                            shlq $0x3, %rcx\n"
                        + " 48 b8 04 00 00 00 00 00 00 80          movabsq $-0x7ffffffffffffffc, %rax # imm = 0x8000000000000004\n"
                        + " 48 31 c8                               xorq %rcx, %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xeb <_JIT_ENTRY+0xeb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xf1 <_JIT_ENTRY+0xf1>\n"
                        + "  R_X86_64_GOTPCRELX box_float-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 b2                                  jne 0xa8 <_JIT_ENTRY+0xa8>\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x100 <_JIT_ENTRY+0x100>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x10b <_JIT_ENTRY+0x10b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_SUBTRACT_INT (op(_BINARY_OP_SUBTRACT_INT))
     */
    private static Stencil _BINARY_OP_SUBTRACT_INT() {
        return new Stencil(
                        hex("498b45f0498b4df848ffc94829c87111488b0500000000488b004885c0740fffe0498945f04983c5f8e9000000004d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(42, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_SUBTRACT_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_SUBTRACT_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 ff c9                               decq %rcx\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 71 11                                  jno 0x21 <_JIT_ENTRY+0x21>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0f                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x2e <_JIT_ENTRY+0x2e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_SUBSCR (op(_BINARY_SUBSCR))
     */
    private static Stencil _BINARY_SUBSCR() {
        return new Stencil(
                        hex("50498d5df0498b7df0498b75f8488b0500000000498946084d892eff15000000004885c0740d4983c5f848890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(68, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "subscr", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_GOTPCRELX subscr-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x33 <_JIT_ENTRY+0x33>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_SUBSCR_DICT (op(_BINARY_SUBSCR_DICT))
     */
    private static Stencil _BINARY_SUBSCR_DICT() {
        return new Stencil(
                        hex("50498d5df0498b7df0498b75f8488b0500000000498946084d892eff15000000004885c0740d4983c5f848890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(68, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "dict_subscr", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_DICT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_GOTPCRELX dict_subscr-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x33 <_JIT_ENTRY+0x33>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_SUBSCR_LIST_INT (op(_BINARY_SUBSCR_LIST_INT))
     */
    private static Stencil _BINARY_SUBSCR_LIST_INT() {
        return new Stencil(
                        hex("498b45f0498b4df8498b5628488b7482084889cf48d1ff48c1f93f4821f14801f9781b4839f17d16488b448210488b04c8498945f04983c5f8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(58, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(65, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(85, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(96, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_LIST_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_LIST_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 74 82 08                         movq 0x8(%rdx,%rax,4), %rsi\n"
                        + " 48 89 cf                               movq %rcx, %rdi\n"
                        + " 48 d1 ff                               sarq %rdi\n"
                        + " 48 c1 f9 3f                            sarq $0x3f, %rcx\n"
                        + " 48 21 f1                               andq %rsi, %rcx\n"
                        + " 48 01 f9                               addq %rdi, %rcx\n"
                        + " 78 1b                                  js 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 48 39 f1                               cmpq %rsi, %rcx\n"
                        + " 7d 16                                  jge 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 48 8b 44 82 10                         movq 0x10(%rdx,%rax,4), %rax\n"
                        + " 48 8b 04 c8                            movq (%rax,%rcx,8), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x3e <_JIT_ENTRY+0x3e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x45 <_JIT_ENTRY+0x45>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x4f <_JIT_ENTRY+0x4f>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x59 <_JIT_ENTRY+0x59>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_SUBSCR_STR_INT (op(_BINARY_SUBSCR_STR_INT))
     */
    private static Stencil _BINARY_SUBSCR_STR_INT() {
        return new Stencil(
                        hex("50498b7df0498b75f8498b4628488b44b8084889f148d1f948c1fe3f4821c64801ce782f4839c67d2a498d5df0488b0500000000498946084d892eff15000000004885c0743f4983c5f848890358e900000000488b0500000000488b004885c0740359ffe04d892e488b050000000049894610488b0d00000000b80100000049894e4059c349891e488b050000000049894610488b0d00000000b80300000049894e4059c3"),
                        new Hole[] {
                            new Hole(48, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(61, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(86, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(107, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(118, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(139, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(150, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "str_item", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_STR_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_STR_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " 48 8b 44 b8 08                         movq 0x8(%rax,%rdi,4), %rax\n"
                        + " 48 89 f1                               movq %rsi, %rcx\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " 48 c1 fe 3f                            sarq $0x3f, %rsi\n"
                        + " 48 21 c6                               andq %rax, %rsi\n"
                        + " 48 01 ce                               addq %rcx, %rsi\n"
                        + " 78 2f                                  js 0x53 <_JIT_ENTRY+0x53>\n"
                        + " 48 39 c6                               cmpq %rax, %rsi\n"
                        + " 7d 2a                                  jge 0x53 <_JIT_ENTRY+0x53>\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x41 <_JIT_ENTRY+0x41>\n"
                        + "  R_X86_64_GOTPCRELX str_item-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 3f                                  je 0x85 <_JIT_ENTRY+0x85>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5a <_JIT_ENTRY+0x5a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 03                                  je 0x65 <_JIT_ENTRY+0x65>\n"
                        + " 59                                     popq %rcx\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6f <_JIT_ENTRY+0x6f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7a <_JIT_ENTRY+0x7a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x8f <_JIT_ENTRY+0x8f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x9a <_JIT_ENTRY+0x9a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_SUBSCR_TUPLE_INT (op(_BINARY_SUBSCR_TUPLE_INT))
     */
    private static Stencil _BINARY_SUBSCR_TUPLE_INT() {
        return new Stencil(
                        hex("498b45f0498b4df8498b5628488b7482084889cf48d1ff48c1f93f4821f14801f9781b4839f17d16488b448210488b04c8498945f04983c5f8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(58, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(65, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(85, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(96, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_TUPLE_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_TUPLE_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 74 82 08                         movq 0x8(%rdx,%rax,4), %rsi\n"
                        + " 48 89 cf                               movq %rcx, %rdi\n"
                        + " 48 d1 ff                               sarq %rdi\n"
                        + " 48 c1 f9 3f                            sarq $0x3f, %rcx\n"
                        + " 48 21 f1                               andq %rsi, %rcx\n"
                        + " 48 01 f9                               addq %rdi, %rcx\n"
                        + " 78 1b                                  js 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 48 39 f1                               cmpq %rsi, %rcx\n"
                        + " 7d 16                                  jge 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 48 8b 44 82 10                         movq 0x10(%rdx,%rax,4), %rax\n"
                        + " 48 8b 04 c8                            movq (%rax,%rcx,8), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x3e <_JIT_ENTRY+0x3e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x45 <_JIT_ENTRY+0x45>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x4f <_JIT_ENTRY+0x4f>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x59 <_JIT_ENTRY+0x59>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _CALL (op(_CALL))
     */
    private static Stencil _CALL() {
        return new Stencil(
                        hex("50488b0d0000000048c7c0feffffff4829c8488d1cc5000000004c01eb498b7cc5004989cf49f7d74b8b74fd00488d04cd000000004c89ea4829c2488b0500000000498946084d892eff15000000004885c074324f8d6cfd00488903498b46184883380074404d892e488b050000000049894610488b0d00000000b80200000049894e4059c349891e488b050000000049894610488b0d00000000b80300000049894e4059c358"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(62, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(108, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(119, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(140, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(151, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "call_object", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL's object file, before holes were extracted.
     */
    private static String _CALL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c0 fe ff ff ff                   movq $-0x2, %rax\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 48 8d 1c c5 00 00 00 00                leaq (,%rax,8), %rbx\n"
                        + " 4c 01 eb                               addq %r13, %rbx\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 49 89 cf                               movq %rcx, %r15\n"
                        + " 49 f7 d7                               notq %r15\n"
                        + " 4b 8b 74 fd 00                         movq (%r13,%r15,8), %rsi\n"
                        + " 48 8d 04 cd 00 00 00 00                leaq (,%rcx,8), %rax\n"
                        + " 4c 89 ea                               movq %r13, %rdx\n"
                        + " 48 29 c2                               subq %rax, %rdx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x42 <_JIT_ENTRY+0x42>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_GOTPCRELX call_object-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 32                                  je 0x86 <_JIT_ENTRY+0x86>\n"
                        + " 4f 8d 6c fd 00                         leaq (%r13,%r15,8), %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 74 40                                  je 0xa6 <_JIT_ENTRY+0xa6>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x70 <_JIT_ENTRY+0x70>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7b <_JIT_ENTRY+0x7b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x90 <_JIT_ENTRY+0x90>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x9b <_JIT_ENTRY+0x9b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xac <_JIT_ENTRY+0xac>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _CALL_BUILTIN (op(_CALL_BUILTIN))
     */
    private static Stencil _CALL_BUILTIN() {
        return new Stencil(
                        hex("50488b0d0000000048c7c0feffffff4829c8488d1cc5000000004c01eb498b7cc5004989cf49f7d74b8b74fd00488d04cd000000004c89ea4829c2488b0500000000498946084d892eff15000000004885c074324f8d6cfd00488903498b46184883380074404d892e488b050000000049894610488b0d00000000b80200000049894e4059c349891e488b050000000049894610488b0d00000000b80300000049894e4059c358"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(62, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(108, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(119, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(140, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(151, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "call_builtin", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_BUILTIN's object file, before holes were extracted.
     */
    private static String _CALL_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c0 fe ff ff ff                   movq $-0x2, %rax\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 48 8d 1c c5 00 00 00 00                leaq (,%rax,8), %rbx\n"
                        + " 4c 01 eb                               addq %r13, %rbx\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 49 89 cf                               movq %rcx, %r15\n"
                        + " 49 f7 d7                               notq %r15\n"
                        + " 4b 8b 74 fd 00                         movq (%r13,%r15,8), %rsi\n"
                        + " 48 8d 04 cd 00 00 00 00                leaq (,%rcx,8), %rax\n"
                        + " 4c 89 ea                               movq %r13, %rdx\n"
                        + " 48 29 c2                               subq %rax, %rdx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x42 <_JIT_ENTRY+0x42>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_GOTPCRELX call_builtin-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 32                                  je 0x86 <_JIT_ENTRY+0x86>\n"
                        + " 4f 8d 6c fd 00                         leaq (%r13,%r15,8), %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 74 40                                  je 0xa6 <_JIT_ENTRY+0xa6>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x70 <_JIT_ENTRY+0x70>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7b <_JIT_ENTRY+0x7b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x90 <_JIT_ENTRY+0x90>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x9b <_JIT_ENTRY+0x9b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xac <_JIT_ENTRY+0xac>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS (op(_CHECK_FUNCTION_EXACT_ARGS))
     */
    private static Stencil _CHECK_FUNCTION_EXACT_ARGS() {
        return new Stencil(
                        hex("488b050000000048c7c1feffffff4829c1498b4ccd00488b3500000000f6c107755b498b562848833c8a0d75504839748a0875794889c648f7d649837cf500014883d8ff4839448a100f8400000000488b0500000000488b004885c0752e4d892e488b050000000049894610488b050000000049894640b801000000c3488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3488b0500000000488b004885c075d04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(82, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(100, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(111, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(128, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(148, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(159, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(176, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(194, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(205, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_FUNCTION_EXACT_ARGS's object file, before holes were extracted.
     */
    private static String _CHECK_FUNCTION_EXACT_ARGS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c1 fe ff ff ff                   movq $-0x2, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 49 8b 4c cd 00                         movq (%r13,%rcx,8), %rcx\n"
                        + " 48 8b 35 00 00 00 00                   movq (%rip), %rsi            # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " f6 c1 07                               testb $0x7, %cl\n"
                        + " 75 5b                                  jne 0x7d <_JIT_ENTRY+0x7d>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 83 3c 8a 0d                         cmpq $0xd, (%rdx,%rcx,4)\n"
                        + " 75 50                                  jne 0x7d <_JIT_ENTRY+0x7d>\n"
                        + " 48 39 74 8a 08                         cmpq %rsi, 0x8(%rdx,%rcx,4)\n"
                        + " 75 79                                  jne 0xad <_JIT_ENTRY+0xad>\n"
                        + " 48 89 c6                               movq %rax, %rsi\n"
                        + " 48 f7 d6                               notq %rsi\n"
                        + " 49 83 7c f5 00 01                      cmpq $0x1, (%r13,%rsi,8)\n"
                        + " 48 83 d8 ff                            sbbq $-0x1, %rax\n"
                        + " 48 39 44 8a 10                         cmpq %rax, 0x10(%rdx,%rcx,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x56 <_JIT_ENTRY+0x56>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 2e                                  jne 0x8c <_JIT_ENTRY+0x8c>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x68 <_JIT_ENTRY+0x68>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x73 <_JIT_ENTRY+0x73>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x84 <_JIT_ENTRY+0x84>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x8e <_JIT_ENTRY+0x8e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x98 <_JIT_ENTRY+0x98>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xa3 <_JIT_ENTRY+0xa3>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xb4 <_JIT_ENTRY+0xb4>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 d0                                  jne 0x8c <_JIT_ENTRY+0x8c>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xc6 <_JIT_ENTRY+0xc6>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xd1 <_JIT_ENTRY+0xd1>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _CHECK_PERIODIC (op(_CHECK_PERIODIC))
     */
    private static Stencil _CHECK_PERIODIC() {
        return new Stencil(
                        hex("498b4618488338000f84000000004d892e488b050000000049894610488b050000000049894640b802000000c3"),
                        new Hole[] {
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(31, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_PERIODIC's object file, before holes were extracted.
     */
    private static String _CHECK_PERIODIC_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 0f 84 00 00 00 00                      je 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x23 <_JIT_ENTRY+0x23>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _CHECK_STACK_SPACE (op(_CHECK_STACK_SPACE))
     */
    private static Stencil _CHECK_STACK_SPACE() {
        return new Stencil(
                        hex("488b050000000048c7c1feffffff4829c1498b44cd00498b4e288b448118488b49384839010f8d00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(66, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(77, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_STACK_SPACE's object file, before holes were extracted.
     */
    private static String _CHECK_STACK_SPACE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c1 fe ff ff ff                   movq $-0x2, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 49 8b 44 cd 00                         movq (%r13,%rcx,8), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 8b 44 81 18                            movl 0x18(%rcx,%rax,4), %eax\n"
                        + " 48 8b 49 38                            movq 0x38(%rcx), %rcx\n"
                        + " 48 39 01                               cmpq %rax, (%rcx)\n"
                        + " 0f 8d 00 00 00 00                      jge 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x46 <_JIT_ENTRY+0x46>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x51 <_JIT_ENTRY+0x51>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _CHECK_VALIDITY (op(_CHECK_VALIDITY))
     */
    private static Stencil _CHECK_VALIDITY() {
        return new Stencil(
                        hex("50ff150000000084c0740658e900000000488b0500000000488b004885c0740359ffe04d892e488b050000000049894610488b050000000049894640b80100000059c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(13, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(41, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.HELPER, "executor_is_valid", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_VALIDITY's object file, before holes were extracted.
     */
    private static String _CHECK_VALIDITY_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_GOTPCRELX executor_is_valid-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x11 <_JIT_ENTRY+0x11>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x11 <_JIT_ENTRY+0x11>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 03                                  je 0x23 <_JIT_ENTRY+0x23>\n"
                        + " 59                                     popq %rcx\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2d <_JIT_ENTRY+0x2d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _COMPARE_OP (op(_COMPARE_OP))
     */
    private static Stencil _COMPARE_OP() {
        return new Stencil(
                        hex("50488b3d00000000498d5df0498b75f0498b55f8488b0500000000498946084d892e48c1ff04ff15000000004885c0740d4983c5f848890358e90000000049891e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(40, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(58, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(68, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "compare_op", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 c1 ff 04                            sarq $0x4, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_X86_64_GOTPCRELX compare_op-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0d                                  je 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3e <_JIT_ENTRY+0x3e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _COMPARE_OP_FLOAT (op(_COMPARE_OP_FLOAT))
     */
    private static Stencil _COMPARE_OP_FLOAT() {
        return new Stencil(
                        hex("48b80000000000000070488b0d00000000498b75f0498b55f889f783e70783ff0475404889f748c1ef034c8d04074883fe104c0f42c749d1c866490f6ec089d683e60783fe04742f498b4628f20f104c9008498d45f8ba02000000660f2ec8763feb5a498b7e28f30f7e44b70889d683e60783fe0475d14889d648c1ee034801f04883fa10480f42c648d1c866480f6ec8498d45f8ba02000000660f2ec8771dba04000000660f2ec17712be01000000ba08000000480f45d6480f4ad631f685ca400f95c6488d0cf50a00000049894df04989c5"),
                        new Hole[] {
                            new Hole(13, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_FLOAT's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 b8 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rax # imm = 0x7000000000000000\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x11 <_JIT_ENTRY+0x11>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 8b 55 f8                            movq -0x8(%r13), %rdx\n"
                        + " 89 f7                                  movl %esi, %edi\n"
                        + " 83 e7 07                               andl $0x7, %edi\n"
                        + " 83 ff 04                               cmpl $0x4, %edi\n"
                        + " 75 40                                  jne 0x63 <_JIT_ENTRY+0x63>\n"
                        + " 48 89 f7                               movq %rsi, %rdi\n"
                        + " 48 c1 ef 03                            shrq $0x3, %rdi\n"
                        + " 4c 8d 04 07                            leaq (%rdi,%rax), %r8\n"
                        + " 48 83 fe 10                            cmpq $0x10, %rsi\n"
                        + " 4c 0f 42 c7                            cmovbq %rdi, %r8\n"
                        + " 49 d1 c8                               rorq %r8\n"
                        + " 66 49 0f 6e c0                         movq %r8, %xmm0\n"
                        + " 89 d6                                  movl %edx, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 83 fe 04                               cmpl $0x4, %esi\n"
                        + " 74 2f                                  je 0x77 <_JIT_ENTRY+0x77>\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " f2 0f 10 4c 90 08                      movsd 0x8(%rax,%rdx,4), %xmm1\n"
                        + " 49 8d 45 f8                            leaq -0x8(%r13), %rax\n"
                        + " ba 02 00 00 00                         movl $0x2, %edx\n"
                        + " 66 0f 2e c8                            ucomisd %xmm0, %xmm1\n"
                        + " 76 3f                                  jbe 0xa0 <_JIT_ENTRY+0xa0>\n"
                        + " eb 5a                                  jmp 0xbd <_JIT_ENTRY+0xbd>\n"
                        + " 49 8b 7e 28                            movq 0x28(%r14), %rdi\n"
                        + " f3 0f 7e 44 b7 08                      movq 0x8(%rdi,%rsi,4), %xmm0\n"
                        + " 89 d6                                  movl %edx, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 83 fe 04                               cmpl $0x4, %esi\n"
                        + " 75 d1                                  jne 0x48 <_JIT_ENTRY+0x48>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 c1 ee 03                            shrq $0x3, %rsi\n"
                        + " 48 01 f0                               addq %rsi, %rax\n"
                        + " 48 83 fa 10                            cmpq $0x10, %rdx\n"
                        + " 48 0f 42 c6                            cmovbq %rsi, %rax\n"
                        + " 48 d1 c8                               rorq %rax\n"
                        + " 66 48 0f 6e c8                         movq %rax, %xmm1\n"
                        + " 49 8d 45 f8                            leaq -0x8(%r13), %rax\n"
                        + " ba 02 00 00 00                         movl $0x2, %edx\n"
                        + " 66 0f 2e c8                            ucomisd %xmm0, %xmm1\n"
                        + " 77 1d                                  ja 0xbd <_JIT_ENTRY+0xbd>\n"
                        + " ba 04 00 00 00                         movl $0x4, %edx\n"
                        + " 66 0f 2e c1                            ucomisd %xmm1, %xmm0\n"
                        + " 77 12                                  ja 0xbd <_JIT_ENTRY+0xbd>\n"
                        + " be 01 00 00 00                         movl $0x1, %esi\n"
                        + " ba 08 00 00 00                         movl $0x8, %edx\n"
                        + " 48 0f 45 d6                            cmovneq %rsi, %rdx\n"
                        + " 48 0f 4a d6                            cmovpq %rsi, %rdx\n"
                        + " 31 f6                                  xorl %esi, %esi\n"
                        + " 85 ca                                  testl %ecx, %edx\n"
                        + " 40 0f 95 c6                            setne %sil\n"
                        + " 48 8d 0c f5 0a 00 00 00                leaq 0xa(,%rsi,8), %rcx\n"
                        + " 49 89 4d f0                            movq %rcx, -0x10(%r13)\n"
                        + " 49 89 c5                               movq %rax, %r13\n"
                        + " e9 00 00 00 00                         jmp 0xd9 <_JIT_ENTRY+0xd9>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _COMPARE_OP_INT (op(_COMPARE_OP_INT))
     */
    private static Stencil _COMPARE_OP_INT() {
        return new Stencil(
                        hex("488b0d00000000498b55f0498d45f831f6493b55f8400f9ec68d14b504000000be020000000f4df231d285ce0f95c2488d0cd50a00000049894df04989c5"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_INT's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " 49 8d 45 f8                            leaq -0x8(%r13), %rax\n"
                        + " 31 f6                                  xorl %esi, %esi\n"
                        + " 49 3b 55 f8                            cmpq -0x8(%r13), %rdx\n"
                        + " 40 0f 9e c6                            setle %sil\n"
                        + " 8d 14 b5 04 00 00 00                   leal 0x4(,%rsi,4), %edx\n"
                        + " be 02 00 00 00                         movl $0x2, %esi\n"
                        + " 0f 4d f2                               cmovgel %edx, %esi\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 85 ce                                  testl %ecx, %esi\n"
                        + " 0f 95 c2                               setne %dl\n"
                        + " 48 8d 0c d5 0a 00 00 00                leaq 0xa(,%rdx,8), %rcx\n"
                        + " 49 89 4d f0                            movq %rcx, -0x10(%r13)\n"
                        + " 49 89 c5                               movq %rax, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _COMPARE_OP_STR (op(_COMPARE_OP_STR))
     */
    private static Stencil _COMPARE_OP_STR() {
        return new Stencil(
                        hex("504c8b3d00000000498d5df8498b7df0498b75f8ff150000000031c94885c00f94c18d048d04000000b9020000000f49c831c04485f90f95c0488d04c50a000000498945f04989dd58"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "str_compare", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_STR's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 8b 3d 00 00 00 00                   movq (%rip), %r15            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 5d f8                            leaq -0x8(%r13), %rbx\n"
                        + " 49 8b 7d f0                            movq -0x10(%r13), %rdi\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_GOTPCRELX str_compare-0x4\n"
                        + " 31 c9                                  xorl %ecx, %ecx\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 0f 94 c1                               sete %cl\n"
                        + " 8d 04 8d 04 00 00 00                   leal 0x4(,%rcx,4), %eax\n"
                        + " b9 02 00 00 00                         movl $0x2, %ecx\n"
                        + " 0f 49 c8                               cmovnsl %eax, %ecx\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 44 85 f9                               testl %r15d, %ecx\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 89 dd                               movq %rbx, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4e <_JIT_ENTRY+0x4e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _EXIT_TRACE (op(_EXIT_TRACE))
     */
    private static Stencil _EXIT_TRACE() {
        return new Stencil(
                        hex("488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(34, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _EXIT_TRACE's object file, before holes were extracted.
     */
    private static String _EXIT_TRACE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x11 <_JIT_ENTRY+0x11>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x26 <_JIT_ENTRY+0x26>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _FOR_ITER_TIER_TWO (op(_FOR_ITER_TIER_TWO))
     */
    private static Stencil _FOR_ITER_TIER_TWO() {
        return new Stencil(
                        hex("50498b7df8488b0500000000498946084d892eff15000000004885c0740e498945004983c50858e900000000ff150000000084c074244983c5f84d892e488b050000000049894610488b0d00000000b80300000049894e4059c3488b0500000000488b004885c0740359ffe04d892e488b050000000049894610488b0d00000000b80100000049894e4059c3"),
                        new Hole[] {
                            new Hole(8, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(21, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(40, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(64, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(93, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L),
                            new Hole(114, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(125, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "iter_next", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "exception_pending", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _FOR_ITER_TIER_TWO's object file, before holes were extracted.
     */
    private static String _FOR_ITER_TIER_TWO_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xc <_JIT_ENTRY+0xc>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>\n"
                        + "  R_X86_64_GOTPCRELX iter_next-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 0e                                  je 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_GOTPCRELX exception_pending-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 24                                  je 0x5a <_JIT_ENTRY+0x5a>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x61 <_JIT_ENTRY+0x61>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 03                                  je 0x6c <_JIT_ENTRY+0x6c>\n"
                        + " 59                                     popq %rcx\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x76 <_JIT_ENTRY+0x76>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x81 <_JIT_ENTRY+0x81>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_BOTH_FLOAT (op(_GUARD_BOTH_FLOAT))
     */
    private static Stencil _GUARD_BOTH_FLOAT() {
        return new Stencil(
                        hex("498b4df0498b45f889ca83e2074883fa0474104885d2752e498b562848833c8a04752389c183e1074883f9040f84000000004885c9750f498b4e2848833c81040f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(66, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(93, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(104, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_FLOAT's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f0                            movq -0x10(%r13), %rcx\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 07                               andl $0x7, %edx\n"
                        + " 48 83 fa 04                            cmpq $0x4, %rdx\n"
                        + " 74 10                                  je 0x23 <_JIT_ENTRY+0x23>\n"
                        + " 48 85 d2                               testq %rdx, %rdx\n"
                        + " 75 2e                                  jne 0x46 <_JIT_ENTRY+0x46>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 83 3c 8a 04                         cmpq $0x4, (%rdx,%rcx,4)\n"
                        + " 75 23                                  jne 0x46 <_JIT_ENTRY+0x46>\n"
                        + " 89 c1                                  movl %eax, %ecx\n"
                        + " 83 e1 07                               andl $0x7, %ecx\n"
                        + " 48 83 f9 04                            cmpq $0x4, %rcx\n"
                        + " 0f 84 00 00 00 00                      je 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 75 0f                                  jne 0x46 <_JIT_ENTRY+0x46>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 04                         cmpq $0x4, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x46 <_JIT_ENTRY+0x46>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x57 <_JIT_ENTRY+0x57>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x61 <_JIT_ENTRY+0x61>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6c <_JIT_ENTRY+0x6c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_BOTH_INT (op(_GUARD_BOTH_INT))
     */
    private static Stencil _GUARD_BOTH_INT() {
        return new Stencil(
                        hex("418b45f0412345f8a8010f8500000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_INT's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 41 8b 45 f0                            movl -0x10(%r13), %eax\n"
                        + " 41 23 45 f8                            andl -0x8(%r13), %eax\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 0f 85 00 00 00 00                      jne 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x21 <_JIT_ENTRY+0x21>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_BOTH_UNICODE (op(_GUARD_BOTH_UNICODE))
     */
    private static Stencil _GUARD_BOTH_UNICODE() {
        return new Stencil(
                        hex("498b55f0f6c2077525498b45f8498b4e28488b14914883f20589c683e6074809d6750b48833c81050f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(42, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(49, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(69, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(80, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_UNICODE's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_UNICODE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 55 f0                            movq -0x10(%r13), %rdx\n"
                        + " f6 c2 07                               testb $0x7, %dl\n"
                        + " 75 25                                  jne 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 14 91                            movq (%rcx,%rdx,4), %rdx\n"
                        + " 48 83 f2 05                            xorq $0x5, %rdx\n"
                        + " 89 c6                                  movl %eax, %esi\n"
                        + " 83 e6 07                               andl $0x7, %esi\n"
                        + " 48 09 d6                               orq %rdx, %rsi\n"
                        + " 75 0b                                  jne 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " 48 83 3c 81 05                         cmpq $0x5, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x35 <_JIT_ENTRY+0x35>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3f <_JIT_ENTRY+0x3f>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x49 <_JIT_ENTRY+0x49>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_BUILTINS_VERSION (op(_GUARD_BUILTINS_VERSION))
     */
    private static Stencil _GUARD_BUILTINS_VERSION() {
        return new Stencil(
                        hex("488b0500000000498b4e28488b513048394491100f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(49, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BUILTINS_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_BUILTINS_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 51 30                            movq 0x30(%rcx), %rdx\n"
                        + " 48 39 44 91 10                         cmpq %rax, 0x10(%rcx,%rdx,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2b <_JIT_ENTRY+0x2b>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x35 <_JIT_ENTRY+0x35>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_CALLABLE_BUILTIN (op(_GUARD_CALLABLE_BUILTIN))
     */
    private static Stencil _GUARD_CALLABLE_BUILTIN() {
        return new Stencil(
                        hex("488b050000000048c7c1feffffff4829c1498b44cd00a807750f498b4e2848833c810e0f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(37, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(44, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(64, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_BUILTIN's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c1 fe ff ff ff                   movq $-0x2, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 49 8b 44 cd 00                         movq (%r13,%rcx,8), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x29 <_JIT_ENTRY+0x29>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 0e                         cmpq $0xe, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x29 <_JIT_ENTRY+0x29>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3a <_JIT_ENTRY+0x3a>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_EXHAUSTED_LIST (op(_GUARD_EXHAUSTED_LIST))
     */
    private static Stencil _GUARD_EXHAUSTED_LIST() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b448110483b4491080f8d00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(32, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 44 81 10                         movq 0x10(%rcx,%rax,4), %rax\n"
                        + " 48 3b 44 91 08                         cmpq 0x8(%rcx,%rdx,4), %rax\n"
                        + " 0f 8d 00 00 00 00                      jge 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_EXHAUSTED_RANGE (op(_GUARD_EXHAUSTED_RANGE))
     */
    private static Stencil _GUARD_EXHAUSTED_RANGE() {
        return new Stencil(
                        hex("498b45f8498b4e2848837c8118000f8e00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(43, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_RANGE's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 7c 81 18 00                      cmpq $0x0, 0x18(%rcx,%rax,4)\n"
                        + " 0f 8e 00 00 00 00                      jle 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x25 <_JIT_ENTRY+0x25>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2f <_JIT_ENTRY+0x2f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_EXHAUSTED_TUPLE (op(_GUARD_EXHAUSTED_TUPLE))
     */
    private static Stencil _GUARD_EXHAUSTED_TUPLE() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b448110483b4491080f8d00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(32, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 44 81 10                         movq 0x10(%rcx,%rax,4), %rax\n"
                        + " 48 3b 44 91 08                         cmpq 0x8(%rcx,%rdx,4), %rax\n"
                        + " 0f 8d 00 00 00 00                      jge 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_GLOBALS_VERSION (op(_GUARD_GLOBALS_VERSION))
     */
    private static Stencil _GUARD_GLOBALS_VERSION() {
        return new Stencil(
                        hex("488b0500000000498b4e28488b512848394491100f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(29, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(49, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_GLOBALS_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_GLOBALS_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 51 28                            movq 0x28(%rcx), %rdx\n"
                        + " 48 39 44 91 10                         cmpq %rax, 0x10(%rcx,%rdx,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x21 <_JIT_ENTRY+0x21>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2b <_JIT_ENTRY+0x2b>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x35 <_JIT_ENTRY+0x35>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_IS_FALSE_POP (op(_GUARD_IS_FALSE_POP))
     */
    private static Stencil _GUARD_IS_FALSE_POP() {
        return new Stencil(
                        hex("49837df80a75094983c5f8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_IS_FALSE_POP's object file, before holes were extracted.
     */
    private static String _GUARD_IS_FALSE_POP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 83 7d f8 0a                         cmpq $0xa, -0x8(%r13)\n"
                        + " 75 09                                  jne 0x10 <_JIT_ENTRY+0x10>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x21 <_JIT_ENTRY+0x21>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_IS_TRUE_POP (op(_GUARD_IS_TRUE_POP))
     */
    private static Stencil _GUARD_IS_TRUE_POP() {
        return new Stencil(
                        hex("49837df81275094983c5f8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(12, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_IS_TRUE_POP's object file, before holes were extracted.
     */
    private static String _GUARD_IS_TRUE_POP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 83 7d f8 12                         cmpq $0x12, -0x8(%r13)\n"
                        + " 75 09                                  jne 0x10 <_JIT_ENTRY+0x10>\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x21 <_JIT_ENTRY+0x21>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOS_DICT (op(_GUARD_NOS_DICT))
     */
    private static Stencil _GUARD_NOS_DICT() {
        return new Stencil(
                        hex("498b45f0a807750f498b4e2848833c81080f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_DICT's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 08                         cmpq $0x8, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOS_INT (op(_GUARD_NOS_INT))
     */
    private static Stencil _GUARD_NOS_INT() {
        return new Stencil(
                        hex("41f645f0010f8500000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(14, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(34, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(45, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_INT's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 41 f6 45 f0 01                         testb $0x1, -0x10(%r13)\n"
                        + " 0f 85 00 00 00 00                      jne 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x26 <_JIT_ENTRY+0x26>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x31 <_JIT_ENTRY+0x31>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOS_LIST (op(_GUARD_NOS_LIST))
     */
    private static Stencil _GUARD_NOS_LIST() {
        return new Stencil(
                        hex("498b45f0a807750f498b4e2848833c81060f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 06                         cmpq $0x6, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOS_STR (op(_GUARD_NOS_STR))
     */
    private static Stencil _GUARD_NOS_STR() {
        return new Stencil(
                        hex("498b45f0a807750f498b4e2848833c81050f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_STR's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 05                         cmpq $0x5, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOS_TUPLE (op(_GUARD_NOS_TUPLE))
     */
    private static Stencil _GUARD_NOS_TUPLE() {
        return new Stencil(
                        hex("498b45f0a807750f498b4e2848833c81070f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 07                         cmpq $0x7, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_LIST (op(_GUARD_NOT_EXHAUSTED_LIST))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_LIST() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b448110483b4491080f8c00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(32, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 44 81 10                         movq 0x10(%rcx,%rax,4), %rax\n"
                        + " 48 3b 44 91 08                         cmpq 0x8(%rcx,%rdx,4), %rax\n"
                        + " 0f 8c 00 00 00 00                      jl 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_RANGE (op(_GUARD_NOT_EXHAUSTED_RANGE))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_RANGE() {
        return new Stencil(
                        hex("498b45f8498b4e2848837c8118000f8f00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(16, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(43, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_RANGE's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 7c 81 18 00                      cmpq $0x0, 0x18(%rcx,%rax,4)\n"
                        + " 0f 8f 00 00 00 00                      jg 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x25 <_JIT_ENTRY+0x25>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2f <_JIT_ENTRY+0x2f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_TUPLE (op(_GUARD_NOT_EXHAUSTED_TUPLE))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_TUPLE() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b448110483b4491080f8c00000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(32, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(52, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 44 81 10                         movq 0x10(%rcx,%rax,4), %rax\n"
                        + " 48 3b 44 91 08                         cmpq 0x8(%rcx,%rdx,4), %rax\n"
                        + " 0f 8c 00 00 00 00                      jl 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x2e <_JIT_ENTRY+0x2e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_BOOL (op(_GUARD_TOS_BOOL))
     */
    private static Stencil _GUARD_TOS_BOOL() {
        return new Stencil(
                        hex("498b45f84883f80a0f84000000004883f8120f8400000000488b0d00000000488b094885c97402ffe14d892e488b0d0000000049894e10488b0d0000000049894e404883f8120f8400000000b801000000c3"),
                        new Hole[] {
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(27, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(58, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(72, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_BOOL's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_BOOL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 48 83 f8 0a                            cmpq $0xa, %rax\n"
                        + " 0f 84 00 00 00 00                      je 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 83 f8 12                            cmpq $0x12, %rax\n"
                        + " 0f 84 00 00 00 00                      je 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1f <_JIT_ENTRY+0x1f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 09                               movq (%rcx), %rcx\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 74 02                                  je 0x29 <_JIT_ENTRY+0x29>\n"
                        + " ff e1                                  jmpq *%rcx\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 4e 10                            movq %rcx, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x3e <_JIT_ENTRY+0x3e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 48 83 f8 12                            cmpq $0x12, %rax\n"
                        + " 0f 84 00 00 00 00                      je 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_INT (op(_GUARD_TOS_INT))
     */
    private static Stencil _GUARD_TOS_INT() {
        return new Stencil(
                        hex("41f645f8010f8500000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(14, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(34, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(45, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_INT's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 41 f6 45 f8 01                         testb $0x1, -0x8(%r13)\n"
                        + " 0f 85 00 00 00 00                      jne 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x26 <_JIT_ENTRY+0x26>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x31 <_JIT_ENTRY+0x31>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_LIST (op(_GUARD_TOS_LIST))
     */
    private static Stencil _GUARD_TOS_LIST() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c81060f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 06                         cmpq $0x6, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_NONE (op(_GUARD_TOS_NONE))
     */
    private static Stencil _GUARD_TOS_NONE() {
        return new Stencil(
                        hex("49837df8020f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(14, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(34, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(45, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_NONE's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 83 7d f8 02                         cmpq $0x2, -0x8(%r13)\n"
                        + " 0f 84 00 00 00 00                      je 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x26 <_JIT_ENTRY+0x26>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x31 <_JIT_ENTRY+0x31>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_STR (op(_GUARD_TOS_STR))
     */
    private static Stencil _GUARD_TOS_STR() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c81050f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_STR's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 05                         cmpq $0x5, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TOS_TUPLE (op(_GUARD_TOS_TUPLE))
     */
    private static Stencil _GUARD_TOS_TUPLE() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c81070f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 07                         cmpq $0x7, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TYPE_VERSION (op(_GUARD_TYPE_VERSION))
     */
    private static Stencil _GUARD_TYPE_VERSION() {
        return new Stencil(
                        hex("498b4df8488b0500000000f6c1077517498b562848833c8a10750c488b4c8a08488b4c8a08eb0231c94839c10f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(53, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(84, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TYPE_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_TYPE_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " f6 c1 07                               testb $0x7, %cl\n"
                        + " 75 17                                  jne 0x27 <_JIT_ENTRY+0x27>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 83 3c 8a 10                         cmpq $0x10, (%rdx,%rcx,4)\n"
                        + " 75 0c                                  jne 0x27 <_JIT_ENTRY+0x27>\n"
                        + " 48 8b 4c 8a 08                         movq 0x8(%rdx,%rcx,4), %rcx\n"
                        + " 48 8b 4c 8a 08                         movq 0x8(%rdx,%rcx,4), %rcx\n"
                        + " eb 02                                  jmp 0x29 <_JIT_ENTRY+0x29>\n"
                        + " 31 c9                                  xorl %ecx, %ecx\n"
                        + " 48 39 c1                               cmpq %rax, %rcx\n"
                        + " 0f 84 00 00 00 00                      je 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x39 <_JIT_ENTRY+0x39>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x43 <_JIT_ENTRY+0x43>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _IS_NONE (op(_IS_NONE))
     */
    private static Stencil _IS_NONE() {
        return new Stencil(
                        hex("31c049837df8020f94c0488d04c50a000000498945f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _IS_NONE's object file, before holes were extracted.
     */
    private static String _IS_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 49 83 7d f8 02                         cmpq $0x2, -0x8(%r13)\n"
                        + " 0f 94 c0                               sete %al\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _ITER_CHECK_LIST (op(_ITER_CHECK_LIST))
     */
    private static Stencil _ITER_CHECK_LIST() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c810b0f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_LIST's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 0b                         cmpq $0xb, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _ITER_CHECK_RANGE (op(_ITER_CHECK_RANGE))
     */
    private static Stencil _ITER_CHECK_RANGE() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c810a0f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_RANGE's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 0a                         cmpq $0xa, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _ITER_CHECK_TUPLE (op(_ITER_CHECK_TUPLE))
     */
    private static Stencil _ITER_CHECK_TUPLE() {
        return new Stencil(
                        hex("498b45f8a807750f498b4e2848833c810c0f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_TUPLE's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x17 <_JIT_ENTRY+0x17>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 0c                         cmpq $0xc, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _ITER_NEXT_LIST (op(_ITER_NEXT_LIST))
     */
    private static Stencil _ITER_NEXT_LIST() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b748110483b7491087d23488d7e0148897c8110498b4628488b449010488b04f0498945004983c508e90000000048c74481080000000031c0498945004983c508"),
                        new Hole[] {
                            new Hole(56, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L)
                        },
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_LIST's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 74 81 10                         movq 0x10(%rcx,%rax,4), %rsi\n"
                        + " 48 3b 74 91 08                         cmpq 0x8(%rcx,%rdx,4), %rsi\n"
                        + " 7d 23                                  jge 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " 48 8d 7e 01                            leaq 0x1(%rsi), %rdi\n"
                        + " 48 89 7c 81 10                         movq %rdi, 0x10(%rcx,%rax,4)\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " 48 8b 44 90 10                         movq 0x10(%rax,%rdx,4), %rax\n"
                        + " 48 8b 04 f0                            movq (%rax,%rsi,8), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 c7 44 81 08 00 00 00 00             movq $0x0, 0x8(%rcx,%rax,4)\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _ITER_NEXT_RANGE (op(_ITER_NEXT_RANGE))
     */
    private static Stencil _ITER_NEXT_RANGE() {
        return new Stencil(
                        hex("498b45f8498b4e28488b548108488b7481104801d64889748108498b4e2848ff4c8118488d045501000000498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_RANGE's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 54 81 08                         movq 0x8(%rcx,%rax,4), %rdx\n"
                        + " 48 8b 74 81 10                         movq 0x10(%rcx,%rax,4), %rsi\n"
                        + " 48 01 d6                               addq %rdx, %rsi\n"
                        + " 48 89 74 81 08                         movq %rsi, 0x8(%rcx,%rax,4)\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 ff 4c 81 18                         decq 0x18(%rcx,%rax,4)\n"
                        + " 48 8d 04 55 01 00 00 00                leaq 0x1(,%rdx,2), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _ITER_NEXT_TUPLE (op(_ITER_NEXT_TUPLE))
     */
    private static Stencil _ITER_NEXT_TUPLE() {
        return new Stencil(
                        hex("498b45f8498b5628488b748208488b4c8210483b4cb2087d28488d71014889748210498b5628488b448208488b448210488b04c8498945004983c508e90000000031c0498945004983c508"),
                        new Hole[] {
                            new Hole(61, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L)
                        },
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_TUPLE's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 74 82 08                         movq 0x8(%rdx,%rax,4), %rsi\n"
                        + " 48 8b 4c 82 10                         movq 0x10(%rdx,%rax,4), %rcx\n"
                        + " 48 3b 4c b2 08                         cmpq 0x8(%rdx,%rsi,4), %rcx\n"
                        + " 7d 28                                  jge 0x41 <_JIT_ENTRY+0x41>\n"
                        + " 48 8d 71 01                            leaq 0x1(%rcx), %rsi\n"
                        + " 48 89 74 82 10                         movq %rsi, 0x10(%rdx,%rax,4)\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 44 82 08                         movq 0x8(%rdx,%rax,4), %rax\n"
                        + " 48 8b 44 82 10                         movq 0x10(%rdx,%rax,4), %rax\n"
                        + " 48 8b 04 c8                            movq (%rax,%rcx,8), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x41 <_JIT_ENTRY+0x41>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x50 <_JIT_ENTRY+0x50>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _JUMP_TO_TOP (op(_JUMP_TO_TOP))
     */
    private static Stencil _JUMP_TO_TOP() {
        return new Stencil(
                        hex("498b4618488338000f84000000004d892e488b050000000049894610488b050000000049894640b802000000c3"),
                        new Hole[] {
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.JUMP_TARGET, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(31, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _JUMP_TO_TOP's object file, before holes were extracted.
     */
    private static String _JUMP_TO_TOP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 0f 84 00 00 00 00                      je 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_PLT32 _JIT_JUMP_TARGET-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x23 <_JIT_ENTRY+0x23>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_ATTR (op(_LOAD_ATTR))
     */
    private static Stencil _LOAD_ATTR() {
        return new Stencil(
                        hex("554c8b3d00000000498d6df8498b5df8488b0500000000498946084d892e4c89ff48d1ffff15000000004889df4889c6ff15000000004885c0741d488945004983e701740849c74500000000004f8d6cfd005de90000000049892e488b050000000049894610488b050000000049894640b8030000005dc3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(38, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(84, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(94, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(105, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "load_attr", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 55                                     pushq %rbp\n"
                        + " 4c 8b 3d 00 00 00 00                   movq (%rip), %r15            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8d 6d f8                            leaq -0x8(%r13), %rbp\n"
                        + " 49 8b 5d f8                            movq -0x8(%r13), %rbx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 4c 89 ff                               movq %r15, %rdi\n"
                        + " 48 d1 ff                               sarq %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2a <_JIT_ENTRY+0x2a>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 48 89 df                               movq %rbx, %rdi\n"
                        + " 48 89 c6                               movq %rax, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_GOTPCRELX load_attr-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 1d                                  je 0x58 <_JIT_ENTRY+0x58>\n"
                        + " 48 89 45 00                            movq %rax, (%rbp)\n"
                        + " 49 83 e7 01                            andq $0x1, %r15\n"
                        + " 74 08                                  je 0x4d <_JIT_ENTRY+0x4d>\n"
                        + " 49 c7 45 00 00 00 00 00                movq $0x0, (%r13)\n"
                        + " 4f 8d 6c fd 00                         leaq (%r13,%r15,8), %r13\n"
                        + " 5d                                     popq %rbp\n"
                        + " e9 00 00 00 00                         jmp 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 89 2e                               movq %rbp, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x62 <_JIT_ENTRY+0x62>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6d <_JIT_ENTRY+0x6d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 5d                                     popq %rbp\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_ATTR_INSTANCE_VALUE (op(_LOAD_ATTR_INSTANCE_VALUE))
     */
    private static Stencil _LOAD_ATTR_INSTANCE_VALUE() {
        return new Stencil(
                        hex("488b0500000000498b4df8488b1500000000498b76284839548e187e2a488b4c8e10488b0cd14885c9741c49894df84883e001740849c74500000000004d8d6cc500e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(14, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(74, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(94, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(105, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR_INSTANCE_VALUE's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_INSTANCE_VALUE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 15 00 00 00 00                   movq (%rip), %rdx            # 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 76 28                            movq 0x28(%r14), %rsi\n"
                        + " 48 39 54 8e 18                         cmpq %rdx, 0x18(%rsi,%rcx,4)\n"
                        + " 7e 2a                                  jle 0x47 <_JIT_ENTRY+0x47>\n"
                        + " 48 8b 4c 8e 10                         movq 0x10(%rsi,%rcx,4), %rcx\n"
                        + " 48 8b 0c d1                            movq (%rcx,%rdx,8), %rcx\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 74 1c                                  je 0x47 <_JIT_ENTRY+0x47>\n"
                        + " 49 89 4d f8                            movq %rcx, -0x8(%r13)\n"
                        + " 48 83 e0 01                            andq $0x1, %rax\n"
                        + " 74 08                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " 49 c7 45 00 00 00 00 00                movq $0x0, (%r13)\n"
                        + " 4d 8d 6c c5 00                         leaq (%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4e <_JIT_ENTRY+0x4e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x58 <_JIT_ENTRY+0x58>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x62 <_JIT_ENTRY+0x62>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6d <_JIT_ENTRY+0x6d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_ATTR_METHOD (op(_LOAD_ATTR_METHOD))
     */
    private static Stencil _LOAD_ATTR_METHOD() {
        return new Stencil(
                        hex("488b0d00000000488b0500000000f6c1017511488b0500000000488b004885c07417ffe0498b4df8498945f849894d004983c508e9000000004d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(53, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(74, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR_METHOD's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_METHOD_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " f6 c1 01                               testb $0x1, %cl\n"
                        + " 75 11                                  jne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 17                                  je 0x39 <_JIT_ENTRY+0x39>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 49 89 4d 00                            movq %rcx, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x39 <_JIT_ENTRY+0x39>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4e <_JIT_ENTRY+0x4e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_CONST_INLINE (op(_LOAD_CONST_INLINE))
     */
    private static Stencil _LOAD_CONST_INLINE() {
        return new Stencil(
                        hex("488b0500000000498945004983c508"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_CONST_INLINE's object file, before holes were extracted.
     */
    private static String _LOAD_CONST_INLINE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST() {
        return new Stencil(
                        hex("488b0500000000498b04c4498945004983c508"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_FAST's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 04 c4                            movq (%r12,%rax,8), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_0 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_0() {
        return new Stencil(
                        hex("498b0424498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_0's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_0_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 04 24                            movq (%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x11 <_JIT_ENTRY+0x11>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_1 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_1() {
        return new Stencil(
                        hex("498b442408498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_1's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_1_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 08                         movq 0x8(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_2 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_2() {
        return new Stencil(
                        hex("498b442410498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_2's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_2_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 10                         movq 0x10(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_3 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_3() {
        return new Stencil(
                        hex("498b442418498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_3's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_3_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 18                         movq 0x18(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_4 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_4() {
        return new Stencil(
                        hex("498b442420498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_4's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_4_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 20                         movq 0x20(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_5 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_5() {
        return new Stencil(
                        hex("498b442428498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_5's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_5_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 28                         movq 0x28(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_6 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_6() {
        return new Stencil(
                        hex("498b442430498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_6's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_6_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 30                         movq 0x30(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_FAST_7 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_7() {
        return new Stencil(
                        hex("498b442438498945004983c508"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_7's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_7_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 44 24 38                         movq 0x38(%r12), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _LOAD_GLOBAL (op(_LOAD_GLOBAL))
     */
    private static Stencil _LOAD_GLOBAL() {
        return new Stencil(
                        hex("50488b1d00000000488b0500000000498946084d892e4889df48d1ffff15000000004889c7ff15000000004885c0741d498945004883e301740849c74508000000004d8d6cdd0858e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(11, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(30, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(83, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(94, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "load_global", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xf <_JIT_ENTRY+0xf>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 89 df                               movq %rbx, %rdi\n"
                        + " 48 d1 ff                               sarq %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x22 <_JIT_ENTRY+0x22>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 48 89 c7                               movq %rax, %rdi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_GOTPCRELX load_global-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 1d                                  je 0x4d <_JIT_ENTRY+0x4d>\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 48 83 e3 01                            andq $0x1, %rbx\n"
                        + " 74 08                                  je 0x42 <_JIT_ENTRY+0x42>\n"
                        + " 49 c7 45 08 00 00 00 00                movq $0x0, 0x8(%r13)\n"
                        + " 4d 8d 6c dd 08                         leaq 0x8(%r13,%rbx,8), %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x57 <_JIT_ENTRY+0x57>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x62 <_JIT_ENTRY+0x62>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_GLOBAL_BUILTIN (op(_LOAD_GLOBAL_BUILTIN))
     */
    private static Stencil _LOAD_GLOBAL_BUILTIN() {
        return new Stencil(
                        hex("488b0500000000488b0d00000000498b5628488b7230488b54b208488b0cca4885c9741c49894d004883e001740849c74508000000004d8d6cc508e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(87, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(98, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL_BUILTIN's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 72 30                            movq 0x30(%rdx), %rsi\n"
                        + " 48 8b 54 b2 08                         movq 0x8(%rdx,%rsi,4), %rdx\n"
                        + " 48 8b 0c ca                            movq (%rdx,%rcx,8), %rcx\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 74 1c                                  je 0x40 <_JIT_ENTRY+0x40>\n"
                        + " 49 89 4d 00                            movq %rcx, (%r13)\n"
                        + " 48 83 e0 01                            andq $0x1, %rax\n"
                        + " 74 08                                  je 0x36 <_JIT_ENTRY+0x36>\n"
                        + " 49 c7 45 08 00 00 00 00                movq $0x0, 0x8(%r13)\n"
                        + " 4d 8d 6c c5 08                         leaq 0x8(%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x51 <_JIT_ENTRY+0x51>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5b <_JIT_ENTRY+0x5b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x66 <_JIT_ENTRY+0x66>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _LOAD_GLOBAL_MODULE (op(_LOAD_GLOBAL_MODULE))
     */
    private static Stencil _LOAD_GLOBAL_MODULE() {
        return new Stencil(
                        hex("488b0500000000488b0d00000000498b5628488b7228488b54b208488b0cca4885c9741c49894d004883e001740849c74508000000004d8d6cc508e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(87, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(98, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL_MODULE's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_MODULE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 72 28                            movq 0x28(%rdx), %rsi\n"
                        + " 48 8b 54 b2 08                         movq 0x8(%rdx,%rsi,4), %rdx\n"
                        + " 48 8b 0c ca                            movq (%rdx,%rcx,8), %rcx\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 74 1c                                  je 0x40 <_JIT_ENTRY+0x40>\n"
                        + " 49 89 4d 00                            movq %rcx, (%r13)\n"
                        + " 48 83 e0 01                            andq $0x1, %rax\n"
                        + " 74 08                                  je 0x36 <_JIT_ENTRY+0x36>\n"
                        + " 49 c7 45 08 00 00 00 00                movq $0x0, 0x8(%r13)\n"
                        + " 4d 8d 6c c5 08                         leaq 0x8(%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x51 <_JIT_ENTRY+0x51>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5b <_JIT_ENTRY+0x5b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x66 <_JIT_ENTRY+0x66>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _SET_IP (op(_SET_IP))
     */
    private static Stencil _SET_IP() {
        return new Stencil(
                        hex("50488b3d00000000ff150000000058"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "set_instruction_offset", 0L)
                        });
    }

    /**
     * llvm-objdump of _SET_IP's object file, before holes were extracted.
     */
    private static String _SET_IP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_GOTPCRELX set_instruction_offset-0x4\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _START_EXECUTOR (op(_START_EXECUTOR))
     */
    private static Stencil _START_EXECUTOR() {
        return new Stencil(
                        hex("50488b3d00000000ff150000000058"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "executor_started", 0L)
                        });
    }

    /**
     * llvm-objdump of _START_EXECUTOR's object file, before holes were extracted.
     */
    private static String _START_EXECUTOR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_GOTPCRELX executor_started-0x4\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_ATTR (op(_STORE_ATTR))
     */
    private static Stencil _STORE_ATTR() {
        return new Stencil(
                        hex("504c89e8488b3d000000004983c5f0488b58f04c8b78f8488b0d0000000049894e08498906ff15000000004c89ff4889c64889daff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(26, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(39, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(64, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(74, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(85, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "store_attr", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_ATTR's object file, before holes were extracted.
     */
    private static String _STORE_ATTR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " 48 8b 58 f0                            movq -0x10(%rax), %rbx\n"
                        + " 4c 8b 78 f8                            movq -0x8(%rax), %r15\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1e <_JIT_ENTRY+0x1e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2b <_JIT_ENTRY+0x2b>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 4c 89 ff                               movq %r15, %rdi\n"
                        + " 48 89 c6                               movq %rax, %rsi\n"
                        + " 48 89 da                               movq %rbx, %rdx\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_GOTPCRELX store_attr-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4e <_JIT_ENTRY+0x4e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x59 <_JIT_ENTRY+0x59>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_ATTR_INSTANCE_VALUE (op(_STORE_ATTR_INSTANCE_VALUE))
     */
    private static Stencil _STORE_ATTR_INSTANCE_VALUE() {
        return new Stencil(
                        hex("498b45f8488b0d00000000498b562848394c82187e16498b75f04983c5f0488b448210488934c8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(40, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_ATTR_INSTANCE_VALUE's object file, before holes were extracted.
     */
    private static String _STORE_ATTR_INSTANCE_VALUE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 39 4c 82 18                         cmpq %rcx, 0x18(%rdx,%rax,4)\n"
                        + " 7e 16                                  jle 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 49 8b 75 f0                            movq -0x10(%r13), %rsi\n"
                        + " 49 83 c5 f0                            addq $-0x10, %r13\n"
                        + " 48 8b 44 82 10                         movq 0x10(%rdx,%rax,4), %rax\n"
                        + " 48 89 34 c8                            movq %rsi, (%rax,%rcx,8)\n"
                        + " e9 00 00 00 00                         jmp 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_FAST (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST() {
        return new Stencil(
                        hex("488b0500000000498b4df84983c5f849890cc4"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_FAST's object file, before holes were extracted.
     */
    private static String _STORE_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 0c c4                            movq %rcx, (%r12,%rax,8)\n"
                        + " e9 00 00 00 00                         jmp 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_0 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_0() {
        return new Stencil(
                        hex("498b45f84983c5f849890424"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_0's object file, before holes were extracted.
     */
    private static String _STORE_FAST_0_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 04 24                            movq %rax, (%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x11 <_JIT_ENTRY+0x11>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_1 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_1() {
        return new Stencil(
                        hex("498b45f84983c5f84989442408"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_1's object file, before holes were extracted.
     */
    private static String _STORE_FAST_1_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 08                         movq %rax, 0x8(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_2 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_2() {
        return new Stencil(
                        hex("498b45f84983c5f84989442410"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_2's object file, before holes were extracted.
     */
    private static String _STORE_FAST_2_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 10                         movq %rax, 0x10(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_3 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_3() {
        return new Stencil(
                        hex("498b45f84983c5f84989442418"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_3's object file, before holes were extracted.
     */
    private static String _STORE_FAST_3_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 18                         movq %rax, 0x18(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_4 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_4() {
        return new Stencil(
                        hex("498b45f84983c5f84989442420"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_4's object file, before holes were extracted.
     */
    private static String _STORE_FAST_4_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 20                         movq %rax, 0x20(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_5 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_5() {
        return new Stencil(
                        hex("498b45f84983c5f84989442428"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_5's object file, before holes were extracted.
     */
    private static String _STORE_FAST_5_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 28                         movq %rax, 0x28(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_6 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_6() {
        return new Stencil(
                        hex("498b45f84983c5f84989442430"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_6's object file, before holes were extracted.
     */
    private static String _STORE_FAST_6_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 30                         movq %rax, 0x30(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_FAST_7 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_7() {
        return new Stencil(
                        hex("498b45f84983c5f84989442438"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_7's object file, before holes were extracted.
     */
    private static String _STORE_FAST_7_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 49 89 44 24 38                         movq %rax, 0x38(%r12)\n"
                        + " e9 00 00 00 00                         jmp 0x12 <_JIT_ENTRY+0x12>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _STORE_SUBSCR (op(_STORE_SUBSCR))
     */
    private static Stencil _STORE_SUBSCR() {
        return new Stencil(
                        hex("504c89e84983c5e8488b50e8488b78f0488b70f8488b0d0000000049894e08498906ff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(36, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(56, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "store_subscr", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 49 83 c5 e8                            addq $-0x18, %r13\n"
                        + " 48 8b 50 e8                            movq -0x18(%rax), %rdx\n"
                        + " 48 8b 78 f0                            movq -0x10(%rax), %rdi\n"
                        + " 48 8b 70 f8                            movq -0x8(%rax), %rsi\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x28 <_JIT_ENTRY+0x28>\n"
                        + "  R_X86_64_GOTPCRELX store_subscr-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x32 <_JIT_ENTRY+0x32>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_SUBSCR_DICT (op(_STORE_SUBSCR_DICT))
     */
    private static Stencil _STORE_SUBSCR_DICT() {
        return new Stencil(
                        hex("504c89e84983c5e8488b50e8488b78f0488b70f8488b0d0000000049894e08498906ff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(23, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(36, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(46, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(56, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "dict_store", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR_DICT's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 49 83 c5 e8                            addq $-0x18, %r13\n"
                        + " 48 8b 50 e8                            movq -0x18(%rax), %rdx\n"
                        + " 48 8b 78 f0                            movq -0x10(%rax), %rdi\n"
                        + " 48 8b 70 f8                            movq -0x8(%rax), %rsi\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x28 <_JIT_ENTRY+0x28>\n"
                        + "  R_X86_64_GOTPCRELX dict_store-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x32 <_JIT_ENTRY+0x32>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x32 <_JIT_ENTRY+0x32>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_SUBSCR_LIST_INT (op(_STORE_SUBSCR_LIST_INT))
     */
    private static Stencil _STORE_SUBSCR_LIST_INT() {
        return new Stencil(
                        hex("498b45f0498b4df8498b5628488b7482084889cf48d1ff48c1f93f4821f14801f9781b4839f17d16498b75e84983c5e8488b448210488934c8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(58, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(65, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(85, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(96, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR_LIST_INT's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_LIST_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 74 82 08                         movq 0x8(%rdx,%rax,4), %rsi\n"
                        + " 48 89 cf                               movq %rcx, %rdi\n"
                        + " 48 d1 ff                               sarq %rdi\n"
                        + " 48 c1 f9 3f                            sarq $0x3f, %rcx\n"
                        + " 48 21 f1                               andq %rsi, %rcx\n"
                        + " 48 01 f9                               addq %rdi, %rcx\n"
                        + " 78 1b                                  js 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 48 39 f1                               cmpq %rsi, %rcx\n"
                        + " 7d 16                                  jge 0x3e <_JIT_ENTRY+0x3e>\n"
                        + " 49 8b 75 e8                            movq -0x18(%r13), %rsi\n"
                        + " 49 83 c5 e8                            addq $-0x18, %r13\n"
                        + " 48 8b 44 82 10                         movq 0x10(%rdx,%rax,4), %rax\n"
                        + " 48 89 34 c8                            movq %rsi, (%rax,%rcx,8)\n"
                        + " e9 00 00 00 00                         jmp 0x3e <_JIT_ENTRY+0x3e>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x45 <_JIT_ENTRY+0x45>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x4f <_JIT_ENTRY+0x4f>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x59 <_JIT_ENTRY+0x59>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _TO_BOOL (op(_TO_BOOL))
     */
    private static Stencil _TO_BOOL() {
        return new Stencil(
                        hex("50498b7df8488b0500000000498946084d892eff15000000004885c078180f95c00fb6c0488d04c50a000000498945f858e9000000004983c5f84d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(8, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(21, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(50, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(64, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(75, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "object_is_true", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _TO_BOOL's object file, before holes were extracted.
     */
    private static String _TO_BOOL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xc <_JIT_ENTRY+0xc>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x19 <_JIT_ENTRY+0x19>\n"
                        + "  R_X86_64_GOTPCRELX object_is_true-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 78 18                                  js 0x36 <_JIT_ENTRY+0x36>\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 0f b6 c0                               movzbl %al, %eax\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x36 <_JIT_ENTRY+0x36>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4f <_JIT_ENTRY+0x4f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _TO_BOOL_INT (op(_TO_BOOL_INT))
     */
    private static Stencil _TO_BOOL_INT() {
        return new Stencil(
                        hex("31c049837df8010f95c0488d04c50a000000498945f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_INT's object file, before holes were extracted.
     */
    private static String _TO_BOOL_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 49 83 7d f8 01                         cmpq $0x1, -0x8(%r13)\n"
                        + " 0f 95 c0                               setne %al\n"
                        + " 48 8d 04 c5 0a 00 00 00                leaq 0xa(,%rax,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x1b <_JIT_ENTRY+0x1b>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _TO_BOOL_LIST (op(_TO_BOOL_LIST))
     */
    private static Stencil _TO_BOOL_LIST() {
        return new Stencil(
                        hex("498b45f8498b4e2831d248837c8108000f95c2488d04d50a000000498945f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_LIST's object file, before holes were extracted.
     */
    private static String _TO_BOOL_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 48 83 7c 81 08 00                      cmpq $0x0, 0x8(%rcx,%rax,4)\n"
                        + " 0f 95 c2                               setne %dl\n"
                        + " 48 8d 04 d5 0a 00 00 00                leaq 0xa(,%rdx,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _TO_BOOL_NONE (op(_TO_BOOL_NONE))
     */
    private static Stencil _TO_BOOL_NONE() {
        return new Stencil(
                        hex("49c745f80a000000"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_NONE's object file, before holes were extracted.
     */
    private static String _TO_BOOL_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 c7 45 f8 0a 00 00 00                movq $0xa, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0xd <_JIT_ENTRY+0xd>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _TO_BOOL_STR (op(_TO_BOOL_STR))
     */
    private static Stencil _TO_BOOL_STR() {
        return new Stencil(
                        hex("498b45f8498b4e2831d248837c8108000f95c2488d04d50a000000498945f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_STR's object file, before holes were extracted.
     */
    private static String _TO_BOOL_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 48 83 7c 81 08 00                      cmpq $0x0, 0x8(%rcx,%rax,4)\n"
                        + " 0f 95 c2                               setne %dl\n"
                        + " 48 8d 04 d5 0a 00 00 00                leaq 0xa(,%rdx,8), %rax\n"
                        + " 49 89 45 f8                            movq %rax, -0x8(%r13)\n"
                        + " e9 00 00 00 00                         jmp 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _UNPACK_SEQUENCE (op(_UNPACK_SEQUENCE))
     */
    private static Stencil _UNPACK_SEQUENCE() {
        return new Stencil(
                        hex("50488b1d000000004d8d7df8498b7df8488b0500000000498946084d892e4889de4c89faff150000000084c0740b4d8d6cddf858e9000000004d893e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(19, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(38, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(53, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(74, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "unpack_sequence", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 1d 00 00 00 00                   movq (%rip), %rbx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 4d 8d 7d f8                            leaq -0x8(%r13), %r15\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x17 <_JIT_ENTRY+0x17>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " 4c 89 fa                               movq %r15, %rdx\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x2a <_JIT_ENTRY+0x2a>\n"
                        + "  R_X86_64_GOTPCRELX unpack_sequence-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 0b                                  je 0x39 <_JIT_ENTRY+0x39>\n"
                        + " 4d 8d 6c dd f8                         leaq -0x8(%r13,%rbx,8), %r13\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x39 <_JIT_ENTRY+0x39>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 3e                               movq %r15, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4e <_JIT_ENTRY+0x4e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _UNPACK_SEQUENCE_LIST (op(_UNPACK_SEQUENCE_LIST))
     */
    private static Stencil _UNPACK_SEQUENCE_LIST() {
        return new Stencil(
                        hex("488b0500000000498b4df8498b56284839448a0875164885c00f8ecf0000004883f801753731d2e99e000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c348befeffffffffffff7f4821c6488d78ff31d249b8feffffffffffff1f4c8d0cc5000000006666666666662e0f1f8400000000004d8b56284d8b548a104d8b14fa4d8954d5f84989d24d31c24d8b5e284d8b5c8b104d01cb4f8b14d34d8954d5004883c2024883c7fe4839d675c6a80174204889d648f7d6498b7e284c8d04c5000000004c03448f10498b0cf049894cd5f84d8d6cc5f8"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_LIST's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 39 44 8a 08                         cmpq %rax, 0x8(%rdx,%rcx,4)\n"
                        + " 75 16                                  jne 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 0f 8e cf 00 00 00                      jle 0xee <_JIT_ENTRY+0xee>\n"
                        + " 48 83 f8 01                            cmpq $0x1, %rax\n"
                        + " 75 37                                  jne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " e9 9e 00 00 00                         jmp 0xca <_JIT_ENTRY+0xca>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 be fe ff ff ff ff ff ff 7f          movabsq $0x7ffffffffffffffe, %rsi # imm = 0x7FFFFFFFFFFFFFFE\n"
                        + " 48 21 c6                               andq %rax, %rsi\n"
                        + " 48 8d 78 ff                            leaq -0x1(%rax), %rdi\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 49 b8 fe ff ff ff ff ff ff 1f          movabsq $0x1ffffffffffffffe, %r8 # imm = 0x1FFFFFFFFFFFFFFE\n"
                        + " 4c 8d 0c c5 00 00 00 00                leaq (,%rax,8), %r9\n"
                        + " 66 66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00   nopw %cs:(%rax,%rax)\n"
                        + " 4d 8b 56 28                            movq 0x28(%r14), %r10\n"
                        + " 4d 8b 54 8a 10                         movq 0x10(%r10,%rcx,4), %r10\n"
                        + " 4d 8b 14 fa                            movq (%r10,%rdi,8), %r10\n"
                        + " 4d 89 54 d5 f8                         movq %r10, -0x8(%r13,%rdx,8)\n"
                        + " 49 89 d2                               movq %rdx, %r10\n"
                        + " 4d 31 c2                               xorq %r8, %r10\n"
                        + " 4d 8b 5e 28                            movq 0x28(%r14), %r11\n"
                        + " 4d 8b 5c 8b 10                         movq 0x10(%r11,%rcx,4), %r11\n"
                        + " 4d 01 cb                               addq %r9, %r11\n"
                        + " 4f 8b 14 d3                            movq (%r11,%r10,8), %r10\n"
                        + " 4d 89 54 d5 00                         movq %r10, (%r13,%rdx,8)\n"
                        + " 48 83 c2 02                            addq $0x2, %rdx\n"
                        + " 48 83 c7 fe                            addq $-0x2, %rdi\n"
                        + " 48 39 d6                               cmpq %rdx, %rsi\n"
                        + " 75 c6                                  jne 0x90 <_JIT_ENTRY+0x90>\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 74 20                                  je 0xee <_JIT_ENTRY+0xee>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 f7 d6                               notq %rsi\n"
                        + " 49 8b 7e 28                            movq 0x28(%r14), %rdi\n"
                        + " 4c 8d 04 c5 00 00 00 00                leaq (,%rax,8), %r8\n"
                        + " 4c 03 44 8f 10                         addq 0x10(%rdi,%rcx,4), %r8\n"
                        + " 49 8b 0c f0                            movq (%r8,%rsi,8), %rcx\n"
                        + " 49 89 4c d5 f8                         movq %rcx, -0x8(%r13,%rdx,8)\n"
                        + " 4d 8d 6c c5 f8                         leaq -0x8(%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0xf8 <_JIT_ENTRY+0xf8>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _UNPACK_SEQUENCE_TUPLE (op(_UNPACK_SEQUENCE_TUPLE))
     */
    private static Stencil _UNPACK_SEQUENCE_TUPLE() {
        return new Stencil(
                        hex("488b0500000000498b4df8498b56284839448a0875164885c00f8ecf0000004883f801753731d2e99e000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c348befeffffffffffff7f4821c6488d78ff31d249b8feffffffffffff1f4c8d0cc5000000006666666666662e0f1f8400000000004d8b56284d8b548a104d8b14fa4d8954d5f84989d24d31c24d8b5e284d8b5c8b104d01cb4f8b14d34d8954d5004883c2024883c7fe4839d675c6a80174204889d648f7d6498b7e284c8d04c5000000004c03448f10498b0cf049894cd5f84d8d6cc5f8"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_TUPLE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 39 44 8a 08                         cmpq %rax, 0x8(%rdx,%rcx,4)\n"
                        + " 75 16                                  jne 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 0f 8e cf 00 00 00                      jle 0xee <_JIT_ENTRY+0xee>\n"
                        + " 48 83 f8 01                            cmpq $0x1, %rax\n"
                        + " 75 37                                  jne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " e9 9e 00 00 00                         jmp 0xca <_JIT_ENTRY+0xca>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 be fe ff ff ff ff ff ff 7f          movabsq $0x7ffffffffffffffe, %rsi # imm = 0x7FFFFFFFFFFFFFFE\n"
                        + " 48 21 c6                               andq %rax, %rsi\n"
                        + " 48 8d 78 ff                            leaq -0x1(%rax), %rdi\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " 49 b8 fe ff ff ff ff ff ff 1f          movabsq $0x1ffffffffffffffe, %r8 # imm = 0x1FFFFFFFFFFFFFFE\n"
                        + " 4c 8d 0c c5 00 00 00 00                leaq (,%rax,8), %r9\n"
                        + " 66 66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00   nopw %cs:(%rax,%rax)\n"
                        + " 4d 8b 56 28                            movq 0x28(%r14), %r10\n"
                        + " 4d 8b 54 8a 10                         movq 0x10(%r10,%rcx,4), %r10\n"
                        + " 4d 8b 14 fa                            movq (%r10,%rdi,8), %r10\n"
                        + " 4d 89 54 d5 f8                         movq %r10, -0x8(%r13,%rdx,8)\n"
                        + " 49 89 d2                               movq %rdx, %r10\n"
                        + " 4d 31 c2                               xorq %r8, %r10\n"
                        + " 4d 8b 5e 28                            movq 0x28(%r14), %r11\n"
                        + " 4d 8b 5c 8b 10                         movq 0x10(%r11,%rcx,4), %r11\n"
                        + " 4d 01 cb                               addq %r9, %r11\n"
                        + " 4f 8b 14 d3                            movq (%r11,%r10,8), %r10\n"
                        + " 4d 89 54 d5 00                         movq %r10, (%r13,%rdx,8)\n"
                        + " 48 83 c2 02                            addq $0x2, %rdx\n"
                        + " 48 83 c7 fe                            addq $-0x2, %rdi\n"
                        + " 48 39 d6                               cmpq %rdx, %rsi\n"
                        + " 75 c6                                  jne 0x90 <_JIT_ENTRY+0x90>\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 74 20                                  je 0xee <_JIT_ENTRY+0xee>\n"
                        + " 48 89 d6                               movq %rdx, %rsi\n"
                        + " 48 f7 d6                               notq %rsi\n"
                        + " 49 8b 7e 28                            movq 0x28(%r14), %rdi\n"
                        + " 4c 8d 04 c5 00 00 00 00                leaq (,%rax,8), %r8\n"
                        + " 4c 03 44 8f 10                         addq 0x10(%rdi,%rcx,4), %r8\n"
                        + " 49 8b 0c f0                            movq (%r8,%rsi,8), %rcx\n"
                        + " 49 89 4c d5 f8                         movq %rcx, -0x8(%r13,%rdx,8)\n"
                        + " 4d 8d 6c c5 f8                         leaq -0x8(%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0xf8 <_JIT_ENTRY+0xf8>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _UNPACK_SEQUENCE_TWO_TUPLE (op(_UNPACK_SEQUENCE_TWO_TUPLE))
     */
    private static Stencil _UNPACK_SEQUENCE_TWO_TUPLE() {
        return new Stencil(
                        hex("488b05000000004883f8027536498b45f8498b4e2848837c8108027526488b4c8110488b490849894df8498b4e28488b448110488b00498945004983c508e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(63, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(70, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(90, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(101, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_TWO_TUPLE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_TWO_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 83 f8 02                            cmpq $0x2, %rax\n"
                        + " 75 36                                  jne 0x43 <_JIT_ENTRY+0x43>\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 7c 81 08 02                      cmpq $0x2, 0x8(%rcx,%rax,4)\n"
                        + " 75 26                                  jne 0x43 <_JIT_ENTRY+0x43>\n"
                        + " 48 8b 4c 81 10                         movq 0x10(%rcx,%rax,4), %rcx\n"
                        + " 48 8b 49 08                            movq 0x8(%rcx), %rcx\n"
                        + " 49 89 4d f8                            movq %rcx, -0x8(%r13)\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 44 81 10                         movq 0x10(%rcx,%rax,4), %rax\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 49 89 45 00                            movq %rax, (%r13)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x43 <_JIT_ENTRY+0x43>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4a <_JIT_ENTRY+0x4a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x54 <_JIT_ENTRY+0x54>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5e <_JIT_ENTRY+0x5e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x69 <_JIT_ENTRY+0x69>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _POP_FRAME (op(_POP_FRAME))
     */
    private static Stencil _POP_FRAME() {
        return new Stencil(
                        hex("498b7df8498b4628488b4038488b48184885c97e3548ffc9488d14894c8b6cd04849897d00488b74d05848893048ff4008488948184c8b64d0504d8966384983c5084d892ee90000000050488b0500000000498946084d892eff15000000004d8b2e4d8b66384883c408"),
                        new Hole[] {
                            new Hole(70, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(91, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "pop_frame", 0L)
                        });
    }

    /**
     * llvm-objdump of _POP_FRAME's object file, before holes were extracted.
     */
    private static String _POP_FRAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 7d f8                            movq -0x8(%r13), %rdi\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " 48 8b 40 38                            movq 0x38(%rax), %rax\n"
                        + " 48 8b 48 18                            movq 0x18(%rax), %rcx\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 7e 35                                  jle 0x4a <_JIT_ENTRY+0x4a>\n"
                        + " 48 ff c9                               decq %rcx\n"
                        + " 48 8d 14 89                            leaq (%rcx,%rcx,4), %rdx\n"
                        + " 4c 8b 6c d0 48                         movq 0x48(%rax,%rdx,8), %r13\n"
                        + " 49 89 7d 00                            movq %rdi, (%r13)\n"
                        + " 48 8b 74 d0 58                         movq 0x58(%rax,%rdx,8), %rsi\n"
                        + " 48 89 30                               movq %rsi, (%rax)\n"
                        + " 48 ff 40 08                            incq 0x8(%rax)\n"
                        + " 48 89 48 18                            movq %rcx, 0x18(%rax)\n"
                        + " 4c 8b 64 d0 50                         movq 0x50(%rax,%rdx,8), %r12\n"
                        + " 4d 89 66 38                            movq %r12, 0x38(%r14)\n"
                        + " 49 83 c5 08                            addq $0x8, %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " e9 00 00 00 00                         jmp 0x4a <_JIT_ENTRY+0x4a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x5f <_JIT_ENTRY+0x5f>\n"
                        + "  R_X86_64_GOTPCRELX pop_frame-0x4\n"
                        + " 4d 8b 2e                               movq (%r14), %r13\n"
                        + " 4d 8b 66 38                            movq 0x38(%r14), %r12\n"
                        + " 48 83 c4 08                            addq $0x8, %rsp\n"
                        + " e9 00 00 00 00                         jmp 0x6f <_JIT_ENTRY+0x6f>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _PUSH_FRAME (op(_PUSH_FRAME))
     */
    private static Stencil _PUSH_FRAME() {
        return new Stencil(
                        hex("50488b0d0000000048c7c0feffffff4829c8498b7cc5004889c848f7d0498b74c500488d04cd000000004c89ea4829c24d8b4e28498b41384c8b40184983f81f7f5b4c8b10458b5cb9184d89d14d29d97c4b4c8d5af04b8d1c8048897cd8384c8b3d000000004c897cd8404c895cd8484c8964d8504c8954d8584c8b601049c1e2034d29d44885f6743449893424be010000004885c97f31e90b010000488b0500000000498946084d892eff15000000004d8b2e4d8b663858e90000000031f64885c90f8edf0000004883f90f761b4d8d14cc8d1cf5000000004901da4d29ea4983fa200f83770000004531d24889cb4d89d34883e30374174d8d3cf44d89d34e8b2cda4f892cdf49ffc348ffcb75f04929ca4983fafc0f878b0000004d8d14f44983c2184883c2180f1f80000000004a8b5cdae84b895cdae84a8b5cdaf04b895cdaf04a8b5cdaf84b895cdaf84a8b1cda4b891cda4983c3044c39d975d1eb4749bafcffffffffffff7f4921ca4c8d5a104c01e34883c3104531ff0f1f4000430f1044fbf0430f100cfb420f1144fbf0420f110cfb4983c7044d39fa75e14c39d10f8545ffffff498b5628486354ba1c488d3c0e4839d77d664801ce4889d14829f14883f90376474889ce4883e6fc4d8d14fc4983c2104801f74531db0f57c06666666666662e0f1f840000000000430f1144daf0430f1104da4983c3044c39de75ec4839f174170f1f800000000049c704fc0000000048ffc74839d77cf0488b480848ffc9488948084885c948c7c1ffffffff490f4fc948890849ffc04c8940184d8966384d8d2cd44d892e58"),
                        new Hole[] {
                            new Hole(4, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(98, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(160, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(173, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(186, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "push_frame", 0L)
                        });
    }

    /**
     * llvm-objdump of _PUSH_FRAME's object file, before holes were extracted.
     */
    private static String _PUSH_FRAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c0 fe ff ff ff                   movq $-0x2, %rax\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 48 89 c8                               movq %rcx, %rax\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 49 8b 74 c5 00                         movq (%r13,%rax,8), %rsi\n"
                        + " 48 8d 04 cd 00 00 00 00                leaq (,%rcx,8), %rax\n"
                        + " 4c 89 ea                               movq %r13, %rdx\n"
                        + " 48 29 c2                               subq %rax, %rdx\n"
                        + " 4d 8b 4e 28                            movq 0x28(%r14), %r9\n"
                        + " 49 8b 41 38                            movq 0x38(%r9), %rax\n"
                        + " 4c 8b 40 18                            movq 0x18(%rax), %r8\n"
                        + " 49 83 f8 1f                            cmpq $0x1f, %r8\n"
                        + " 7f 5b                                  jg 0x9d <_JIT_ENTRY+0x9d>\n"
                        + " 4c 8b 10                               movq (%rax), %r10\n"
                        + " 45 8b 5c b9 18                         movl 0x18(%r9,%rdi,4), %r11d\n"
                        + " 4d 89 d1                               movq %r10, %r9\n"
                        + " 4d 29 d9                               subq %r11, %r9\n"
                        + " 7c 4b                                  jl 0x9d <_JIT_ENTRY+0x9d>\n"
                        + " 4c 8d 5a f0                            leaq -0x10(%rdx), %r11\n"
                        + " 4b 8d 1c 80                            leaq (%r8,%r8,4), %rbx\n"
                        + " 48 89 7c d8 38                         movq %rdi, 0x38(%rax,%rbx,8)\n"
                        + " 4c 8b 3d 00 00 00 00                   movq (%rip), %r15            # 0x66 <_JIT_ENTRY+0x66>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 4c 89 7c d8 40                         movq %r15, 0x40(%rax,%rbx,8)\n"
                        + " 4c 89 5c d8 48                         movq %r11, 0x48(%rax,%rbx,8)\n"
                        + " 4c 89 64 d8 50                         movq %r12, 0x50(%rax,%rbx,8)\n"
                        + " 4c 89 54 d8 58                         movq %r10, 0x58(%rax,%rbx,8)\n"
                        + " 4c 8b 60 10                            movq 0x10(%rax), %r12\n"
                        + " 49 c1 e2 03                            shlq $0x3, %r10\n"
                        + " 4d 29 d4                               subq %r10, %r12\n"
                        + " 48 85 f6                               testq %rsi, %rsi\n"
                        + " 74 34                                  je 0xbe <_JIT_ENTRY+0xbe>\n"
                        + " 49 89 34 24                            movq %rsi, (%r12)\n"
                        + " be 01 00 00 00                         movl $0x1, %esi\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 7f 31                                  jg 0xc9 <_JIT_ENTRY+0xc9>\n"
                        + " e9 0b 01 00 00                         jmp 0x1a8 <_JIT_ENTRY+0x1a8>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xa4 <_JIT_ENTRY+0xa4>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0xb1 <_JIT_ENTRY+0xb1>\n"
                        + "  R_X86_64_GOTPCRELX push_frame-0x4\n"
                        + " 4d 8b 2e                               movq (%r14), %r13\n"
                        + " 4d 8b 66 38                            movq 0x38(%r14), %r12\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0xbe <_JIT_ENTRY+0xbe>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 31 f6                                  xorl %esi, %esi\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 0f 8e df 00 00 00                      jle 0x1a8 <_JIT_ENTRY+0x1a8>\n"
                        + " 48 83 f9 0f                            cmpq $0xf, %rcx\n"
                        + " 76 1b                                  jbe 0xea <_JIT_ENTRY+0xea>\n"
                        + " 4d 8d 14 cc                            leaq (%r12,%rcx,8), %r10\n"
                        + " 8d 1c f5 00 00 00 00                   leal (,%rsi,8), %ebx\n"
                        + " 49 01 da                               addq %rbx, %r10\n"
                        + " 4d 29 ea                               subq %r13, %r10\n"
                        + " 49 83 fa 20                            cmpq $0x20, %r10\n"
                        + " 0f 83 77 00 00 00                      jae 0x161 <_JIT_ENTRY+0x161>\n"
                        + " 45 31 d2                               xorl %r10d, %r10d\n"
                        + " 48 89 cb                               movq %rcx, %rbx\n"
                        + " 4d 89 d3                               movq %r10, %r11\n"
                        + " 48 83 e3 03                            andq $0x3, %rbx\n"
                        + " 74 17                                  je 0x110 <_JIT_ENTRY+0x110>\n"
                        + " 4d 8d 3c f4                            leaq (%r12,%rsi,8), %r15\n"
                        + " 4d 89 d3                               movq %r10, %r11\n"
                        + " 4e 8b 2c da                            movq (%rdx,%r11,8), %r13\n"
                        + " 4f 89 2c df                            movq %r13, (%r15,%r11,8)\n"
                        + " 49 ff c3                               incq %r11\n"
                        + " 48 ff cb                               decq %rbx\n"
                        + " 75 f0                                  jne 0x100 <_JIT_ENTRY+0x100>\n"
                        + " 49 29 ca                               subq %rcx, %r10\n"
                        + " 49 83 fa fc                            cmpq $-0x4, %r10\n"
                        + " 0f 87 8b 00 00 00                      ja 0x1a8 <_JIT_ENTRY+0x1a8>\n"
                        + " 4d 8d 14 f4                            leaq (%r12,%rsi,8), %r10\n"
                        + " 49 83 c2 18                            addq $0x18, %r10\n"
                        + " 48 83 c2 18                            addq $0x18, %rdx\n"
                        + " 0f 1f 80 00 00 00 00                   nopl (%rax)\n"
                        + " 4a 8b 5c da e8                         movq -0x18(%rdx,%r11,8), %rbx\n"
                        + " 4b 89 5c da e8                         movq %rbx, -0x18(%r10,%r11,8)\n"
                        + " 4a 8b 5c da f0                         movq -0x10(%rdx,%r11,8), %rbx\n"
                        + " 4b 89 5c da f0                         movq %rbx, -0x10(%r10,%r11,8)\n"
                        + " 4a 8b 5c da f8                         movq -0x8(%rdx,%r11,8), %rbx\n"
                        + " 4b 89 5c da f8                         movq %rbx, -0x8(%r10,%r11,8)\n"
                        + " 4a 8b 1c da                            movq (%rdx,%r11,8), %rbx\n"
                        + " 4b 89 1c da                            movq %rbx, (%r10,%r11,8)\n"
                        + " 49 83 c3 04                            addq $0x4, %r11\n"
                        + " 4c 39 d9                               cmpq %r11, %rcx\n"
                        + " 75 d1                                  jne 0x130 <_JIT_ENTRY+0x130>\n"
                        + " eb 47                                  jmp 0x1a8 <_JIT_ENTRY+0x1a8>\n"
                        + " 49 ba fc ff ff ff ff ff ff 7f          movabsq $0x7ffffffffffffffc, %r10 # imm = 0x7FFFFFFFFFFFFFFC\n"
                        + " 49 21 ca                               andq %rcx, %r10\n"
                        + " 4c 8d 5a 10                            leaq 0x10(%rdx), %r11\n"
                        + " 4c 01 e3                               addq %r12, %rbx\n"
                        + " 48 83 c3 10                            addq $0x10, %rbx\n"
                        + " 45 31 ff                               xorl %r15d, %r15d\n"
                        + " 0f 1f 40 00                            nopl (%rax)\n"
                        + " 43 0f 10 44 fb f0                      movups -0x10(%r11,%r15,8), %xmm0\n"
                        + " 43 0f 10 0c fb                         movups (%r11,%r15,8), %xmm1\n"
                        + " 42 0f 11 44 fb f0                      movups %xmm0, -0x10(%rbx,%r15,8)\n"
                        + " 42 0f 11 0c fb                         movups %xmm1, (%rbx,%r15,8)\n"
                        + " 49 83 c7 04                            addq $0x4, %r15\n"
                        + " 4d 39 fa                               cmpq %r15, %r10\n"
                        + " 75 e1                                  jne 0x180 <_JIT_ENTRY+0x180>\n"
                        + " 4c 39 d1                               cmpq %r10, %rcx\n"
                        + " 0f 85 45 ff ff ff                      jne 0xed <_JIT_ENTRY+0xed>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 63 54 ba 1c                         movslq 0x1c(%rdx,%rdi,4), %rdx\n"
                        + " 48 8d 3c 0e                            leaq (%rsi,%rcx), %rdi\n"
                        + " 48 39 d7                               cmpq %rdx, %rdi\n"
                        + " 7d 66                                  jge 0x220 <_JIT_ENTRY+0x220>\n"
                        + " 48 01 ce                               addq %rcx, %rsi\n"
                        + " 48 89 d1                               movq %rdx, %rcx\n"
                        + " 48 29 f1                               subq %rsi, %rcx\n"
                        + " 48 83 f9 03                            cmpq $0x3, %rcx\n"
                        + " 76 47                                  jbe 0x210 <_JIT_ENTRY+0x210>\n"
                        + " 48 89 ce                               movq %rcx, %rsi\n"
                        + " 48 83 e6 fc                            andq $-0x4, %rsi\n"
                        + " 4d 8d 14 fc                            leaq (%r12,%rdi,8), %r10\n"
                        + " 49 83 c2 10                            addq $0x10, %r10\n"
                        + " 48 01 f7                               addq %rsi, %rdi\n"
                        + " 45 31 db                               xorl %r11d, %r11d\n"
                        + " 0f 57 c0                               xorps %xmm0, %xmm0\n"
                        + " 66 66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00   nopw %cs:(%rax,%rax)\n"
                        + " 43 0f 11 44 da f0                      movups %xmm0, -0x10(%r10,%r11,8)\n"
                        + " 43 0f 11 04 da                         movups %xmm0, (%r10,%r11,8)\n"
                        + " 49 83 c3 04                            addq $0x4, %r11\n"
                        + " 4c 39 de                               cmpq %r11, %rsi\n"
                        + " 75 ec                                  jne 0x1f0 <_JIT_ENTRY+0x1f0>\n"
                        + " 48 39 f1                               cmpq %rsi, %rcx\n"
                        + " 74 17                                  je 0x220 <_JIT_ENTRY+0x220>\n"
                        + " 0f 1f 80 00 00 00 00                   nopl (%rax)\n"
                        + " 49 c7 04 fc 00 00 00 00                movq $0x0, (%r12,%rdi,8)\n"
                        + " 48 ff c7                               incq %rdi\n"
                        + " 48 39 d7                               cmpq %rdx, %rdi\n"
                        + " 7c f0                                  jl 0x210 <_JIT_ENTRY+0x210>\n"
                        + " 48 8b 48 08                            movq 0x8(%rax), %rcx\n"
                        + " 48 ff c9                               decq %rcx\n"
                        + " 48 89 48 08                            movq %rcx, 0x8(%rax)\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 48 c7 c1 ff ff ff ff                   movq $-0x1, %rcx\n"
                        + " 49 0f 4f c9                            cmovgq %r9, %rcx\n"
                        + " 48 89 08                               movq %rcx, (%rax)\n"
                        + " 49 ff c0                               incq %r8\n"
                        + " 4c 89 40 18                            movq %r8, 0x18(%rax)\n"
                        + " 4d 89 66 38                            movq %r12, 0x38(%r14)\n"
                        + " 4d 8d 2c d4                            leaq (%r12,%rdx,8), %r13\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x254 <_JIT_ENTRY+0x254>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _CALL_LIST_APPEND (op(_CALL_LIST_APPEND))
     */
    private static Stencil _CALL_LIST_APPEND() {
        return new Stencil(
                        hex("4c8b3d000000004c89f848f7d0488d1cc5000000004c01eb498b7cc5004a8d14fd0000000048f7da498b4e28488b44b908498b741500483b44b9187d17488b4cb910488934c1498b4e2848ffc0488944b908eb0b50ff15000000004883c40848c7c0feffffff4c29f849c744c500020000004989dd"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(87, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.HELPER, "list_append", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_LIST_APPEND's object file, before holes were extracted.
     */
    private static String _CALL_LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 4c 8b 3d 00 00 00 00                   movq (%rip), %r15            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 4c 89 f8                               movq %r15, %rax\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 48 8d 1c c5 00 00 00 00                leaq (,%rax,8), %rbx\n"
                        + " 4c 01 eb                               addq %r13, %rbx\n"
                        + " 49 8b 7c c5 00                         movq (%r13,%rax,8), %rdi\n"
                        + " 4a 8d 14 fd 00 00 00 00                leaq (,%r15,8), %rdx\n"
                        + " 48 f7 da                               negq %rdx\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 44 b9 08                         movq 0x8(%rcx,%rdi,4), %rax\n"
                        + " 49 8b 74 15 00                         movq (%r13,%rdx), %rsi\n"
                        + " 48 3b 44 b9 18                         cmpq 0x18(%rcx,%rdi,4), %rax\n"
                        + " 7d 17                                  jge 0x54 <_JIT_ENTRY+0x54>\n"
                        + " 48 8b 4c b9 10                         movq 0x10(%rcx,%rdi,4), %rcx\n"
                        + " 48 89 34 c1                            movq %rsi, (%rcx,%rax,8)\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 ff c0                               incq %rax\n"
                        + " 48 89 44 b9 08                         movq %rax, 0x8(%rcx,%rdi,4)\n"
                        + " eb 0b                                  jmp 0x5f <_JIT_ENTRY+0x5f>\n"
                        + " 50                                     pushq %rax\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x5b <_JIT_ENTRY+0x5b>\n"
                        + "  R_X86_64_GOTPCRELX list_append-0x4\n"
                        + " 48 83 c4 08                            addq $0x8, %rsp\n"
                        + " 48 c7 c0 fe ff ff ff                   movq $-0x2, %rax\n"
                        + " 4c 29 f8                               subq %r15, %rax\n"
                        + " 49 c7 44 c5 00 02 00 00 00             movq $0x2, (%r13,%rax,8)\n"
                        + " 49 89 dd                               movq %rbx, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x7a <_JIT_ENTRY+0x7a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _GUARD_CALLABLE_LIST_APPEND (op(_GUARD_CALLABLE_LIST_APPEND))
     */
    private static Stencil _GUARD_CALLABLE_LIST_APPEND() {
        return new Stencil(
                        hex("488b050000000048c7c1feffffff4829c1488b1500000000493954cd00754948f7d0498b44c500a807750f498b4e2848833c81060f8400000000488b0500000000488b004885c0752e4d892e488b050000000049894610488b050000000049894640b801000000c3488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(54, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(61, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(90, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(107, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(127, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(138, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_LIST_APPEND's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c1 fe ff ff ff                   movq $-0x2, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 48 8b 15 00 00 00 00                   movq (%rip), %rdx            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 39 54 cd 00                         cmpq %rdx, (%r13,%rcx,8)\n"
                        + " 75 49                                  jne 0x68 <_JIT_ENTRY+0x68>\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 49 8b 44 c5 00                         movq (%r13,%rax,8), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 0f                                  jne 0x3a <_JIT_ENTRY+0x3a>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 06                         cmpq $0x6, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x3a <_JIT_ENTRY+0x3a>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x41 <_JIT_ENTRY+0x41>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 2e                                  jne 0x77 <_JIT_ENTRY+0x77>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5e <_JIT_ENTRY+0x5e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6f <_JIT_ENTRY+0x6f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x79 <_JIT_ENTRY+0x79>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x83 <_JIT_ENTRY+0x83>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x8e <_JIT_ENTRY+0x8e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_TYPE_TAG (op(_GUARD_TYPE_TAG))
     */
    private static Stencil _GUARD_TYPE_TAG() {
        return new Stencil(
                        hex("498b4df8488b0500000000f6c107740431c9eb08498b5628488b0c8a4839c10f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(33, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(40, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(60, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(71, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TYPE_TAG's object file, before holes were extracted.
     */
    private static String _GUARD_TYPE_TAG_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " f6 c1 07                               testb $0x7, %cl\n"
                        + " 74 04                                  je 0x14 <_JIT_ENTRY+0x14>\n"
                        + " 31 c9                                  xorl %ecx, %ecx\n"
                        + " eb 08                                  jmp 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 0c 8a                            movq (%rdx,%rcx,4), %rcx\n"
                        + " 48 39 c1                               cmpq %rax, %rcx\n"
                        + " 0f 84 00 00 00 00                      je 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x36 <_JIT_ENTRY+0x36>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4b <_JIT_ENTRY+0x4b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_FLOOR_DIVIDE_INT (op(_BINARY_OP_FLOOR_DIVIDE_INT))
     */
    private static Stencil _BINARY_OP_FLOOR_DIVIDE_INT() {
        return new Stencil(
                        hex("498b75f848d1fe7415498b4df048d1f94889c84883feff751648f7d8eb49488b0500000000488b004885c07415ffe04809f048c1e82074294889c8489948f7feeb254d892e488b050000000049894610488b050000000049894640b801000000c389c831d2f7f64889c2480fafd64839ca0f95c24831ce0f98c120d10fb6c94829c848b900000000000000404839c87d15488d044501000000498945f04983c5f8e900000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(33, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(72, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(83, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(162, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(169, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(189, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(200, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_FLOOR_DIVIDE_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_FLOOR_DIVIDE_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 75 f8                            movq -0x8(%r13), %rsi\n"
                        + " 48 d1 fe                               sarq %rsi\n"
                        + " 74 15                                  je 0x1e <_JIT_ENTRY+0x1e>\n"
                        + " 49 8b 4d f0                            movq -0x10(%r13), %rcx\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " 48 89 c8                               movq %rcx, %rax\n"
                        + " 48 83 fe ff                            cmpq $-0x1, %rsi\n"
                        + " 75 16                                  jne 0x2f <_JIT_ENTRY+0x2f>\n"
                        + " 48 f7 d8                               negq %rax\n"
                        + " eb 49                                  jmp 0x67 <_JIT_ENTRY+0x67>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 15                                  je 0x42 <_JIT_ENTRY+0x42>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 48 09 f0                               orq %rsi, %rax\n"
                        + " 48 c1 e8 20                            shrq $0x20, %rax\n"
                        + " 74 29                                  je 0x61 <_JIT_ENTRY+0x61>\n"
                        + " 48 89 c8                               movq %rcx, %rax\n"
                        + " 48 99                                  cqto\n"
                        + " 48 f7 fe                               idivq %rsi\n"
                        + " eb 25                                  jmp 0x67 <_JIT_ENTRY+0x67>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x57 <_JIT_ENTRY+0x57>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 89 c8                                  movl %ecx, %eax\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " f7 f6                                  divl %esi\n"
                        + " 48 89 c2                               movq %rax, %rdx\n"
                        + " 48 0f af d6                            imulq %rsi, %rdx\n"
                        + " 48 39 ca                               cmpq %rcx, %rdx\n"
                        + " 0f 95 c2                               setne %dl\n"
                        + " 48 31 ce                               xorq %rcx, %rsi\n"
                        + " 0f 98 c1                               sets %cl\n"
                        + " 20 d1                                  andb %dl, %cl\n"
                        + " 0f b6 c9                               movzbl %cl, %ecx\n"
                        + " 48 29 c8                               subq %rcx, %rax\n"
                        + " 48 b9 00 00 00 00 00 00 00 40          movabsq $0x4000000000000000, %rcx # imm = 0x4000000000000000\n"
                        + " 48 39 c8                               cmpq %rcx, %rax\n"
                        + " 7d 15                                  jge 0xa6 <_JIT_ENTRY+0xa6>\n"
                        + " 48 8d 04 45 01 00 00 00                leaq 0x1(,%rax,2), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0xa6 <_JIT_ENTRY+0xa6>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xad <_JIT_ENTRY+0xad>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0xb7 <_JIT_ENTRY+0xb7>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xc1 <_JIT_ENTRY+0xc1>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xcc <_JIT_ENTRY+0xcc>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _BINARY_OP_REMAINDER_INT (op(_BINARY_OP_REMAINDER_INT))
     */
    private static Stencil _BINARY_OP_REMAINDER_INT() {
        return new Stencil(
                        hex("498b4df848d1f94883f9ff0f84800000004885c97511488b0500000000488b004885c07444ffe0498b45f048d1f84889c24809ca48c1ea20744e489948f7f94885d2744d4889d04831c848c1f83f4821c84801d0488d044501000000498945f04983c5f8e9000000004d892e488b050000000049894610488b050000000049894640b801000000c331d2f7f14885d275b331c0488d044501000000498945f04983c5f8"),
                        new Hole[] {
                            new Hole(25, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(101, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(111, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(122, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_REMAINDER_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_REMAINDER_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f8                            movq -0x8(%r13), %rcx\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " 48 83 f9 ff                            cmpq $-0x1, %rcx\n"
                        + " 0f 84 80 00 00 00                      je 0x91 <_JIT_ENTRY+0x91>\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 75 11                                  jne 0x27 <_JIT_ENTRY+0x27>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1d <_JIT_ENTRY+0x1d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 44                                  je 0x69 <_JIT_ENTRY+0x69>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 49 8b 45 f0                            movq -0x10(%r13), %rax\n"
                        + " 48 d1 f8                               sarq %rax\n"
                        + " 48 89 c2                               movq %rax, %rdx\n"
                        + " 48 09 ca                               orq %rcx, %rdx\n"
                        + " 48 c1 ea 20                            shrq $0x20, %rdx\n"
                        + " 74 4e                                  je 0x88 <_JIT_ENTRY+0x88>\n"
                        + " 48 99                                  cqto\n"
                        + " 48 f7 f9                               idivq %rcx\n"
                        + " 48 85 d2                               testq %rdx, %rdx\n"
                        + " 74 4d                                  je 0x91 <_JIT_ENTRY+0x91>\n"
                        + " 48 89 d0                               movq %rdx, %rax\n"
                        + " 48 31 c8                               xorq %rcx, %rax\n"
                        + " 48 c1 f8 3f                            sarq $0x3f, %rax\n"
                        + " 48 21 c8                               andq %rcx, %rax\n"
                        + " 48 01 d0                               addq %rdx, %rax\n"
                        + " 48 8d 04 45 01 00 00 00                leaq 0x1(,%rax,2), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0x69 <_JIT_ENTRY+0x69>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x73 <_JIT_ENTRY+0x73>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7e <_JIT_ENTRY+0x7e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 31 d2                                  xorl %edx, %edx\n"
                        + " f7 f1                                  divl %ecx\n"
                        + " 48 85 d2                               testq %rdx, %rdx\n"
                        + " 75 b3                                  jne 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 31 c0                                  xorl %eax, %eax\n"
                        + " 48 8d 04 45 01 00 00 00                leaq 0x1(,%rax,2), %rax\n"
                        + " 49 89 45 f0                            movq %rax, -0x10(%r13)\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " e9 00 00 00 00                         jmp 0xa8 <_JIT_ENTRY+0xa8>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _BINARY_OP_TRUE_DIVIDE_NUMBER (op(_BINARY_OP_TRUE_DIVIDE_NUMBER))
     */
    private static Stencil _BINARY_OP_TRUE_DIVIDE_NUMBER() {
        return new Stencil(
                        hex("50498b45f8a801753c89c183e10683f904757c4889c148c1e90348ba00000000000000704801ca4883f810480f42d148d1ca66480f6eca660f57c0660f2ec875647b19eb604889c148d1f9f2480f2ac9660f57c0660f2ec8754b7a49488b0500000000488b004885c00f85c20000004d892e488b050000000049894610488b0d00000000b80100000049894e4059c3498b4e28f20f104c8108660f57c0660f2ec875027bb7498b4df089ca83e20185c2742d48be010000000000400048bf00000000000020004989c849d1f84901f84939f0734e48d1f84801f84839f07343488b0500000000498946084d892e4885d2754289c883e00683f80475654889c848c1e80348ba00000000000000704801c24883f910480f42d048d1ca66480f6ec2eb49488b0500000000488b004885c0741059ffe048d1f90f57c0f2480f2ac1eb2a4d892e488b050000000049894610488b0d00000000b80100000049894e4059c3498b4628f20f10448808498d5df0f20f5ec166480f7ec148d1c14883f9017715488d04cd040000004983c5f848890358e90000000048b8000000000000e08f4801c848c1e8353dfe000000771e48c1e10348b804000000000000804831c84983c5f848890358e900000000ff15000000004885c075b249891e488b050000000049894610488b0d00000000b80300000049894e4059c3"),
                        new Hole[] {
                            new Hole(95, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(117, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(128, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(226, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(293, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(327, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(338, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(402, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(456, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(462, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(477, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(488, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.HELPER, "box_float", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_TRUE_DIVIDE_NUMBER's object file, before holes were extracted.
     */
    private static String _BINARY_OP_TRUE_DIVIDE_NUMBER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 75 3c                                  jne 0x45 <_JIT_ENTRY+0x45>\n"
                        + " 89 c1                                  movl %eax, %ecx\n"
                        + " 83 e1 06                               andl $0x6, %ecx\n"
                        + " 83 f9 04                               cmpl $0x4, %ecx\n"
                        + " 75 7c                                  jne 0x8f <_JIT_ENTRY+0x8f>\n"
                        + " 48 89 c1                               movq %rax, %rcx\n"
                        + " 48 c1 e9 03                            shrq $0x3, %rcx\n"
                        + " 48 ba 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rdx # imm = 0x7000000000000000\n"
                        + " 48 01 ca                               addq %rcx, %rdx\n"
                        + " 48 83 f8 10                            cmpq $0x10, %rax\n"
                        + " 48 0f 42 d1                            cmovbq %rcx, %rdx\n"
                        + " 48 d1 ca                               rorq %rdx\n"
                        + " 66 48 0f 6e ca                         movq %rdx, %xmm1\n"
                        + " 66 0f 57 c0                            xorpd %xmm0, %xmm0\n"
                        + " 66 0f 2e c8                            ucomisd %xmm0, %xmm1\n"
                        + " 75 64                                  jne 0xa5 <_JIT_ENTRY+0xa5>\n"
                        + " 7b 19                                  jnp 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " eb 60                                  jmp 0xa5 <_JIT_ENTRY+0xa5>\n"
                        + " 48 89 c1                               movq %rax, %rcx\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " f2 48 0f 2a c9                         cvtsi2sd %rcx, %xmm1\n"
                        + " 66 0f 57 c0                            xorpd %xmm0, %xmm0\n"
                        + " 66 0f 2e c8                            ucomisd %xmm0, %xmm1\n"
                        + " 75 4b                                  jne 0xa5 <_JIT_ENTRY+0xa5>\n"
                        + " 7a 49                                  jp 0xa5 <_JIT_ENTRY+0xa5>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x63 <_JIT_ENTRY+0x63>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 0f 85 c2 00 00 00                      jne 0x131 <_JIT_ENTRY+0x131>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x79 <_JIT_ENTRY+0x79>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x84 <_JIT_ENTRY+0x84>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " f2 0f 10 4c 81 08                      movsd 0x8(%rcx,%rax,4), %xmm1\n"
                        + " 66 0f 57 c0                            xorpd %xmm0, %xmm0\n"
                        + " 66 0f 2e c8                            ucomisd %xmm0, %xmm1\n"
                        + " 75 02                                  jne 0xa5 <_JIT_ENTRY+0xa5>\n"
                        + " 7b b7                                  jnp 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 49 8b 4d f0                            movq -0x10(%r13), %rcx\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 01                               andl $0x1, %edx\n"
                        + " 85 c2                                  testl %eax, %edx\n"
                        + " 74 2d                                  je 0xdf <_JIT_ENTRY+0xdf>\n"
                        + " 48 be 01 00 00 00 00 00 40 00          movabsq $0x40000000000001, %rsi # imm = 0x40000000000001\n"
                        + " 48 bf 00 00 00 00 00 00 20 00          movabsq $0x20000000000000, %rdi # imm = 0x20000000000000\n"
                        + " 49 89 c8                               movq %rcx, %r8\n"
                        + " 49 d1 f8                               sarq %r8\n"
                        + " 49 01 f8                               addq %rdi, %r8\n"
                        + " 49 39 f0                               cmpq %rsi, %r8\n"
                        + " 73 4e                                  jae 0x122 <_JIT_ENTRY+0x122>\n"
                        + " 48 d1 f8                               sarq %rax\n"
                        + " 48 01 f8                               addq %rdi, %rax\n"
                        + " 48 39 f0                               cmpq %rsi, %rax\n"
                        + " 73 43                                  jae 0x122 <_JIT_ENTRY+0x122>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0xe6 <_JIT_ENTRY+0xe6>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 46 08                            movq %rax, 0x8(%r14)\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 85 d2                               testq %rdx, %rdx\n"
                        + " 75 42                                  jne 0x134 <_JIT_ENTRY+0x134>\n"
                        + " 89 c8                                  movl %ecx, %eax\n"
                        + " 83 e0 06                               andl $0x6, %eax\n"
                        + " 83 f8 04                               cmpl $0x4, %eax\n"
                        + " 75 65                                  jne 0x161 <_JIT_ENTRY+0x161>\n"
                        + " 48 89 c8                               movq %rcx, %rax\n"
                        + " 48 c1 e8 03                            shrq $0x3, %rax\n"
                        + " 48 ba 00 00 00 00 00 00 00 70          movabsq $0x7000000000000000, %rdx # imm = 0x7000000000000000\n"
                        + " 48 01 c2                               addq %rax, %rdx\n"
                        + " 48 83 f9 10                            cmpq $0x10, %rcx\n"
                        + " 48 0f 42 d0                            cmovbq %rax, %rdx\n"
                        + " 48 d1 ca                               rorq %rdx\n"
                        + " 66 48 0f 6e c2                         movq %rdx, %xmm0\n"
                        + " eb 49                                  jmp 0x16b <_JIT_ENTRY+0x16b>\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x129 <_JIT_ENTRY+0x129>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 10                                  je 0x141 <_JIT_ENTRY+0x141>\n"
                        + " 59                                     popq %rcx\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 48 d1 f9                               sarq %rcx\n"
                        + " 0f 57 c0                               xorps %xmm0, %xmm0\n"
                        + " f2 48 0f 2a c1                         cvtsi2sd %rcx, %xmm0\n"
                        + " eb 2a                                  jmp 0x16b <_JIT_ENTRY+0x16b>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x14b <_JIT_ENTRY+0x14b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x156 <_JIT_ENTRY+0x156>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n"
                        + " 49 8b 46 28                            movq 0x28(%r14), %rax\n"
                        + " f2 0f 10 44 88 08                      movsd 0x8(%rax,%rcx,4), %xmm0\n"
                        + " 49 8d 5d f0                            leaq -0x10(%r13), %rbx\n"
                        + " f2 0f 5e c1                            divsd %xmm1, %xmm0\n"
                        + " 66 48 0f 7e c1                         movq %xmm0, %rcx\n"
                        + " 48 d1 c1                               rolq %rcx\n"
                        + " 48 83 f9 01                            cmpq $0x1, %rcx\n"
                        + " 77 15                                  ja 0x196 <_JIT_ENTRY+0x196>\n"
                        + " 48 8d 04 cd 04 00 00 00                leaq 0x4(,%rcx,8), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x196 <_JIT_ENTRY+0x196>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 b8 00 00 00 00 00 00 e0 8f          movabsq $-0x7020000000000000, %rax # imm = 0x8FE0000000000000\n"
                        + " 48 01 c8                               addq %rcx, %rax\n"
                        + " 48 c1 e8 35                            shrq $0x35, %rax\n"
                        + " 3d fe 00 00 00                         cmpl $0xfe, %eax\n"
                        + " 77 1e                                  ja 0x1cc <_JIT_ENTRY+0x1cc>\n"
                        + " 48 c1 e1 03                            shlq $0x3, %rcx\n"
                        + " 48 b8 04 00 00 00 00 00 00 80          movabsq $-0x7ffffffffffffffc, %rax # imm = 0x8000000000000004\n"
                        + " 48 31 c8                               xorq %rcx, %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 89 03                               movq %rax, (%rbx)\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x1cc <_JIT_ENTRY+0x1cc>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x1d2 <_JIT_ENTRY+0x1d2>\n"
                        + "  R_X86_64_GOTPCRELX box_float-0x4\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 b2                                  jne 0x189 <_JIT_ENTRY+0x189>\n"
                        + " 49 89 1e                               movq %rbx, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x1e1 <_JIT_ENTRY+0x1e1>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1ec <_JIT_ENTRY+0x1ec>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 49 89 4e 40                            movq %rcx, 0x40(%r14)\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _GUARD_BOTH_NUMBER (op(_GUARD_BOTH_NUMBER))
     */
    private static Stencil _GUARD_BOTH_NUMBER() {
        return new Stencil(
                        hex("498b4df0498b45f8f6c101751b89ca83e2064883fa0474104885d27536498b562848833c8a04752ba8010f850000000089c183e1064883f9040f84000000004885c9750f498b4e2848833c81040f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(44, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(59, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(79, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(86, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(106, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(117, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_NUMBER's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_NUMBER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 4d f0                            movq -0x10(%r13), %rcx\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " f6 c1 01                               testb $0x1, %cl\n"
                        + " 75 1b                                  jne 0x28 <_JIT_ENTRY+0x28>\n"
                        + " 89 ca                                  movl %ecx, %edx\n"
                        + " 83 e2 06                               andl $0x6, %edx\n"
                        + " 48 83 fa 04                            cmpq $0x4, %rdx\n"
                        + " 74 10                                  je 0x28 <_JIT_ENTRY+0x28>\n"
                        + " 48 85 d2                               testq %rdx, %rdx\n"
                        + " 75 36                                  jne 0x53 <_JIT_ENTRY+0x53>\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 83 3c 8a 04                         cmpq $0x4, (%rdx,%rcx,4)\n"
                        + " 75 2b                                  jne 0x53 <_JIT_ENTRY+0x53>\n"
                        + " a8 01                                  testb $0x1, %al\n"
                        + " 0f 85 00 00 00 00                      jne 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 89 c1                                  movl %eax, %ecx\n"
                        + " 83 e1 06                               andl $0x6, %ecx\n"
                        + " 48 83 f9 04                            cmpq $0x4, %rcx\n"
                        + " 0f 84 00 00 00 00                      je 0x3f <_JIT_ENTRY+0x3f>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 85 c9                               testq %rcx, %rcx\n"
                        + " 75 0f                                  jne 0x53 <_JIT_ENTRY+0x53>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 83 3c 81 04                         cmpq $0x4, (%rcx,%rax,4)\n"
                        + " 0f 84 00 00 00 00                      je 0x53 <_JIT_ENTRY+0x53>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5a <_JIT_ENTRY+0x5a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x64 <_JIT_ENTRY+0x64>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6e <_JIT_ENTRY+0x6e>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x79 <_JIT_ENTRY+0x79>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_GLOBAL (op(_STORE_GLOBAL))
     */
    private static Stencil _STORE_GLOBAL() {
        return new Stencil(
                        hex("504c89e8488b3d000000004983c5f8488b58f8488b0d0000000049894e08498906ff15000000004889c74889deff150000000084c0740658e9000000004d892e488b050000000049894610488b050000000049894640b80300000059c3"),
                        new Hole[] {
                            new Hole(7, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(22, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(35, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(47, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(57, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(67, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(78, HoleKind.X86_64_PC32, HoleValue.DATA, "", 36L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.HELPER, "store_global", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_GLOBAL's object file, before holes were extracted.
     */
    private static String _STORE_GLOBAL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 50                                     pushq %rax\n"
                        + " 4c 89 e8                               movq %r13, %rax\n"
                        + " 48 8b 3d 00 00 00 00                   movq (%rip), %rdi            # 0xb <_JIT_ENTRY+0xb>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 8b 58 f8                            movq -0x8(%rax), %rbx\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0x1a <_JIT_ENTRY+0x1a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TARGET-0x4\n"
                        + " 49 89 4e 08                            movq %rcx, 0x8(%r14)\n"
                        + " 49 89 06                               movq %rax, (%r14)\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x27 <_JIT_ENTRY+0x27>\n"
                        + "  R_X86_64_GOTPCRELX GETNAME-0x4\n"
                        + " 48 89 c7                               movq %rax, %rdi\n"
                        + " 48 89 de                               movq %rbx, %rsi\n"
                        + " ff 15 00 00 00 00                      callq *(%rip)                 # 0x33 <_JIT_ENTRY+0x33>\n"
                        + "  R_X86_64_GOTPCRELX store_global-0x4\n"
                        + " 84 c0                                  testb %al, %al\n"
                        + " 74 06                                  je 0x3d <_JIT_ENTRY+0x3d>\n"
                        + " 58                                     popq %rax\n"
                        + " e9 00 00 00 00                         jmp 0x3d <_JIT_ENTRY+0x3d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x47 <_JIT_ENTRY+0x47>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x52 <_JIT_ENTRY+0x52>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 03 00 00 00                         movl $0x3, %eax\n"
                        + " 59                                     popq %rcx\n"
                        + " c3                                     retq\n";
    }

    /**
     * _STORE_GLOBAL_MODULE (op(_STORE_GLOBAL_MODULE))
     */
    private static Stencil _STORE_GLOBAL_MODULE() {
        return new Stencil(
                        hex("498b45f84983c5f8488b0d00000000498b5628488b7228488b54b208488904ca"),
                        new Hole[] {
                            new Hole(11, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_GLOBAL_MODULE's object file, before holes were extracted.
     */
    private static String _STORE_GLOBAL_MODULE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 45 f8                            movq -0x8(%r13), %rax\n"
                        + " 49 83 c5 f8                            addq $-0x8, %r13\n"
                        + " 48 8b 0d 00 00 00 00                   movq (%rip), %rcx            # 0xf <_JIT_ENTRY+0xf>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 72 28                            movq 0x28(%rdx), %rsi\n"
                        + " 48 8b 54 b2 08                         movq 0x8(%rdx,%rsi,4), %rdx\n"
                        + " 48 89 04 ca                            movq %rax, (%rdx,%rcx,8)\n"
                        + " e9 00 00 00 00                         jmp 0x25 <_JIT_ENTRY+0x25>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _CALL_LEN (op(_CALL_LEN))
     */
    private static Stencil _CALL_LEN() {
        return new Stencil(
                        hex("488b0500000000488d0cc50000000048f7d9498b4c0d00498b5628488b4c8a0848c7c2feffffff4829c2488d0c4d0100000049894cd50048f7d04d8d6cc500"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_LEN's object file, before holes were extracted.
     */
    private static String _CALL_LEN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 8d 0c c5 00 00 00 00                leaq (,%rax,8), %rcx\n"
                        + " 48 f7 d9                               negq %rcx\n"
                        + " 49 8b 4c 0d 00                         movq (%r13,%rcx), %rcx\n"
                        + " 49 8b 56 28                            movq 0x28(%r14), %rdx\n"
                        + " 48 8b 4c 8a 08                         movq 0x8(%rdx,%rcx,4), %rcx\n"
                        + " 48 c7 c2 fe ff ff ff                   movq $-0x2, %rdx\n"
                        + " 48 29 c2                               subq %rax, %rdx\n"
                        + " 48 8d 0c 4d 01 00 00 00                leaq 0x1(,%rcx,2), %rcx\n"
                        + " 49 89 4c d5 00                         movq %rcx, (%r13,%rdx,8)\n"
                        + " 48 f7 d0                               notq %rax\n"
                        + " 4d 8d 6c c5 00                         leaq (%r13,%rax,8), %r13\n"
                        + " e9 00 00 00 00                         jmp 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n";
    }

    /**
     * _GUARD_CALLABLE_LEN (op(_GUARD_CALLABLE_LEN))
     */
    private static Stencil _GUARD_CALLABLE_LEN() {
        return new Stencil(
                        hex("488b050000000048c7c1feffffff4829c1488b1500000000493954cd00755548c1e0034c89e94829c1488b01a8077516498b4e28488b04814883c0fb4883f8030f8200000000488b0500000000488b004885c0752e4d892e488b050000000049894610488b050000000049894640b801000000c3488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(66, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(73, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(91, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(102, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L),
                            new Hole(119, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(139, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L),
                            new Hole(150, HoleKind.X86_64_PC32, HoleValue.DATA, "", 28L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_LEN's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_LEN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPARG-0x4\n"
                        + " 48 c7 c1 fe ff ff ff                   movq $-0x2, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 48 8b 15 00 00 00 00                   movq (%rip), %rdx            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 49 39 54 cd 00                         cmpq %rdx, (%r13,%rcx,8)\n"
                        + " 75 55                                  jne 0x74 <_JIT_ENTRY+0x74>\n"
                        + " 48 c1 e0 03                            shlq $0x3, %rax\n"
                        + " 4c 89 e9                               movq %r13, %rcx\n"
                        + " 48 29 c1                               subq %rax, %rcx\n"
                        + " 48 8b 01                               movq (%rcx), %rax\n"
                        + " a8 07                                  testb $0x7, %al\n"
                        + " 75 16                                  jne 0x46 <_JIT_ENTRY+0x46>\n"
                        + " 49 8b 4e 28                            movq 0x28(%r14), %rcx\n"
                        + " 48 8b 04 81                            movq (%rcx,%rax,4), %rax\n"
                        + " 48 83 c0 fb                            addq $-0x5, %rax\n"
                        + " 48 83 f8 03                            cmpq $0x3, %rax\n"
                        + " 0f 82 00 00 00 00                      jb 0x46 <_JIT_ENTRY+0x46>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x4d <_JIT_ENTRY+0x4d>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 75 2e                                  jne 0x83 <_JIT_ENTRY+0x83>\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x5f <_JIT_ENTRY+0x5f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x6a <_JIT_ENTRY+0x6a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7b <_JIT_ENTRY+0x7b>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x85 <_JIT_ENTRY+0x85>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x8f <_JIT_ENTRY+0x8f>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x9a <_JIT_ENTRY+0x9a>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _CHECK_CALLER (op(_CHECK_CALLER))
     */
    private static Stencil _CHECK_CALLER() {
        return new Stencil(
                        hex("488b05000000004889c148c1f920498b7e28488b57384c8b42184d85c07e224a8d34c5000000004c8d0cb64a8b740a184983f801751a4883c22048390a7423eb2c488b72304883c22848390a7414eb1d4a8b540ae8488d14974883c20848390a750b89c04839c60f8400000000488b0500000000488b004885c07402ffe04d892e488b050000000049894610488b050000000049894640b801000000c3"),
                        new Hole[] {
                            new Hole(3, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(105, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(112, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L),
                            new Hole(132, HoleKind.X86_64_PC32, HoleValue.DATA, "", 12L),
                            new Hole(143, HoleKind.X86_64_PC32, HoleValue.DATA, "", 20L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_CALLER's object file, before holes were extracted.
     */
    private static String _CHECK_CALLER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x7 <_JIT_ENTRY+0x7>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_OPERAND-0x4\n"
                        + " 48 89 c1                               movq %rax, %rcx\n"
                        + " 48 c1 f9 20                            sarq $0x20, %rcx\n"
                        + " 49 8b 7e 28                            movq 0x28(%r14), %rdi\n"
                        + " 48 8b 57 38                            movq 0x38(%rdi), %rdx\n"
                        + " 4c 8b 42 18                            movq 0x18(%rdx), %r8\n"
                        + " 4d 85 c0                               testq %r8, %r8\n"
                        + " 7e 22                                  jle 0x41 <_JIT_ENTRY+0x41>\n"
                        + " 4a 8d 34 c5 00 00 00 00                leaq (,%r8,8), %rsi\n"
                        + " 4c 8d 0c b6                            leaq (%rsi,%rsi,4), %r9\n"
                        + " 4a 8b 74 0a 18                         movq 0x18(%rdx,%r9), %rsi\n"
                        + " 49 83 f8 01                            cmpq $0x1, %r8\n"
                        + " 75 1a                                  jne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 48 83 c2 20                            addq $0x20, %rdx\n"
                        + " 48 39 0a                               cmpq %rcx, (%rdx)\n"
                        + " 74 23                                  je 0x62 <_JIT_ENTRY+0x62>\n"
                        + " eb 2c                                  jmp 0x6d <_JIT_ENTRY+0x6d>\n"
                        + " 48 8b 72 30                            movq 0x30(%rdx), %rsi\n"
                        + " 48 83 c2 28                            addq $0x28, %rdx\n"
                        + " 48 39 0a                               cmpq %rcx, (%rdx)\n"
                        + " 74 14                                  je 0x62 <_JIT_ENTRY+0x62>\n"
                        + " eb 1d                                  jmp 0x6d <_JIT_ENTRY+0x6d>\n"
                        + " 4a 8b 54 0a e8                         movq -0x18(%rdx,%r9), %rdx\n"
                        + " 48 8d 14 97                            leaq (%rdi,%rdx,4), %rdx\n"
                        + " 48 83 c2 08                            addq $0x8, %rdx\n"
                        + " 48 39 0a                               cmpq %rcx, (%rdx)\n"
                        + " 75 0b                                  jne 0x6d <_JIT_ENTRY+0x6d>\n"
                        + " 89 c0                                  movl %eax, %eax\n"
                        + " 48 39 c6                               cmpq %rax, %rsi\n"
                        + " 0f 84 00 00 00 00                      je 0x6d <_JIT_ENTRY+0x6d>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x74 <_JIT_ENTRY+0x74>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_EXIT_LINK-0x4\n"
                        + " 48 8b 00                               movq (%rax), %rax\n"
                        + " 48 85 c0                               testq %rax, %rax\n"
                        + " 74 02                                  je 0x7e <_JIT_ENTRY+0x7e>\n"
                        + " ff e0                                  jmpq *%rax\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x88 <_JIT_ENTRY+0x88>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x93 <_JIT_ENTRY+0x93>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 01 00 00 00                         movl $0x1, %eax\n"
                        + " c3                                     retq\n";
    }

    /**
     * _RESUME_CHECK (op(_RESUME_CHECK))
     */
    private static Stencil _RESUME_CHECK() {
        return new Stencil(
                        hex("498b4618488338000f84000000004d892e488b050000000049894610488b050000000049894640b802000000c3"),
                        new Hole[] {
                            new Hole(10, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "", -4L),
                            new Hole(20, HoleKind.X86_64_PC32, HoleValue.DATA, "", -4L),
                            new Hole(31, HoleKind.X86_64_PC32, HoleValue.DATA, "", 4L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.X86_64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.X86_64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _RESUME_CHECK's object file, before holes were extracted.
     */
    private static String _RESUME_CHECK_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 49 8b 46 18                            movq 0x18(%r14), %rax\n"
                        + " 48 83 38 00                            cmpq $0x0, (%rax)\n"
                        + " 0f 84 00 00 00 00                      je 0xe <_JIT_ENTRY+0xe>\n"
                        + "  R_X86_64_PLT32 _JIT_CONTINUE-0x4\n"
                        + " 4d 89 2e                               movq %r13, (%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_UOP_INDEX-0x4\n"
                        + " 49 89 46 10                            movq %rax, 0x10(%r14)\n"
                        + " 48 8b 05 00 00 00 00                   movq (%rip), %rax            # 0x23 <_JIT_ENTRY+0x23>\n"
                        + "  R_X86_64_REX_GOTPCRELX _JIT_TRACE_ID-0x4\n"
                        + " 49 89 46 40                            movq %rax, 0x40(%r14)\n"
                        + " b8 02 00 00 00                         movl $0x2, %eax\n"
                        + " c3                                     retq\n";
    }
}
