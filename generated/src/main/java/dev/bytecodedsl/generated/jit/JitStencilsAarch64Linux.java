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
 * Copy-and-patch stencils for aarch64-unknown-linux-gnu (ELF object files), built with clang 19.
 * One stencil per tier-2 uop, the shim and the loop counter; see docs/jit-abi.md for how to copy and patch them.
 */
public final class JitStencilsAarch64Linux {
    /**
     * The clang target triple.
     */
    public static final String TARGET = "aarch64-unknown-linux-gnu";

    /**
     * The clang major version that compiled the stencils (the pinned one).
     */
    public static final String CLANG_VERSION = "19";

    /**
     * This table as the runtime kit's JIT reads it.
     */
    public static final StencilTable TABLE = StencilTable.of(TARGET, JitStencilsAarch64Linux::shim, JitStencilsAarch64Linux::loopCounter, JitStencilsAarch64Linux::stencil, JitStencilsAarch64Linux::disassembly);

    private static final Stencil[] CACHE = new Stencil[Uops.LIMIT];

    /**
     * <pre>
     * &lt;_JIT_SHIM&gt;:
     *  6db63bef               stp d15, d14, [sp, #-0xa0]!
     *  a90857f6               stp x22, x21, [sp, #0x80]
     *  aa0203f5               mov x21, x2
     *  aa0303f6               mov x22, x3
     *  a9094ff4               stp x20, x19, [sp, #0x90]
     *  aa0103f4               mov x20, x1
     *  6d0133ed               stp d13, d12, [sp, #0x10]
     *  6d022beb               stp d11, d10, [sp, #0x20]
     *  6d0323e9               stp d9, d8, [sp, #0x30]
     *  a9047bfd               stp x29, x30, [sp, #0x40]
     *  910103fd               add x29, sp, #0x40
     *  a9056ffc               stp x28, x27, [sp, #0x50]
     *  a90667fa               stp x26, x25, [sp, #0x60]
     *  a9075ff8               stp x24, x23, [sp, #0x70]
     *  d63f0000               blr x0
     *  a9494ff4               ldp x20, x19, [sp, #0x90]
     *  a94857f6               ldp x22, x21, [sp, #0x80]
     *  a9475ff8               ldp x24, x23, [sp, #0x70]
     *  a94667fa               ldp x26, x25, [sp, #0x60]
     *  a9456ffc               ldp x28, x27, [sp, #0x50]
     *  a9447bfd               ldp x29, x30, [sp, #0x40]
     *  6d4323e9               ldp d9, d8, [sp, #0x30]
     *  6d422beb               ldp d11, d10, [sp, #0x20]
     *  6d4133ed               ldp d13, d12, [sp, #0x10]
     *  6cca3bef               ldp d15, d14, [sp], #0xa0
     *  d65f03c0               ret
     * </pre>
     */
    private static final Stencil SHIM = new Stencil(
            hex("ef3bb66df65708a9f50302aaf60303aaf44f09a9f40301aaed33016deb2b026de923036dfd7b04a9fd030191fc6f05a9fa6706a9f85f07a900003fd6f44f49a9f65748a9f85f47a9fa6746a9fc6f45a9fd7b44a9e923436deb2b426ded33416def3bca6cc0035fd6"),
            new Hole[0],
            hex(""),
            new Hole[0]);

    /**
     * <pre>
     * &lt;_JIT_ENTRY&gt;:
     *  f9401ac8               ldr x8, [x22, #0x30]
     *  91000508               add x8, x8, #0x1
     *  f9001ac8               str x8, [x22, #0x30]
     *  14000000               b 0xc &lt;_JIT_ENTRY+0xc&gt;
     *   R_AARCH64_JUMP26 _JIT_CONTINUE
     * </pre>
     */
    private static final Stencil LOOP_COUNTER = new Stencil(
            hex("c81a40f908050091c81a00f9"),
            new Hole[0],
            hex(""),
            new Hole[0]);

    private JitStencilsAarch64Linux() {
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
                        hex("fd7bbfa909000090e80315aaf30315aa290140f9608e5ef8a10e5ff802815ff8c82600a908000090080140f9fd03009100013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "binary_slice", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BINARY_SLICE's object file, before holes were extracted.
     */
    private static String BINARY_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85e8e60               ldr x0, [x19, #-0x18]!\n"
                        + " f85f0ea1               ldr x1, [x21, #-0x10]!\n"
                        + " f85f8102               ldur x2, [x8, #-0x8]\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE binary_slice\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC binary_slice\n"
                        + " 910003fd               mov x29, sp\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * BUILD_LIST (inst(BUILD_LIST))
     */
    private static Stencil BUILD_LIST() {
        return new Stencil(
                        hex("fd7bbfa91700009008000090fd030091f70240f9080140f9b30e17cbd52200a908000090e10317aa080140f9e00313aa00013fd6e00000b428008052600200f9080117cbb50e088bfd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "build_list", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_LIST's object file, before holes were extracted.
     */
    private static String BUILD_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000017               adrp x23, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f94002f7               ldr x23, [x23]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb170eb3               sub x19, x21, x23, lsl #3\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE build_list\n"
                        + " aa1703e1               mov x1, x23\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC build_list\n"
                        + " aa1303e0               mov x0, x19\n"
                        + " d63f0100               blr x8\n"
                        + " b40000e0               cbz x0, 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 52800028               mov w8, #0x1                // =1\n"
                        + " f9000260               str x0, [x19]\n"
                        + " cb170108               sub x8, x8, x23\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * BUILD_MAP (inst(BUILD_MAP))
     */
    private static Stencil BUILD_MAP() {
        return new Stencil(
                        hex("fd7bbfa91300009008000090fd030091730240f9080140f9b71213cbd52200a908000090e10313aa080140f9e00317aa00013fd6c00000b4e80713cbb50e088ba08600f8fd7bc1a800000014080000900900009060008052080140f9290140f9d70200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "build_map", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_MAP's object file, before holes were extracted.
     */
    private static String BUILD_MAP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000013               adrp x19, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400273               ldr x19, [x19]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb1312b7               sub x23, x21, x19, lsl #4\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE build_map\n"
                        + " aa1303e1               mov x1, x19\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC build_map\n"
                        + " aa1703e0               mov x0, x23\n"
                        + " d63f0100               blr x8\n"
                        + " b40000c0               cbz x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " cb1307e8               neg x8, x19, lsl #1\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d7               str x23, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * BUILD_SLICE (inst(BUILD_SLICE))
     */
    private static Stencil BUILD_SLICE() {
        return new Stencil(
                        hex("09000090e8018092ea008092290140f93f0d00f1e902809217018a9a2901889aa16a77f8b302098b600240f961000054a2825ff802000014e2031faafd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6fd7bc1a8800000b4b502178b600200f900000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(108, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(116, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "build_slice", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_SLICE's object file, before holes were extracted.
     */
    private static String BUILD_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 928001e8               mov x8, #-0x10              // =-16\n"
                        + " 928000ea               mov x10, #-0x8              // =-8\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f1000d3f               cmp x9, #0x3\n"
                        + " 928002e9               mov x9, #-0x18              // =-24\n"
                        + " 9a8a0117               csel x23, x8, x10, eq\n"
                        + " 9a880129               csel x9, x9, x8, eq\n"
                        + " f8776aa1               ldr x1, [x21, x23]\n"
                        + " 8b0902b3               add x19, x21, x9\n"
                        + " f9400260               ldr x0, [x19]\n"
                        + " 54000061               b.ne 0x38 <_JIT_ENTRY+0x38>\n"
                        + " f85f82a2               ldur x2, [x21, #-0x8]\n"
                        + " 14000002               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " aa1f03e2               mov x2, xzr\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE build_slice\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC build_slice\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000080               cbz x0, 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 8b1702b5               add x21, x21, x23\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x6c <_JIT_ENTRY+0x6c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * BUILD_TUPLE (inst(BUILD_TUPLE))
     */
    private static Stencil BUILD_TUPLE() {
        return new Stencil(
                        hex("fd7bbfa91700009008000090fd030091f70240f9080140f9b30e17cbd52200a908000090e10317aa080140f9e00313aa00013fd6e00000b428008052600200f9080117cbb50e088bfd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "build_tuple", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of BUILD_TUPLE's object file, before holes were extracted.
     */
    private static String BUILD_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000017               adrp x23, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f94002f7               ldr x23, [x23]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb170eb3               sub x19, x21, x23, lsl #3\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE build_tuple\n"
                        + " aa1703e1               mov x1, x23\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC build_tuple\n"
                        + " aa1303e0               mov x0, x19\n"
                        + " d63f0100               blr x8\n"
                        + " b40000e0               cbz x0, 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 52800028               mov w8, #0x1                // =1\n"
                        + " f9000260               str x0, [x19]\n"
                        + " cb170108               sub x8, x8, x23\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * CALL_KW (inst(CALL_KW))
     */
    private static Stencil CALL_KW() {
        return new Stencil(
                        hex("fd7bbfa903000090490080922a008092630040f9e80315aa0b000090290103cb4a0103cbb30e098bb50e0a8b6b0140f9e90323aa04815ff8600240f9a10240f9020d098bc82e00a908000090fd030091080140f900013fd6e00100b4600200f9c80e40f9080140f9a80200b4090000900800009040008052290140f9080140f9d50200f9c90a00f9c82200f9fd7bc1a8c0035fd6090000900800009060008052290140f9080140f9d30200f9c90a00f9c82200f9fd7bc1a8c0035fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(148, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(152, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(160, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(164, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "call_object_kw", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CALL_KW's object file, before holes were extracted.
     */
    private static String CALL_KW_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000003               adrp x3, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800049               mov x9, #-0x3               // =-3\n"
                        + " 9280002a               mov x10, #-0x2              // =-2\n"
                        + " f9400063               ldr x3, [x3]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 9000000b               adrp x11, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " cb030129               sub x9, x9, x3\n"
                        + " cb03014a               sub x10, x10, x3\n"
                        + " 8b090eb3               add x19, x21, x9, lsl #3\n"
                        + " 8b0a0eb5               add x21, x21, x10, lsl #3\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " aa2303e9               mvn x9, x3\n"
                        + " f85f8104               ldur x4, [x8, #-0x8]\n"
                        + " f9400260               ldr x0, [x19]\n"
                        + " f94002a1               ldr x1, [x21]\n"
                        + " 8b090d02               add x2, x8, x9, lsl #3\n"
                        + " a9002ec8               stp x8, x11, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE call_object_kw\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC call_object_kw\n"
                        + " d63f0100               blr x8\n"
                        + " b40001e0               cbz x0, 0x94 <_JIT_ENTRY+0x94>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b40002a8               cbz x8, 0xbc <_JIT_ENTRY+0xbc>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0xc0 <_JIT_ENTRY+0xc0>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * CHECK_EXC_MATCH (inst(CHECK_EXC_MATCH))
     */
    private static Stencil CHECK_EXC_MATCH() {
        return new Stencil(
                        hex("fd7bbfa908000090f30315aafd030091080140f9a1825ff8600e5ff8d52200a908000090080140f900013fd60001f8b71f0000f148028052490180522801889aa8821ff8fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "exception_matches", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CHECK_EXC_MATCH's object file, before holes were extracted.
     */
    private static String CHECK_EXC_MATCH_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f82a1               ldur x1, [x21, #-0x8]\n"
                        + " f85f0e60               ldr x0, [x19, #-0x10]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE exception_matches\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC exception_matches\n"
                        + " d63f0100               blr x8\n"
                        + " b7f80100               tbnz x0, #0x3f, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " f100001f               cmp x0, #0x0\n"
                        + " 52800248               mov w8, #0x12               // =18\n"
                        + " 52800149               mov w9, #0xa                // =10\n"
                        + " 9a880128               csel x8, x9, x8, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * CONTAINS_OP (inst(CONTAINS_OP))
     */
    private static Stencil CONTAINS_OP() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aaf30315aa290140f9610e5ff8a08e5ff8c82600a908000090fd030091080140f900013fd6e001f8b7080000901f0000f14a018052080140f9e9079f1a1f0100f1e8179f1a0801094a490280521f0100714811899a680200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(104, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "contains", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of CONTAINS_OP's object file, before holes were extracted.
     */
    private static String CONTAINS_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f0e61               ldr x1, [x19, #-0x10]!\n"
                        + " f85f8ea0               ldr x0, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE contains\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC contains\n"
                        + " d63f0100               blr x8\n"
                        + " b7f801e0               tbnz x0, #0x3f, 0x6c <_JIT_ENTRY+0x6c>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f100001f               cmp x0, #0x0\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 1a9f07e9               cset w9, ne\n"
                        + " f100011f               cmp x8, #0x0\n"
                        + " 1a9f17e8               cset w8, eq\n"
                        + " 4a090108               eor w8, w8, w9\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 7100011f               cmp w8, #0x0\n"
                        + " 9a891148               csel x8, x10, x9, ne\n"
                        + " f9000268               str x8, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x68 <_JIT_ENTRY+0x68>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * COPY (inst(COPY))
     */
    private static Stencil COPY() {
        return new Stencil(
                        hex("09000090e80315aa290140f9a90e09cbb5220091290140f9090100f9"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of COPY's object file, before holes were extracted.
     */
    private static String COPY_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " cb090ea9               sub x9, x21, x9, lsl #3\n"
                        + " 910022b5               add x21, x21, #0x8\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + " f9000109               str x9, [x8]\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * DELETE_SUBSCR (inst(DELETE_SUBSCR))
     */
    private static Stencil DELETE_SUBSCR() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aafd030091290140f9a1825ff8a00e5ff8c82600a908000090080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "delete_subscr", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of DELETE_SUBSCR's object file, before holes were extracted.
     */
    private static String DELETE_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f82a1               ldur x1, [x21, #-0x8]\n"
                        + " f85f0ea0               ldr x0, [x21, #-0x10]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE delete_subscr\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC delete_subscr\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * END_FOR (inst(END_FOR))
     */
    private static Stencil END_FOR() {
        return new Stencil(
                        hex("b54200d1"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of END_FOR's object file, before holes were extracted.
     */
    private static String END_FOR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " d10042b5               sub x21, x21, #0x10\n"
                        + " 14000000               b 0x4 <_JIT_ENTRY+0x4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * GET_ITER (inst(GET_ITER))
     */
    private static Stencil GET_ITER() {
        return new Stencil(
                        hex("fd7bbfa908000090f30315aafd030091080140f9608e5ff8d52200a908000090080140f900013fd6800000b4a0821ff8fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "get_iter", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of GET_ITER's object file, before holes were extracted.
     */
    private static String GET_ITER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE get_iter\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC get_iter\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " f81f82a0               stur x0, [x21, #-0x8]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * IS_OP (inst(IS_OP))
     */
    private static Stencil IS_OP() {
        return new Stencil(
                        hex("08000090080140f9a98e5ff8aa825ff85f0109eb4a018052e9179f1a1f0100f1e8179f1a0801094a490280521f0100714811899aa8821ff8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of IS_OP's object file, before holes were extracted.
     */
    private static String IS_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " f85f82aa               ldur x10, [x21, #-0x8]\n"
                        + " eb09015f               cmp x10, x9\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 1a9f17e9               cset w9, eq\n"
                        + " f100011f               cmp x8, #0x0\n"
                        + " 1a9f17e8               cset w8, eq\n"
                        + " 4a090108               eor w8, w8, w9\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 7100011f               cmp w8, #0x0\n"
                        + " 9a891148               csel x8, x10, x9, ne\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * LIST_APPEND (inst(LIST_APPEND))
     */
    private static Stencil LIST_APPEND() {
        return new Stencil(
                        hex("fd7bbfa908000090fd030091080140f9e80328aaa07a68f808000090a18e5ff8080140f900013fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "list_append", 0L)
                        });
    }

    /**
     * llvm-objdump of LIST_APPEND's object file, before holes were extracted.
     */
    private static String LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " aa2803e8               mvn x8, x8\n"
                        + " f8687aa0               ldr x0, [x21, x8, lsl #3]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE list_append\n"
                        + " f85f8ea1               ldr x1, [x21, #-0x8]!\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC list_append\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * LOAD_BUILD_CLASS (inst(LOAD_BUILD_CLASS))
     */
    private static Stencil LOAD_BUILD_CLASS() {
        return new Stencil(
                        hex("fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6800000b4a08600f8fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "load_build_class", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_BUILD_CLASS's object file, before holes were extracted.
     */
    private static String LOAD_BUILD_CLASS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE load_build_class\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC load_build_class\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * LOAD_CONST (inst(LOAD_CONST))
     */
    private static Stencil LOAD_CONST() {
        return new Stencil(
                        hex("fd7bbfa90000009008000090fd030091000040f9080140f900013fd6a08600f8fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETCONST", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_CONST's object file, before holes were extracted.
     */
    private static String LOAD_CONST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETCONST\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETCONST\n"
                        + " d63f0100               blr x8\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * LOAD_FAST_AND_CLEAR (inst(LOAD_FAST_AND_CLEAR))
     */
    private static Stencil LOAD_FAST_AND_CLEAR() {
        return new Stencil(
                        hex("08000090080140f9897a68f89f7a28f8a98600f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_AND_CLEAR's object file, before holes were extracted.
     */
    private static String LOAD_FAST_AND_CLEAR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f8687a89               ldr x9, [x20, x8, lsl #3]\n"
                        + " f8287a9f               str xzr, [x20, x8, lsl #3]\n"
                        + " f80086a9               str x9, [x21], #0x8\n"
                        + " 14000000               b 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * LOAD_FAST_CHECK (inst(LOAD_FAST_CHECK))
     */
    private static Stencil LOAD_FAST_CHECK() {
        return new Stencil(
                        hex("00000090000040f9887a60f8680000b4a88600f800000014fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "raise_unbound_local", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_CHECK's object file, before holes were extracted.
     */
    private static String LOAD_FAST_CHECK_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f8607a88               ldr x8, [x20, x0, lsl #3]\n"
                        + " b4000068               cbz x8, 0x18 <_JIT_ENTRY+0x18>\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE raise_unbound_local\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC raise_unbound_local\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * LOAD_FAST_LOAD_FAST (inst(LOAD_FAST_LOAD_FAST))
     */
    private static Stencil LOAD_FAST_LOAD_FAST() {
        return new Stencil(
                        hex("09000090e80315aab5420091290140f92afd4493290d40928a7a6af8897a69f80a2500a9"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_FAST_LOAD_FAST's object file, before holes were extracted.
     */
    private static String LOAD_FAST_LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910042b5               add x21, x21, #0x10\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 9344fd2a               asr x10, x9, #4\n"
                        + " 92400d29               and x9, x9, #0xf\n"
                        + " f86a7a8a               ldr x10, [x20, x10, lsl #3]\n"
                        + " f8697a89               ldr x9, [x20, x9, lsl #3]\n"
                        + " a900250a               stp x10, x9, [x8]\n"
                        + " 14000000               b 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * LOAD_NAME (inst(LOAD_NAME))
     */
    private static Stencil LOAD_NAME() {
        return new Stencil(
                        hex("fd7bbfa90800009000000090fd030091080140f9000040f9d52200a908000090080140f900013fd608000090080140f900013fd6800000b4a08600f8fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(64, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "load_name", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of LOAD_NAME's object file, before holes were extracted.
     */
    private static String LOAD_NAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE load_name\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC load_name\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * MAKE_FUNCTION (inst(MAKE_FUNCTION))
     */
    private static Stencil MAKE_FUNCTION() {
        return new Stencil(
                        hex("08000090080140f968000037e1031faa02000014a1025ff8fd7bbfa9090000901301409208000090290140f9a0825ff8fd030091d52600a9080140f900013fd6fd7bc1a8c00000b4a80e13cbe90333aaa07a29f8f50308aa00000014e80333aa090000900a000090a80e088b290140f94a0140f960008052c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "make_function", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of MAKE_FUNCTION's object file, before holes were extracted.
     */
    private static String MAKE_FUNCTION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 37000068               tbnz w8, #0x0, 0x14 <_JIT_ENTRY+0x14>\n"
                        + " aa1f03e1               mov x1, xzr\n"
                        + " 14000002               b 0x18 <_JIT_ENTRY+0x18>\n"
                        + " f85f02a1               ldur x1, [x21, #-0x10]\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 92400113               and x19, x8, #0x1\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE make_function\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f82a0               ldur x0, [x21, #-0x8]\n"
                        + " 910003fd               mov x29, sp\n"
                        + " a90026d5               stp x21, x9, [x22]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC make_function\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b40000c0               cbz x0, 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " cb130ea8               sub x8, x21, x19, lsl #3\n"
                        + " aa3303e9               mvn x9, x19\n"
                        + " f8297aa0               str x0, [x21, x9, lsl #3]\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " 14000000               b 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " aa3303e8               mvn x8, x19\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 8b080ea8               add x8, x21, x8, lsl #3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
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
                        + " 14000000               b 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * POP_EXCEPT (inst(POP_EXCEPT))
     */
    private static Stencil POP_EXCEPT() {
        return new Stencil(
                        hex("fd7bbfa908000090a08e5ff8080140f9fd03009100013fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "set_handled_exception", 0L)
                        });
    }

    /**
     * llvm-objdump of POP_EXCEPT's object file, before holes were extracted.
     */
    private static String POP_EXCEPT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE set_handled_exception\n"
                        + " f85f8ea0               ldr x0, [x21, #-0x8]!\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC set_handled_exception\n"
                        + " 910003fd               mov x29, sp\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * POP_TOP (inst(POP_TOP))
     */
    private static Stencil POP_TOP() {
        return new Stencil(
                        hex("b52200d1"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of POP_TOP's object file, before holes were extracted.
     */
    private static String POP_TOP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " d10022b5               sub x21, x21, #0x8\n"
                        + " 14000000               b 0x4 <_JIT_ENTRY+0x4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * PUSH_EXC_INFO (inst(PUSH_EXC_INFO))
     */
    private static Stencil PUSH_EXC_INFO() {
        return new Stencil(
                        hex("fd7bbfa908000090b7825ff8fd030091080140f9f30315aa00013fd608000090f80300aae00317aa080140f900013fd6b522009178de3fa9fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "handled_exception", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "set_handled_exception", 0L)
                        });
    }

    /**
     * llvm-objdump of PUSH_EXC_INFO's object file, before holes were extracted.
     */
    private static String PUSH_EXC_INFO_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE handled_exception\n"
                        + " f85f82b7               ldur x23, [x21, #-0x8]\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC handled_exception\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE set_handled_exception\n"
                        + " aa0003f8               mov x24, x0\n"
                        + " aa1703e0               mov x0, x23\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC set_handled_exception\n"
                        + " d63f0100               blr x8\n"
                        + " 910022b5               add x21, x21, #0x8\n"
                        + " a93fde78               stp x24, x23, [x19, #-0x8]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * PUSH_NULL (inst(PUSH_NULL))
     */
    private static Stencil PUSH_NULL() {
        return new Stencil(
                        hex("bf8600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of PUSH_NULL's object file, before holes were extracted.
     */
    private static String PUSH_NULL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f80086bf               str xzr, [x21], #0x8\n"
                        + " 14000000               b 0x4 <_JIT_ENTRY+0x4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * RAISE_VARARGS (inst(RAISE_VARARGS))
     */
    private static Stencil RAISE_VARARGS() {
        return new Stencil(
                        hex("fd7bbfa90100009008000090fd030091210040f9080140f9b30e01cbd52200a908000090080140f9e00313aa00013fd6080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "raise_varargs", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of RAISE_VARARGS's object file, before holes were extracted.
     */
    private static String RAISE_VARARGS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000001               adrp x1, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400021               ldr x1, [x1]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb010eb3               sub x19, x21, x1, lsl #3\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE raise_varargs\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC raise_varargs\n"
                        + " aa1303e0               mov x0, x19\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * RERAISE (inst(RERAISE))
     */
    private static Stencil RERAISE() {
        return new Stencil(
                        hex("fd7bbfa908000090f30315aafd030091080140f9608e5ff8d52200a908000090080140f900013fd6080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "reraise", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of RERAISE's object file, before holes were extracted.
     */
    private static String RERAISE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE reraise\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC reraise\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * STORE_FAST_LOAD_FAST (inst(STORE_FAST_LOAD_FAST))
     */
    private static Stencil STORE_FAST_LOAD_FAST() {
        return new Stencil(
                        hex("08000090080140f9aa825ff809fd4493080d40928a7a29f8887a68f8a8821ff8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_FAST_LOAD_FAST's object file, before holes were extracted.
     */
    private static String STORE_FAST_LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f82aa               ldur x10, [x21, #-0x8]\n"
                        + " 9344fd09               asr x9, x8, #4\n"
                        + " 92400d08               and x8, x8, #0xf\n"
                        + " f8297a8a               str x10, [x20, x9, lsl #3]\n"
                        + " f8687a88               ldr x8, [x20, x8, lsl #3]\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * STORE_FAST_STORE_FAST (inst(STORE_FAST_STORE_FAST))
     */
    private static Stencil STORE_FAST_STORE_FAST() {
        return new Stencil(
                        hex("08000090080140f909fd4493aa2effa9080d40928b7a29f88a7a28f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_FAST_STORE_FAST's object file, before holes were extracted.
     */
    private static String STORE_FAST_STORE_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 9344fd09               asr x9, x8, #4\n"
                        + " a9ff2eaa               ldp x10, x11, [x21, #-0x10]!\n"
                        + " 92400d08               and x8, x8, #0xf\n"
                        + " f8297a8b               str x11, [x20, x9, lsl #3]\n"
                        + " f8287a8a               str x10, [x20, x8, lsl #3]\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * STORE_NAME (inst(STORE_NAME))
     */
    private static Stencil STORE_NAME() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aa00000090290140f9000040f9fd030091b38e5ff8c82600a908000090080140f900013fd608000090e10313aa080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "store_name", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_NAME's object file, before holes were extracted.
     */
    private static String STORE_NAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f85f8eb3               ldr x19, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE store_name\n"
                        + " aa1303e1               mov x1, x19\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC store_name\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * STORE_SLICE (inst(STORE_SLICE))
     */
    private static Stencil STORE_SLICE() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aafd030091290140f9a0867ea9a2825ff8a30e5ef8c82600a908000090080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "store_slice", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of STORE_SLICE's object file, before holes were extracted.
     */
    private static String STORE_SLICE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a97e86a0               ldp x0, x1, [x21, #-0x18]\n"
                        + " f85f82a2               ldur x2, [x21, #-0x8]\n"
                        + " f85e0ea3               ldr x3, [x21, #-0x20]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE store_slice\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC store_slice\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * SWAP (inst(SWAP))
     */
    private static Stencil SWAP() {
        return new Stencil(
                        hex("08000090080140f9a9825ff8a80e08cb0a0140f9090100f9aa821ff8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of SWAP's object file, before holes were extracted.
     */
    private static String SWAP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " cb080ea8               sub x8, x21, x8, lsl #3\n"
                        + " f940010a               ldr x10, [x8]\n"
                        + " f9000109               str x9, [x8]\n"
                        + " f81f82aa               stur x10, [x21, #-0x8]\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * UNARY_INVERT (inst(UNARY_INVERT))
     */
    private static Stencil UNARY_INVERT() {
        return new Stencil(
                        hex("f30315aa608e5ff8a0010037fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6fd7bc1a8c00000b4a0821ff80000001400f87fd2a0821ff800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(68, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "unary_invert", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of UNARY_INVERT's object file, before holes were extracted.
     */
    private static String UNARY_INVERT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " 370001a0               tbnz w0, #0x0, 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE unary_invert\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC unary_invert\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b40000c0               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " f81f82a0               stur x0, [x21, #-0x8]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " d27ff800               eor x0, x0, #0xfffffffffffffffe\n"
                        + " f81f82a0               stur x0, [x21, #-0x8]\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * UNARY_NEGATIVE (inst(UNARY_NEGATIVE))
     */
    private static Stencil UNARY_NEGATIVE() {
        return new Stencil(
                        hex("f30315aa608e5ff880000036480080521f0100ebc7020054fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6fd7bc1a8600000b4a0821ff800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd648008052000100cba0821ff8"),
                        new Hole[] {
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(68, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "unary_negative", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of UNARY_NEGATIVE's object file, before holes were extracted.
     */
    private static String UNARY_NEGATIVE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " 36000080               tbz w0, #0x0, 0x18 <_JIT_ENTRY+0x18>\n"
                        + " 52800048               mov w8, #0x2                // =2\n"
                        + " eb00011f               cmp x8, x0\n"
                        + " 540002c7               b.vc 0x6c <_JIT_ENTRY+0x6c>\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE unary_negative\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC unary_negative\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000060               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " f81f82a0               stur x0, [x21, #-0x8]\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 52800048               mov w8, #0x2                // =2\n"
                        + " cb000100               sub x0, x8, x0\n"
                        + " f81f82a0               stur x0, [x21, #-0x8]\n"
                        + " 14000000               b 0x78 <_JIT_ENTRY+0x78>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * UNARY_NOT (inst(UNARY_NOT))
     */
    private static Stencil UNARY_NOT() {
        return new Stencil(
                        hex("a8825ff8490280524a0180521f4900f14801899aa8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of UNARY_NOT's object file, before holes were extracted.
     */
    private static String UNARY_NOT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " f100491f               cmp x8, #0x12\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _BINARY_OP (op(_BINARY_OP))
     */
    private static Stencil _BINARY_OP() {
        return new Stencil(
                        hex("fd7bbfa90000009009000090e80315aa000040f9f30315aa290140f9610e5ff8a28e5ff8c82600a908000090fd030091080140f900013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "binary_op", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP's object file, before holes were extracted.
     */
    private static String _BINARY_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f0e61               ldr x1, [x19, #-0x10]!\n"
                        + " f85f8ea2               ldr x2, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE binary_op\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC binary_op\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_ADD_FLOAT (op(_BINARY_OP_ADD_FLOAT))
     */
    private static Stencil _BINARY_OP_ADD_FLOAT() {
        return new Stencil(
                        hex("f30315aa0b000090e80315aa6a0e5ff86b0140f9a98e5ff84c094092c82e00a99f1100f1a103005448fd43d30b00eed25f3d00f10b010b8b6881889a0805c8930001679e280940921f1100f120030054c81640f90809098b010540fd0028611e0800669e08fdc8931f0500f1a903005409fcf1d20901098b29fd75d33ff903f188030054890080d20900f0f2200d08ca600200f900000014c81640f908090a8b000540fd280940921f1100f121fdff5428fd43d30a00eed23f3d00f10a010a8b4881889a0805c8930101679e0028611e0800669e08fdc8931f0500f1a8fcff5489008052200d08aa600200f900000014fd7bbfa908000090fd030091080140f900013fd6fd7bc1a8600000b4600200f900000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(148, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(236, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(244, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(252, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(272, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(276, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(280, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(288, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(292, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 9000000b               adrp x11, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f0e6a               ldr x10, [x19, #-0x10]!\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " 9240094c               and x12, x10, #0x7\n"
                        + " a9002ec8               stp x8, x11, [x22]\n"
                        + " f100119f               cmp x12, #0x4\n"
                        + " 540003a1               b.ne 0x98 <_JIT_ENTRY+0x98>\n"
                        + " d343fd48               lsr x8, x10, #3\n"
                        + " d2ee000b               mov x11, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d5f               cmp x10, #0xf\n"
                        + " 8b0b010b               add x11, x8, x11\n"
                        + " 9a888168               csel x8, x11, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670100               fmov d0, x8\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000320               b.eq 0xb0 <_JIT_ENTRY+0xb0>\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " fd400501               ldr d1, [x8, #0x8]\n"
                        + " 1e612800               fadd d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540003a9               b.ls 0xe0 <_JIT_ENTRY+0xe0>\n"
                        + " d2f1fc09               mov x9, #-0x7020000000000000 // =-8079457731502669824\n"
                        + " 8b090109               add x9, x8, x9\n"
                        + " d375fd29               lsr x9, x9, #53\n"
                        + " f103f93f               cmp x9, #0xfe\n"
                        + " 54000388               b.hi 0xf0 <_JIT_ENTRY+0xf0>\n"
                        + " d2800089               mov x9, #0x4                // =4\n"
                        + " f2f00009               movk x9, #0x8000, lsl #48\n"
                        + " ca080d20               eor x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x94 <_JIT_ENTRY+0x94>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b0a0908               add x8, x8, x10, lsl #2\n"
                        + " fd400500               ldr d0, [x8, #0x8]\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54fffd21               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " d343fd28               lsr x8, x9, #3\n"
                        + " d2ee000a               mov x10, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d3f               cmp x9, #0xf\n"
                        + " 8b0a010a               add x10, x8, x10\n"
                        + " 9a888148               csel x8, x10, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670101               fmov d1, x8\n"
                        + " 1e612800               fadd d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 54fffca8               b.hi 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 52800089               mov w9, #0x4                // =4\n"
                        + " aa080d20               orr x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0xec <_JIT_ENTRY+0xec>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE box_float\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC box_float\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000060               cbz x0, 0x114 <_JIT_ENTRY+0x114>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x110 <_JIT_ENTRY+0x110>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_ADD_INT (op(_BINARY_OP_ADD_INT))
     */
    private static Stencil _BINARY_OP_ADD_INT() {
        return new Stencil(
                        hex("e80315aaa98e5ff8aa825ff84a0500d15f0109abe700005409000090290140f9200140f9c00000b4f50308aa00001fd64901098b09011ff800000014090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " f85f82aa               ldur x10, [x21, #-0x8]\n"
                        + " d100054a               sub x10, x10, #0x1\n"
                        + " ab09015f               cmn x10, x9\n"
                        + " 540000e7               b.vc 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b40000c0               cbz x0, 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " 8b090149               add x9, x10, x9\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_ADD_UNICODE (op(_BINARY_OP_ADD_UNICODE))
     */
    private static Stencil _BINARY_OP_ADD_UNICODE() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aaf30315aa290140f9600e5ff8a18e5ff8c82600a908000090fd030091080140f900013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "str_concat", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_ADD_UNICODE's object file, before holes were extracted.
     */
    private static String _BINARY_OP_ADD_UNICODE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f0e60               ldr x0, [x19, #-0x10]!\n"
                        + " f85f8ea1               ldr x1, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE str_concat\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC str_concat\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x40 <_JIT_ENTRY+0x40>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_MULTIPLY_FLOAT (op(_BINARY_OP_MULTIPLY_FLOAT))
     */
    private static Stencil _BINARY_OP_MULTIPLY_FLOAT() {
        return new Stencil(
                        hex("f30315aa0b000090e80315aa6a0e5ff86b0140f9a98e5ff84c094092c82e00a99f1100f1a103005448fd43d30b00eed25f3d00f10b010b8b6881889a0805c8930001679e280940921f1100f120030054c81640f90809098b010540fd0008611e0800669e08fdc8931f0500f1a903005409fcf1d20901098b29fd75d33ff903f188030054890080d20900f0f2200d08ca600200f900000014c81640f908090a8b000540fd280940921f1100f121fdff5428fd43d30a00eed23f3d00f10a010a8b4881889a0805c8930101679e0008611e0800669e08fdc8931f0500f1a8fcff5489008052200d08aa600200f900000014fd7bbfa908000090fd030091080140f900013fd6fd7bc1a8600000b4600200f900000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(148, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(236, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(244, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(252, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(272, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(276, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(280, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(288, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(292, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_MULTIPLY_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_MULTIPLY_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 9000000b               adrp x11, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f0e6a               ldr x10, [x19, #-0x10]!\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " 9240094c               and x12, x10, #0x7\n"
                        + " a9002ec8               stp x8, x11, [x22]\n"
                        + " f100119f               cmp x12, #0x4\n"
                        + " 540003a1               b.ne 0x98 <_JIT_ENTRY+0x98>\n"
                        + " d343fd48               lsr x8, x10, #3\n"
                        + " d2ee000b               mov x11, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d5f               cmp x10, #0xf\n"
                        + " 8b0b010b               add x11, x8, x11\n"
                        + " 9a888168               csel x8, x11, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670100               fmov d0, x8\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000320               b.eq 0xb0 <_JIT_ENTRY+0xb0>\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " fd400501               ldr d1, [x8, #0x8]\n"
                        + " 1e610800               fmul d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540003a9               b.ls 0xe0 <_JIT_ENTRY+0xe0>\n"
                        + " d2f1fc09               mov x9, #-0x7020000000000000 // =-8079457731502669824\n"
                        + " 8b090109               add x9, x8, x9\n"
                        + " d375fd29               lsr x9, x9, #53\n"
                        + " f103f93f               cmp x9, #0xfe\n"
                        + " 54000388               b.hi 0xf0 <_JIT_ENTRY+0xf0>\n"
                        + " d2800089               mov x9, #0x4                // =4\n"
                        + " f2f00009               movk x9, #0x8000, lsl #48\n"
                        + " ca080d20               eor x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x94 <_JIT_ENTRY+0x94>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b0a0908               add x8, x8, x10, lsl #2\n"
                        + " fd400500               ldr d0, [x8, #0x8]\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54fffd21               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " d343fd28               lsr x8, x9, #3\n"
                        + " d2ee000a               mov x10, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d3f               cmp x9, #0xf\n"
                        + " 8b0a010a               add x10, x8, x10\n"
                        + " 9a888148               csel x8, x10, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670101               fmov d1, x8\n"
                        + " 1e610800               fmul d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 54fffca8               b.hi 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 52800089               mov w9, #0x4                // =4\n"
                        + " aa080d20               orr x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0xec <_JIT_ENTRY+0xec>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE box_float\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC box_float\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000060               cbz x0, 0x114 <_JIT_ENTRY+0x114>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x110 <_JIT_ENTRY+0x110>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_MULTIPLY_INT (op(_BINARY_OP_MULTIPLY_INT))
     */
    private static Stencil _BINARY_OP_MULTIPLY_INT() {
        return new Stencil(
                        hex("e80315aaaa8e5ff8a9825ff84a0500d129fd41932b7d0a9b2c7d4a9b9ffd8bebe000005409000090290140f9200140f9e00000b4f50308aa00001fd62b0080d2492d099b09011ff800000014090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_MULTIPLY_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_MULTIPLY_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8eaa               ldr x10, [x21, #-0x8]!\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " d100054a               sub x10, x10, #0x1\n"
                        + " 9341fd29               asr x9, x9, #1\n"
                        + " 9b0a7d2b               mul x11, x9, x10\n"
                        + " 9b4a7d2c               smulh x12, x9, x10\n"
                        + " eb8bfd9f               cmp x12, x11, asr #63\n"
                        + " 540000e0               b.eq 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b40000e0               cbz x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " d280002b               mov x11, #0x1               // =1\n"
                        + " 9b092d49               madd x9, x10, x9, x11\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_SUBTRACT_FLOAT (op(_BINARY_OP_SUBTRACT_FLOAT))
     */
    private static Stencil _BINARY_OP_SUBTRACT_FLOAT() {
        return new Stencil(
                        hex("f30315aa0b000090e80315aa6a0e5ff86b0140f9a98e5ff84c094092c82e00a99f1100f1a103005448fd43d30b00eed25f3d00f10b010b8b6881889a0805c8930001679e280940921f1100f120030054c81640f90809098b010540fd0038611e0800669e08fdc8931f0500f1a903005409fcf1d20901098b29fd75d33ff903f188030054890080d20900f0f2200d08ca600200f900000014c81640f908090a8b000540fd280940921f1100f121fdff5428fd43d30a00eed23f3d00f10a010a8b4881889a0805c8930101679e0038611e0800669e08fdc8931f0500f1a8fcff5489008052200d08aa600200f900000014fd7bbfa908000090fd030091080140f900013fd6fd7bc1a8600000b4600200f900000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(148, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(236, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(244, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(252, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(272, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(276, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(280, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(288, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(292, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "box_float", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_SUBTRACT_FLOAT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_SUBTRACT_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 9000000b               adrp x11, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f0e6a               ldr x10, [x19, #-0x10]!\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " 9240094c               and x12, x10, #0x7\n"
                        + " a9002ec8               stp x8, x11, [x22]\n"
                        + " f100119f               cmp x12, #0x4\n"
                        + " 540003a1               b.ne 0x98 <_JIT_ENTRY+0x98>\n"
                        + " d343fd48               lsr x8, x10, #3\n"
                        + " d2ee000b               mov x11, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d5f               cmp x10, #0xf\n"
                        + " 8b0b010b               add x11, x8, x11\n"
                        + " 9a888168               csel x8, x11, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670100               fmov d0, x8\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000320               b.eq 0xb0 <_JIT_ENTRY+0xb0>\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " fd400501               ldr d1, [x8, #0x8]\n"
                        + " 1e613800               fsub d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540003a9               b.ls 0xe0 <_JIT_ENTRY+0xe0>\n"
                        + " d2f1fc09               mov x9, #-0x7020000000000000 // =-8079457731502669824\n"
                        + " 8b090109               add x9, x8, x9\n"
                        + " d375fd29               lsr x9, x9, #53\n"
                        + " f103f93f               cmp x9, #0xfe\n"
                        + " 54000388               b.hi 0xf0 <_JIT_ENTRY+0xf0>\n"
                        + " d2800089               mov x9, #0x4                // =4\n"
                        + " f2f00009               movk x9, #0x8000, lsl #48\n"
                        + " ca080d20               eor x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x94 <_JIT_ENTRY+0x94>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b0a0908               add x8, x8, x10, lsl #2\n"
                        + " fd400500               ldr d0, [x8, #0x8]\n"
                        + " 92400928               and x8, x9, #0x7\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54fffd21               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " d343fd28               lsr x8, x9, #3\n"
                        + " d2ee000a               mov x10, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d3f               cmp x9, #0xf\n"
                        + " 8b0a010a               add x10, x8, x10\n"
                        + " 9a888148               csel x8, x10, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670101               fmov d1, x8\n"
                        + " 1e613800               fsub d0, d0, d1\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 54fffca8               b.hi 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 52800089               mov w9, #0x4                // =4\n"
                        + " aa080d20               orr x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0xec <_JIT_ENTRY+0xec>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE box_float\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC box_float\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000060               cbz x0, 0x114 <_JIT_ENTRY+0x114>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x110 <_JIT_ENTRY+0x110>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_SUBTRACT_INT (op(_BINARY_OP_SUBTRACT_INT))
     */
    private static Stencil _BINARY_OP_SUBTRACT_INT() {
        return new Stencil(
                        hex("e80315aaa98e5ff8aa825ff8290500d1490109ebe700005409000090290140f9200140f9a00000b4f50308aa00001fd609011ff800000014090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_SUBTRACT_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_SUBTRACT_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " f85f82aa               ldur x10, [x21, #-0x8]\n"
                        + " d1000529               sub x9, x9, #0x1\n"
                        + " eb090149               subs x9, x10, x9\n"
                        + " 540000e7               b.vc 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b40000a0               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_SUBSCR (op(_BINARY_SUBSCR))
     */
    private static Stencil _BINARY_SUBSCR() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aaf30315aa290140f9600e5ff8a18e5ff8c82600a908000090fd030091080140f900013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "subscr", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f0e60               ldr x0, [x19, #-0x10]!\n"
                        + " f85f8ea1               ldr x1, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE subscr\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC subscr\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x40 <_JIT_ENTRY+0x40>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_SUBSCR_DICT (op(_BINARY_SUBSCR_DICT))
     */
    private static Stencil _BINARY_SUBSCR_DICT() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aaf30315aa290140f9600e5ff8a18e5ff8c82600a908000090fd030091080140f900013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "dict_subscr", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_DICT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f0e60               ldr x0, [x19, #-0x10]!\n"
                        + " f85f8ea1               ldr x1, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE dict_subscr\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC dict_subscr\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x40 <_JIT_ENTRY+0x40>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_SUBSCR_LIST_INT (op(_BINARY_SUBSCR_LIST_INT))
     */
    private static Stencil _BINARY_SUBSCR_LIST_INT() {
        return new Stencil(
                        hex("e80315aaaa8e5ff8a9825ff8cb1640f96909098b2b0540f96cfd8a8a8a058aabe40000545f010bebaa000054290940f929796af809011ff80000001409000090290140f9200140f9600000b4f50308aa00001fd6090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(84, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_LIST_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_LIST_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8eaa               ldr x10, [x21, #-0x8]!\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b090969               add x9, x11, x9, lsl #2\n"
                        + " f940052b               ldr x11, [x9, #0x8]\n"
                        + " 8a8afd6c               and x12, x11, x10, asr #63\n"
                        + " ab8a058a               adds x10, x12, x10, asr #1\n"
                        + " 540000e4               b.mi 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " eb0b015f               cmp x10, x11\n"
                        + " 540000aa               b.ge 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f86a7929               ldr x9, [x9, x10, lsl #3]\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b4000060               cbz x0, 0x54 <_JIT_ENTRY+0x54>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_SUBSCR_STR_INT (op(_BINARY_SUBSCR_STR_INT))
     */
    private static Stencil _BINARY_SUBSCR_STR_INT() {
        return new Stencil(
                        hex("f70315aac81640f9e00e5ff8f30317aa698e40f80809008b080540f90afd898a410589ab040200543f0008ebca010054fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6fd7bc1a8400200b4f50313aae00200f90000001408000090080140f9000140f9400000b400001fd6090000900800009020008052290140f9080140f9d50200f9c90a00f9c82200f9c0035fd6090000900800009060008052290140f9080140f9d70200f9c90a00f9c82200f9c0035fd6"),
                        new Hole[] {
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(96, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(120, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(132, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(136, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(156, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(160, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(168, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(172, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "str_item", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_STR_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_STR_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f7               mov x23, x21\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f85f0ee0               ldr x0, [x23, #-0x10]!\n"
                        + " aa1703f3               mov x19, x23\n"
                        + " f8408e69               ldr x9, [x19, #0x8]!\n"
                        + " 8b000908               add x8, x8, x0, lsl #2\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " 8a89fd0a               and x10, x8, x9, asr #63\n"
                        + " ab890541               adds x1, x10, x9, asr #1\n"
                        + " 54000204               b.mi 0x64 <_JIT_ENTRY+0x64>\n"
                        + " eb08003f               cmp x1, x8\n"
                        + " 540001ca               b.ge 0x64 <_JIT_ENTRY+0x64>\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE str_item\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC str_item\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000240               cbz x0, 0x9c <_JIT_ENTRY+0x9c>\n"
                        + " aa1303f5               mov x21, x19\n"
                        + " f90002e0               str x0, [x23]\n"
                        + " 14000000               b 0x60 <_JIT_ENTRY+0x60>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x78 <_JIT_ENTRY+0x78>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d7               str x23, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_SUBSCR_TUPLE_INT (op(_BINARY_SUBSCR_TUPLE_INT))
     */
    private static Stencil _BINARY_SUBSCR_TUPLE_INT() {
        return new Stencil(
                        hex("e80315aaaa8e5ff8a9825ff8cb1640f96909098b2b0540f96cfd8a8a8a058aabe40000545f010bebaa000054290940f929796af809011ff80000001409000090290140f9200140f9600000b4f50308aa00001fd6090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(84, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_SUBSCR_TUPLE_INT's object file, before holes were extracted.
     */
    private static String _BINARY_SUBSCR_TUPLE_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8eaa               ldr x10, [x21, #-0x8]!\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b090969               add x9, x11, x9, lsl #2\n"
                        + " f940052b               ldr x11, [x9, #0x8]\n"
                        + " 8a8afd6c               and x12, x11, x10, asr #63\n"
                        + " ab8a058a               adds x10, x12, x10, asr #1\n"
                        + " 540000e4               b.mi 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " eb0b015f               cmp x10, x11\n"
                        + " 540000aa               b.ge 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f86a7929               ldr x9, [x9, x10, lsl #3]\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b4000060               cbz x0, 0x54 <_JIT_ENTRY+0x54>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _CALL (op(_CALL))
     */
    private static Stencil _CALL() {
        return new Stencil(
                        hex("fd7bbfa90300009029008092e80315aa630040f90a000090fd030091290103cbeb0323aab30e098bb50e0b8b4a0140f9020d03cb600240f9a10240f9c82a00a908000090080140f900013fd6e00100b4600200f9c80e40f9080140f9a80200b4090000900800009040008052290140f9080140f9d50200f9c90a00f9c82200f9fd7bc1a8c0035fd6090000900800009060008052290140f9080140f9d30200f9c90a00f9c82200f9fd7bc1a8c0035fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(136, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(140, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(148, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(152, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "call_object", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL's object file, before holes were extracted.
     */
    private static String _CALL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000003               adrp x3, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800029               mov x9, #-0x2               // =-2\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f9400063               ldr x3, [x3]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " cb030129               sub x9, x9, x3\n"
                        + " aa2303eb               mvn x11, x3\n"
                        + " 8b090eb3               add x19, x21, x9, lsl #3\n"
                        + " 8b0b0eb5               add x21, x21, x11, lsl #3\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb030d02               sub x2, x8, x3, lsl #3\n"
                        + " f9400260               ldr x0, [x19]\n"
                        + " f94002a1               ldr x1, [x21]\n"
                        + " a9002ac8               stp x8, x10, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE call_object\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC call_object\n"
                        + " d63f0100               blr x8\n"
                        + " b40001e0               cbz x0, 0x88 <_JIT_ENTRY+0x88>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b40002a8               cbz x8, 0xb0 <_JIT_ENTRY+0xb0>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0xb4 <_JIT_ENTRY+0xb4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _CALL_BUILTIN (op(_CALL_BUILTIN))
     */
    private static Stencil _CALL_BUILTIN() {
        return new Stencil(
                        hex("fd7bbfa90300009029008092e80315aa630040f90a000090fd030091290103cbeb0323aab30e098bb50e0b8b4a0140f9020d03cb600240f9a10240f9c82a00a908000090080140f900013fd6e00100b4600200f9c80e40f9080140f9a80200b4090000900800009040008052290140f9080140f9d50200f9c90a00f9c82200f9fd7bc1a8c0035fd6090000900800009060008052290140f9080140f9d30200f9c90a00f9c82200f9fd7bc1a8c0035fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(136, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(140, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(148, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(152, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "call_builtin", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_BUILTIN's object file, before holes were extracted.
     */
    private static String _CALL_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000003               adrp x3, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800029               mov x9, #-0x2               // =-2\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f9400063               ldr x3, [x3]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " cb030129               sub x9, x9, x3\n"
                        + " aa2303eb               mvn x11, x3\n"
                        + " 8b090eb3               add x19, x21, x9, lsl #3\n"
                        + " 8b0b0eb5               add x21, x21, x11, lsl #3\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " cb030d02               sub x2, x8, x3, lsl #3\n"
                        + " f9400260               ldr x0, [x19]\n"
                        + " f94002a1               ldr x1, [x21]\n"
                        + " a9002ac8               stp x8, x10, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE call_builtin\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC call_builtin\n"
                        + " d63f0100               blr x8\n"
                        + " b40001e0               cbz x0, 0x88 <_JIT_ENTRY+0x88>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b40002a8               cbz x8, 0xb0 <_JIT_ENTRY+0xb0>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0xb4 <_JIT_ENTRY+0xb4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _CHECK_FUNCTION_EXACT_ARGS (op(_CHECK_FUNCTION_EXACT_ARGS))
     */
    private static Stencil _CHECK_FUNCTION_EXACT_ARGS() {
        return new Stencil(
                        hex("0800009029008092080140f9290108cba97a69f83f0940f261020054ca1640f94909098b2a0140f95f3500f1c10100540a0000904a0140f92b0540f97f010aebe1020054ea0328aa290940f9aa7a6af85f0100f10805889a3f0108eba10300540000001408000090080140f9000140f9400000b400001fd60900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd608000090080140f9000140f960feffb50900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd608000090080140f9000140f9c0fcffb50900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(96, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(120, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(132, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(156, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(160, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(172, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(176, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(180, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(184, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(208, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(212, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(224, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(228, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(232, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(236, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_FUNCTION_EXACT_ARGS's object file, before holes were extracted.
     */
    private static String _CHECK_FUNCTION_EXACT_ARGS_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800029               mov x9, #-0x2               // =-2\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " cb080129               sub x9, x9, x8\n"
                        + " f8697aa9               ldr x9, [x21, x9, lsl #3]\n"
                        + " f240093f               tst x9, #0x7\n"
                        + " 54000261               b.ne 0x64 <_JIT_ENTRY+0x64>\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " 8b090949               add x9, x10, x9, lsl #2\n"
                        + " f940012a               ldr x10, [x9]\n"
                        + " f100355f               cmp x10, #0xd\n"
                        + " 540001c1               b.ne 0x64 <_JIT_ENTRY+0x64>\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f940052b               ldr x11, [x9, #0x8]\n"
                        + " eb0a017f               cmp x11, x10\n"
                        + " 540002e1               b.ne 0x9c <_JIT_ENTRY+0x9c>\n"
                        + " aa2803ea               mvn x10, x8\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f86a7aaa               ldr x10, [x21, x10, lsl #3]\n"
                        + " f100015f               cmp x10, #0x0\n"
                        + " 9a880508               cinc x8, x8, ne\n"
                        + " eb08013f               cmp x9, x8\n"
                        + " 540003a1               b.ne 0xd0 <_JIT_ENTRY+0xd0>\n"
                        + " 14000000               b 0x60 <_JIT_ENTRY+0x60>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x78 <_JIT_ENTRY+0x78>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b5fffe60               cbnz x0, 0x74 <_JIT_ENTRY+0x74>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b5fffcc0               cbnz x0, 0x74 <_JIT_ENTRY+0x74>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _CHECK_PERIODIC (op(_CHECK_PERIODIC))
     */
    private static Stencil _CHECK_PERIODIC() {
        return new Stencil(
                        hex("c80e40f9080140f9480100b4080000900900009040008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_PERIODIC's object file, before holes were extracted.
     */
    private static String _CHECK_PERIODIC_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b4000148               cbz x8, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 14000000               b 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _CHECK_STACK_SPACE (op(_CHECK_STACK_SPACE))
     */
    private static Stencil _CHECK_STACK_SPACE() {
        return new Stencil(
                        hex("0900009028008092290140f9080109cba87a68f8c91640f92809088b291d40f9081940b9290140f93f0108ebca00005408000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(68, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_STACK_SPACE's object file, before holes were extracted.
     */
    private static String _CHECK_STACK_SPACE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800028               mov x8, #-0x2               // =-2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " cb090108               sub x8, x8, x9\n"
                        + " f8687aa8               ldr x8, [x21, x8, lsl #3]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " f9401d29               ldr x9, [x9, #0x38]\n"
                        + " b9401908               ldr w8, [x8, #0x18]\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + " eb08013f               cmp x9, x8\n"
                        + " 540000ca               b.ge 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _CHECK_VALIDITY (op(_CHECK_VALIDITY))
     */
    private static Stencil _CHECK_VALIDITY() {
        return new Stencil(
                        hex("fd7bbfa908000090fd030091080140f900013fd660000036fd7bc1a80000001408000090080140f9000140f9600000b4fd7bc1a800001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "executor_is_valid", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_VALIDITY's object file, before holes were extracted.
     */
    private static String _CHECK_VALIDITY_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE executor_is_valid\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC executor_is_valid\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x20 <_JIT_ENTRY+0x20>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _COMPARE_OP (op(_COMPARE_OP))
     */
    private static Stencil _COMPARE_OP() {
        return new Stencil(
                        hex("fd7bbfa9090000900a000090e80315aa290140f94a0140f9f30315aa610e5ff8a28e5ff8c82a00a90800009020fd4493080140f9fd03009100013fd6800000b4600200f9fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "compare_op", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f85f0e61               ldr x1, [x19, #-0x10]!\n"
                        + " f85f8ea2               ldr x2, [x21, #-0x8]!\n"
                        + " a9002ac8               stp x8, x10, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE compare_op\n"
                        + " 9344fd20               asr x0, x9, #4\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC compare_op\n"
                        + " 910003fd               mov x29, sp\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _COMPARE_OP_FLOAT (op(_COMPARE_OP_FLOAT))
     */
    private static Stencil _COMPARE_OP_FLOAT() {
        return new Stencil(
                        hex("e80315aaaa8e5ff8a9825ff82b0940927f1100f1410300542bfd43d30c00eed23f3d00f16c010c8b89818b9a2905c9932001679e090000904b094092290140f97f1100f1c0020054cb1640f96a090a8b410540fd0020611e440300540d0400548a0080525f0109ea490280524a0180524901899a09011ff800000014cb1640f96909098b200540fd090000904b094092290140f97f1100f181fdff544bfd43d30c00eed25f3d00f16c010c8b8a818b9a4a05ca934101679e0020611e05fdff544a0080525f0109ea490280524a0180524901899a09011ff8000000140020611e0a0180524a059f9a5f0109ea490280524a0180524901899a09011ff8"),
                        new Hole[] {
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(120, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(136, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(144, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(216, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_FLOAT's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8eaa               ldr x10, [x21, #-0x8]!\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " 9240092b               and x11, x9, #0x7\n"
                        + " f100117f               cmp x11, #0x4\n"
                        + " 54000341               b.ne 0x7c <_JIT_ENTRY+0x7c>\n"
                        + " d343fd2b               lsr x11, x9, #3\n"
                        + " d2ee000c               mov x12, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d3f               cmp x9, #0xf\n"
                        + " 8b0c016c               add x12, x11, x12\n"
                        + " 9a8b8189               csel x9, x12, x11, hi\n"
                        + " 93c90529               ror x9, x9, #0x1\n"
                        + " 9e670120               fmov d0, x9\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 9240094b               and x11, x10, #0x7\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f100117f               cmp x11, #0x4\n"
                        + " 540002c0               b.eq 0x9c <_JIT_ENTRY+0x9c>\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b0a096a               add x10, x11, x10, lsl #2\n"
                        + " fd400541               ldr d1, [x10, #0x8]\n"
                        + " 1e612000               fcmp d0, d1\n"
                        + " 54000344               b.mi 0xc0 <_JIT_ENTRY+0xc0>\n"
                        + " 5400040d               b.le 0xdc <_JIT_ENTRY+0xdc>\n"
                        + " 5280008a               mov w10, #0x4               // =4\n"
                        + " ea09015f               tst x10, x9\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 9a890149               csel x9, x10, x9, eq\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x78 <_JIT_ENTRY+0x78>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b090969               add x9, x11, x9, lsl #2\n"
                        + " fd400520               ldr d0, [x9, #0x8]\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 9240094b               and x11, x10, #0x7\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f100117f               cmp x11, #0x4\n"
                        + " 54fffd81               b.ne 0x48 <_JIT_ENTRY+0x48>\n"
                        + " d343fd4b               lsr x11, x10, #3\n"
                        + " d2ee000c               mov x12, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d5f               cmp x10, #0xf\n"
                        + " 8b0c016c               add x12, x11, x12\n"
                        + " 9a8b818a               csel x10, x12, x11, hi\n"
                        + " 93ca054a               ror x10, x10, #0x1\n"
                        + " 9e670141               fmov d1, x10\n"
                        + " 1e612000               fcmp d0, d1\n"
                        + " 54fffd05               b.pl 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 5280004a               mov w10, #0x2               // =2\n"
                        + " ea09015f               tst x10, x9\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 9a890149               csel x9, x10, x9, eq\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0xd8 <_JIT_ENTRY+0xd8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 1e612000               fcmp d0, d1\n"
                        + " 5280010a               mov w10, #0x8               // =8\n"
                        + " 9a9f054a               csinc x10, x10, xzr, eq\n"
                        + " ea09015f               tst x10, x9\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 9a890149               csel x9, x10, x9, eq\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0xfc <_JIT_ENTRY+0xfc>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _COMPARE_OP_INT (op(_COMPARE_OP_INT))
     */
    private static Stencil _COMPARE_OP_INT() {
        return new Stencil(
                        hex("a88e5ff8a9825ff80a0000903f0108eb080180528900805228c1889a490080524a0140f928b1889a490280521f010aea480180520801899aa8821ff8"),
                        new Hole[] {
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_INT's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " eb08013f               cmp x9, x8\n"
                        + " 52800108               mov w8, #0x8                // =8\n"
                        + " 52800089               mov w9, #0x4                // =4\n"
                        + " 9a88c128               csel x8, x9, x8, gt\n"
                        + " 52800049               mov w9, #0x2                // =2\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 9a88b128               csel x8, x9, x8, lt\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " ea0a011f               tst x8, x10\n"
                        + " 52800148               mov w8, #0xa                // =10\n"
                        + " 9a890108               csel x8, x8, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _COMPARE_OP_STR (op(_COMPARE_OP_STR))
     */
    private static Stencil _COMPARE_OP_STR() {
        return new Stencil(
                        hex("fd7bbfa91300009008000090fd030091730240f9a18e5ff8a0825ff8080140f900013fd688008052090180521f0000f14a0080522801889a4902805248b1889a4a0180521f0113ea4801899aa8821ff8fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "str_compare", 0L)
                        });
    }

    /**
     * llvm-objdump of _COMPARE_OP_STR's object file, before holes were extracted.
     */
    private static String _COMPARE_OP_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000013               adrp x19, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE str_compare\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400273               ldr x19, [x19]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f8ea1               ldr x1, [x21, #-0x8]!\n"
                        + " f85f82a0               ldur x0, [x21, #-0x8]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC str_compare\n"
                        + " d63f0100               blr x8\n"
                        + " 52800088               mov w8, #0x4                // =4\n"
                        + " 52800109               mov w9, #0x8                // =8\n"
                        + " f100001f               cmp x0, #0x0\n"
                        + " 5280004a               mov w10, #0x2               // =2\n"
                        + " 9a880128               csel x8, x9, x8, eq\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 9a88b148               csel x8, x10, x8, lt\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " ea13011f               tst x8, x19\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _EXIT_TRACE (op(_EXIT_TRACE))
     */
    private static Stencil _EXIT_TRACE() {
        return new Stencil(
                        hex("08000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _EXIT_TRACE's object file, before holes were extracted.
     */
    private static String _EXIT_TRACE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x14 <_JIT_ENTRY+0x14>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _FOR_ITER_TIER_TWO (op(_FOR_ITER_TIER_TWO))
     */
    private static Stencil _FOR_ITER_TIER_TWO() {
        return new Stencil(
                        hex("fd7bbfa908000090f30315aafd030091080140f9608e5ff8d52200a908000090080140f900013fd6800000b4a08600f8fd7bc1a80000001408000090080140f900013fd660010036090000900800009060008052290140f9080140f9d30200f9c90a00f9c82200f9fd7bc1a8c0035fd608000090080140f9000140f9600000b4fd7bc1a800001fd6090000900800009020008052290140f9080140f9d50200f9c90a00f9c82200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(116, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L),
                            new Hole(136, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(140, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(148, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(152, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "iter_next", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "exception_pending", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _FOR_ITER_TIER_TWO's object file, before holes were extracted.
     */
    private static String _FOR_ITER_TIER_TWO_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE iter_next\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC iter_next\n"
                        + " d63f0100               blr x8\n"
                        + " b4000080               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE exception_pending\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC exception_pending\n"
                        + " d63f0100               blr x8\n"
                        + " 36000160               tbz w0, #0x0, 0x70 <_JIT_ENTRY+0x70>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x88 <_JIT_ENTRY+0x88>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_BOTH_FLOAT (op(_GUARD_BOTH_FLOAT))
     */
    private static Stencil _GUARD_BOTH_FLOAT() {
        return new Stencil(
                        hex("a9227fa92a0940925f1100f1e00000540a0200b5ca1640f929f57ed3496969f83f1100f161010054090940923f1100f1e0000054e90000b5c91640f908f57ed3286968f81f1100f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(76, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(104, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(112, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(116, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_FLOAT's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_FLOAT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a97f22a9               ldp x9, x8, [x21, #-0x10]\n"
                        + " 9240092a               and x10, x9, #0x7\n"
                        + " f100115f               cmp x10, #0x4\n"
                        + " 540000e0               b.eq 0x28 <_JIT_ENTRY+0x28>\n"
                        + " b500020a               cbnz x10, 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " d37ef529               lsl x9, x9, #2\n"
                        + " f8696949               ldr x9, [x10, x9]\n"
                        + " f100113f               cmp x9, #0x4\n"
                        + " 54000161               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 92400909               and x9, x8, #0x7\n"
                        + " f100113f               cmp x9, #0x4\n"
                        + " 540000e0               b.eq 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " b50000e9               cbnz x9, 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000041               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x64 <_JIT_ENTRY+0x64>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_BOTH_INT (op(_GUARD_BOTH_INT))
     */
    private static Stencil _GUARD_BOTH_INT() {
        return new Stencil(
                        hex("a8025fb8a9825fb80801090a480000360000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(16, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(20, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_INT's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " b85f02a8               ldur w8, [x21, #-0x10]\n"
                        + " b85f82a9               ldur w9, [x21, #-0x8]\n"
                        + " 0a090108               and w8, w8, w9\n"
                        + " 36000048               tbz w8, #0x0, 0x14 <_JIT_ENTRY+0x14>\n"
                        + " 14000000               b 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x28 <_JIT_ENTRY+0x28>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_BOTH_UNICODE (op(_GUARD_BOTH_UNICODE))
     */
    private static Stencil _GUARD_BOTH_UNICODE() {
        return new Stencil(
                        hex("a9025ff83f0940f2c1010054c81640f92af57ed3a9825ff80a696af82b0940925f1500f1600940fac100005429f57ed3086969f81f1500f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(60, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(84, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_UNICODE's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_UNICODE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f02a9               ldur x9, [x21, #-0x10]\n"
                        + " f240093f               tst x9, #0x7\n"
                        + " 540001c1               b.ne 0x40 <_JIT_ENTRY+0x40>\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " d37ef52a               lsl x10, x9, #2\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " f86a690a               ldr x10, [x8, x10]\n"
                        + " 9240092b               and x11, x9, #0x7\n"
                        + " f100155f               cmp x10, #0x5\n"
                        + " fa400960               ccmp x11, #0x0, #0x0, eq\n"
                        + " 540000c1               b.ne 0x40 <_JIT_ENTRY+0x40>\n"
                        + " d37ef529               lsl x9, x9, #2\n"
                        + " f8696908               ldr x8, [x8, x9]\n"
                        + " f100151f               cmp x8, #0x5\n"
                        + " 54000041               b.ne 0x40 <_JIT_ENTRY+0x40>\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x54 <_JIT_ENTRY+0x54>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_BUILTINS_VERSION (op(_GUARD_BUILTINS_VERSION))
     */
    private static Stencil _GUARD_BUILTINS_VERSION() {
        return new Stencil(
                        hex("c81640f9091940f90809098b09000090290140f9080940f91f0109eb410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BUILTINS_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_BUILTINS_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f9401909               ldr x9, [x8, #0x30]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_CALLABLE_BUILTIN (op(_GUARD_CALLABLE_BUILTIN))
     */
    private static Stencil _GUARD_CALLABLE_BUILTIN() {
        return new Stencil(
                        hex("0900009028008092290140f9080109cba87a68f81f0940f2e1000054c91640f908f57ed3286968f81f3900f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(48, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_BUILTIN's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800028               mov x8, #-0x2               // =-2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " cb090108               sub x8, x8, x9\n"
                        + " f8687aa8               ldr x8, [x21, x8, lsl #3]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x34 <_JIT_ENTRY+0x34>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100391f               cmp x8, #0xe\n"
                        + " 54000041               b.ne 0x34 <_JIT_ENTRY+0x34>\n"
                        + " 14000000               b 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_EXHAUSTED_LIST (op(_GUARD_EXHAUSTED_LIST))
     */
    private static Stencil _GUARD_EXHAUSTED_LIST() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b0aa140a929090a8b290540f91f0109ebca00005408000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " a940a10a               ldp x10, x8, [x8, #0x8]\n"
                        + " 8b0a0929               add x9, x9, x10, lsl #2\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 540000ca               b.ge 0x34 <_JIT_ENTRY+0x34>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_EXHAUSTED_RANGE (op(_GUARD_EXHAUSTED_RANGE))
     */
    private static Stencil _GUARD_EXHAUSTED_RANGE() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b080d40f91f0500f1cb00005408000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_RANGE's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " f9400d08               ldr x8, [x8, #0x18]\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540000cb               b.lt 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_EXHAUSTED_TUPLE (op(_GUARD_EXHAUSTED_TUPLE))
     */
    private static Stencil _GUARD_EXHAUSTED_TUPLE() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b0aa140a929090a8b290540f91f0109ebca00005408000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_EXHAUSTED_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_EXHAUSTED_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " a940a10a               ldp x10, x8, [x8, #0x8]\n"
                        + " 8b0a0929               add x9, x9, x10, lsl #2\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 540000ca               b.ge 0x34 <_JIT_ENTRY+0x34>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_GLOBALS_VERSION (op(_GUARD_GLOBALS_VERSION))
     */
    private static Stencil _GUARD_GLOBALS_VERSION() {
        return new Stencil(
                        hex("c81640f9091540f90809098b09000090290140f9080940f91f0109eb410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_GLOBALS_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_GLOBALS_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f9401509               ldr x9, [x8, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_IS_FALSE_POP (op(_GUARD_IS_FALSE_POP))
     */
    private static Stencil _GUARD_IS_FALSE_POP() {
        return new Stencil(
                        hex("e80315aa098d5ff83f2900f161000054f50308aa0000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(20, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_IS_FALSE_POP's object file, before holes were extracted.
     */
    private static String _GUARD_IS_FALSE_POP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8d09               ldr x9, [x8, #-0x8]!\n"
                        + " f100293f               cmp x9, #0xa\n"
                        + " 54000061               b.ne 0x18 <_JIT_ENTRY+0x18>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " 14000000               b 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_IS_TRUE_POP (op(_GUARD_IS_TRUE_POP))
     */
    private static Stencil _GUARD_IS_TRUE_POP() {
        return new Stencil(
                        hex("e80315aa098d5ff83f4900f161000054f50308aa0000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(20, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_IS_TRUE_POP's object file, before holes were extracted.
     */
    private static String _GUARD_IS_TRUE_POP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8d09               ldr x9, [x8, #-0x8]!\n"
                        + " f100493f               cmp x9, #0x12\n"
                        + " 54000061               b.ne 0x18 <_JIT_ENTRY+0x18>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " 14000000               b 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOS_DICT (op(_GUARD_NOS_DICT))
     */
    private static Stencil _GUARD_NOS_DICT() {
        return new Stencil(
                        hex("a8025ff81f0940f2e1000054c91640f908f57ed3286968f81f2100f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_DICT's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f02a8               ldur x8, [x21, #-0x10]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100211f               cmp x8, #0x8\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOS_INT (op(_GUARD_NOS_INT))
     */
    private static Stencil _GUARD_NOS_INT() {
        return new Stencil(
                        hex("a8025f38c800003708000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_INT's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 385f02a8               ldurb w8, [x21, #-0x10]\n"
                        + " 370000c8               tbnz w8, #0x0, 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x20 <_JIT_ENTRY+0x20>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOS_LIST (op(_GUARD_NOS_LIST))
     */
    private static Stencil _GUARD_NOS_LIST() {
        return new Stencil(
                        hex("a8025ff81f0940f2e1000054c91640f908f57ed3286968f81f1900f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f02a8               ldur x8, [x21, #-0x10]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100191f               cmp x8, #0x6\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOS_STR (op(_GUARD_NOS_STR))
     */
    private static Stencil _GUARD_NOS_STR() {
        return new Stencil(
                        hex("a8025ff81f0940f2e1000054c91640f908f57ed3286968f81f1500f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_STR's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f02a8               ldur x8, [x21, #-0x10]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100151f               cmp x8, #0x5\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOS_TUPLE (op(_GUARD_NOS_TUPLE))
     */
    private static Stencil _GUARD_NOS_TUPLE() {
        return new Stencil(
                        hex("a8025ff81f0940f2e1000054c91640f908f57ed3286968f81f1d00f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOS_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_NOS_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f02a8               ldur x8, [x21, #-0x10]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f1001d1f               cmp x8, #0x7\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_LIST (op(_GUARD_NOT_EXHAUSTED_LIST))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_LIST() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b0aa140a929090a8b290540f91f0109eb4a0000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " a940a10a               ldp x10, x8, [x8, #0x8]\n"
                        + " 8b0a0929               add x9, x9, x10, lsl #2\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 5400004a               b.ge 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_RANGE (op(_GUARD_NOT_EXHAUSTED_RANGE))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_RANGE() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b080d40f91f0100f14d0000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(24, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_RANGE's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " f9400d08               ldr x8, [x8, #0x18]\n"
                        + " f100011f               cmp x8, #0x0\n"
                        + " 5400004d               b.le 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " 14000000               b 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_NOT_EXHAUSTED_TUPLE (op(_GUARD_NOT_EXHAUSTED_TUPLE))
     */
    private static Stencil _GUARD_NOT_EXHAUSTED_TUPLE() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b0aa140a929090a8b290540f91f0109eb4a0000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_NOT_EXHAUSTED_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_NOT_EXHAUSTED_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " a940a10a               ldp x10, x8, [x8, #0x8]\n"
                        + " 8b0a0929               add x9, x9, x10, lsl #2\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " eb09011f               cmp x8, x9\n"
                        + " 5400004a               b.ge 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_BOOL (op(_GUARD_TOS_BOOL))
     */
    private static Stencil _GUARD_TOS_BOOL() {
        return new Stencil(
                        hex("a8825ff81f2900f1600000541f4900f1410000540000001409000090290140f9200140f9400000b400001fd6090000900a0000901f4900f1290140f94a0140f9d50200f9c90a00f9ca2200f940feff5420008052c0035fd6"),
                        new Hole[] {
                            new Hole(20, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_BOOL's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_BOOL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f100291f               cmp x8, #0xa\n"
                        + " 54000060               b.eq 0x14 <_JIT_ENTRY+0x14>\n"
                        + " f100491f               cmp x8, #0x12\n"
                        + " 54000041               b.ne 0x18 <_JIT_ENTRY+0x18>\n"
                        + " 14000000               b 0x14 <_JIT_ENTRY+0x14>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b4000040               cbz x0, 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f100491f               cmp x8, #0x12\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " 54fffe40               b.eq 0x14 <_JIT_ENTRY+0x14>\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_INT (op(_GUARD_TOS_INT))
     */
    private static Stencil _GUARD_TOS_INT() {
        return new Stencil(
                        hex("a8825f38c800003708000090080140f9000140f9600000b400001fd600000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_INT's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 385f82a8               ldurb w8, [x21, #-0x8]\n"
                        + " 370000c8               tbnz w8, #0x0, 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000060               cbz x0, 0x20 <_JIT_ENTRY+0x20>\n"
                        + " d61f0000               br x0\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_LIST (op(_GUARD_TOS_LIST))
     */
    private static Stencil _GUARD_TOS_LIST() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f1900f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_LIST's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100191f               cmp x8, #0x6\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_NONE (op(_GUARD_TOS_NONE))
     */
    private static Stencil _GUARD_TOS_NONE() {
        return new Stencil(
                        hex("a8825ff81f0900f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_NONE's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f100091f               cmp x8, #0x2\n"
                        + " 54000041               b.ne 0x10 <_JIT_ENTRY+0x10>\n"
                        + " 14000000               b 0xc <_JIT_ENTRY+0xc>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x24 <_JIT_ENTRY+0x24>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_STR (op(_GUARD_TOS_STR))
     */
    private static Stencil _GUARD_TOS_STR() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f1500f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_STR's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100151f               cmp x8, #0x5\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TOS_TUPLE (op(_GUARD_TOS_TUPLE))
     */
    private static Stencil _GUARD_TOS_TUPLE() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f1d00f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TOS_TUPLE's object file, before holes were extracted.
     */
    private static String _GUARD_TOS_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f1001d1f               cmp x8, #0x7\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TYPE_VERSION (op(_GUARD_TYPE_VERSION))
     */
    private static Stencil _GUARD_TYPE_VERSION() {
        return new Stencil(
                        hex("a9825ff808000090080140f93f0940f201020054ca1640f94909098b2b0140f97f4100f161010054290540f94909098b290540f93f0108eb0001005408000090080140f9000140f9a00000b400001fd6ff0308eb41ffff5400000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(88, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TYPE_VERSION's object file, before holes were extracted.
     */
    private static String _GUARD_TYPE_VERSION_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f240093f               tst x9, #0x7\n"
                        + " 54000201               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " 8b090949               add x9, x10, x9, lsl #2\n"
                        + " f940012b               ldr x11, [x9]\n"
                        + " f100417f               cmp x11, #0x10\n"
                        + " 54000161               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " 8b090949               add x9, x10, x9, lsl #2\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " eb08013f               cmp x9, x8\n"
                        + " 54000100               b.eq 0x58 <_JIT_ENTRY+0x58>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b40000a0               cbz x0, 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " d61f0000               br x0\n"
                        + " eb0803ff               cmp xzr, x8\n"
                        + " 54ffff41               b.ne 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " 14000000               b 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _IS_NONE (op(_IS_NONE))
     */
    private static Stencil _IS_NONE() {
        return new Stencil(
                        hex("a8825ff8490180524a0280521f0900f14801899aa8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _IS_NONE's object file, before holes were extracted.
     */
    private static String _IS_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " 52800149               mov w9, #0xa                // =10\n"
                        + " 5280024a               mov w10, #0x12              // =18\n"
                        + " f100091f               cmp x8, #0x2\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _ITER_CHECK_LIST (op(_ITER_CHECK_LIST))
     */
    private static Stencil _ITER_CHECK_LIST() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f2d00f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_LIST's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f1002d1f               cmp x8, #0xb\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _ITER_CHECK_RANGE (op(_ITER_CHECK_RANGE))
     */
    private static Stencil _ITER_CHECK_RANGE() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f2900f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_RANGE's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100291f               cmp x8, #0xa\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _ITER_CHECK_TUPLE (op(_ITER_CHECK_TUPLE))
     */
    private static Stencil _ITER_CHECK_TUPLE() {
        return new Stencil(
                        hex("a8825ff81f0940f2e1000054c91640f908f57ed3286968f81f3100f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(32, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _ITER_CHECK_TUPLE's object file, before holes were extracted.
     */
    private static String _ITER_CHECK_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540000e1               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100311f               cmp x8, #0xc\n"
                        + " 54000041               b.ne 0x24 <_JIT_ENTRY+0x24>\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _ITER_NEXT_LIST (op(_ITER_NEXT_LIST))
     */
    private static Stencil _ITER_NEXT_LIST() {
        return new Stencil(
                        hex("a8825ff8cb1640f96809088b0aa540a94af57ed36b010a8b6b0540f93f010beb2a0100542b0500910b0900f9c81640f908010a8b080940f9097969f8a98600f8000000141f0500f9bf8600f8"),
                        new Hole[] {
                            new Hole(64, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L)
                        },
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_LIST's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b080968               add x8, x11, x8, lsl #2\n"
                        + " a940a50a               ldp x10, x9, [x8, #0x8]\n"
                        + " d37ef54a               lsl x10, x10, #2\n"
                        + " 8b0a016b               add x11, x11, x10\n"
                        + " f940056b               ldr x11, [x11, #0x8]\n"
                        + " eb0b013f               cmp x9, x11\n"
                        + " 5400012a               b.ge 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 9100052b               add x11, x9, #0x1\n"
                        + " f900090b               str x11, [x8, #0x10]\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b0a0108               add x8, x8, x10\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " f8697909               ldr x9, [x8, x9, lsl #3]\n"
                        + " f80086a9               str x9, [x21], #0x8\n"
                        + " 14000000               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f900051f               str xzr, [x8, #0x8]\n"
                        + " f80086bf               str xzr, [x21], #0x8\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _ITER_NEXT_RANGE (op(_ITER_NEXT_RANGE))
     */
    private static Stencil _ITER_NEXT_RANGE() {
        return new Stencil(
                        hex("a9825ff8ca1640f9e80315aab522009129f57ed34a01098b4bb140a98c010b8b4c0500f92c008052ca1640f98b050baa4901098b2a0d40f94a0500d12a0d00f90b0100f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_RANGE's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_RANGE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910022b5               add x21, x21, #0x8\n"
                        + " d37ef529               lsl x9, x9, #2\n"
                        + " 8b09014a               add x10, x10, x9\n"
                        + " a940b14b               ldp x11, x12, [x10, #0x8]\n"
                        + " 8b0b018c               add x12, x12, x11\n"
                        + " f900054c               str x12, [x10, #0x8]\n"
                        + " 5280002c               mov w12, #0x1               // =1\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " aa0b058b               orr x11, x12, x11, lsl #1\n"
                        + " 8b090149               add x9, x10, x9\n"
                        + " f9400d2a               ldr x10, [x9, #0x18]\n"
                        + " d100054a               sub x10, x10, #0x1\n"
                        + " f9000d2a               str x10, [x9, #0x18]\n"
                        + " f900010b               str x11, [x8]\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _ITER_NEXT_TUPLE (op(_ITER_NEXT_TUPLE))
     */
    private static Stencil _ITER_NEXT_TUPLE() {
        return new Stencil(
                        hex("a8825ff8c91640f908f57ed32a01088b4b0540f92b090b8b490940f96b0540f93f010beb6a0100542b0500914b0900f9ca1640f94801088b080540f94809088b080940f9087969f8a88600f800000014bf8600f8"),
                        new Hole[] {
                            new Hole(76, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L)
                        },
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _ITER_NEXT_TUPLE's object file, before holes were extracted.
     */
    private static String _ITER_NEXT_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " 8b08012a               add x10, x9, x8\n"
                        + " f940054b               ldr x11, [x10, #0x8]\n"
                        + " 8b0b092b               add x11, x9, x11, lsl #2\n"
                        + " f9400949               ldr x9, [x10, #0x10]\n"
                        + " f940056b               ldr x11, [x11, #0x8]\n"
                        + " eb0b013f               cmp x9, x11\n"
                        + " 5400016a               b.ge 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 9100052b               add x11, x9, #0x1\n"
                        + " f900094b               str x11, [x10, #0x10]\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " 8b080148               add x8, x10, x8\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " 8b080948               add x8, x10, x8, lsl #2\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " f8697908               ldr x8, [x8, x9, lsl #3]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f80086bf               str xzr, [x21], #0x8\n"
                        + " 14000000               b 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _JUMP_TO_TOP (op(_JUMP_TO_TOP))
     */
    private static Stencil _JUMP_TO_TOP() {
        return new Stencil(
                        hex("c80e40f9080140f9480100b4080000900900009040008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd600000014"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_JUMP26, HoleValue.JUMP_TARGET, "", 0L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _JUMP_TO_TOP's object file, before holes were extracted.
     */
    private static String _JUMP_TO_TOP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b4000148               cbz x8, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 14000000               b 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_AARCH64_JUMP26 _JIT_JUMP_TARGET\n";
    }

    /**
     * _LOAD_ATTR (op(_LOAD_ATTR))
     */
    private static Stencil _LOAD_ATTR() {
        return new Stencil(
                        hex("fd7bbfa91700009008000090f80315aaf70240f9080140f9fd030091138f5ff8d52200a908000090e0fe4193080140f900013fd608000090e10300aae00313aa080140f900013fd6000100b4e8024092000300f957000036bf0200f9b50e088bfd7bc1a800000014080000900900009060008052080140f9290140f9d80200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(104, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(116, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "load_attr", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000017               adrp x23, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f8               mov x24, x21\n"
                        + " f94002f7               ldr x23, [x23]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f85f8f13               ldr x19, [x24, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " 9341fee0               asr x0, x23, #1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE load_attr\n"
                        + " aa0003e1               mov x1, x0\n"
                        + " aa1303e0               mov x0, x19\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC load_attr\n"
                        + " d63f0100               blr x8\n"
                        + " b4000100               cbz x0, 0x68 <_JIT_ENTRY+0x68>\n"
                        + " 924002e8               and x8, x23, #0x1\n"
                        + " f9000300               str x0, [x24]\n"
                        + " 36000057               tbz w23, #0x0, 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " f90002bf               str xzr, [x21]\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d8               str x24, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _LOAD_ATTR_INSTANCE_VALUE (op(_LOAD_ATTR_INSTANCE_VALUE))
     */
    private static Stencil _LOAD_ATTR_INSTANCE_VALUE() {
        return new Stencil(
                        hex("a8825ff8c91640f92809088b09000090290140f90a0d40f95f0109eb8d010054080940f9087969f8280100b409000090290140f9a8821ff82801409249000036bf0200f9b50e088b0000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(112, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR_INSTANCE_VALUE's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_INSTANCE_VALUE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400d0a               ldr x10, [x8, #0x18]\n"
                        + " eb09015f               cmp x10, x9\n"
                        + " 5400018d               b.le 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " f8697908               ldr x8, [x8, x9, lsl #3]\n"
                        + " b4000128               cbz x8, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 92400128               and x8, x9, #0x1\n"
                        + " 36000049               tbz w9, #0x0, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " f90002bf               str xzr, [x21]\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x60 <_JIT_ENTRY+0x60>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _LOAD_ATTR_METHOD (op(_LOAD_ATTR_METHOD))
     */
    private static Stencil _LOAD_ATTR_METHOD() {
        return new Stencil(
                        hex("08000090080140f9c800003708000090080140f9000140f9200100b400001fd608000090ea0315aa080140f9a9825ff8b522009148a53fa900000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(56, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(64, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(76, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_ATTR_METHOD's object file, before holes were extracted.
     */
    private static String _LOAD_ATTR_METHOD_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 370000c8               tbnz w8, #0x0, 0x20 <_JIT_ENTRY+0x20>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000120               cbz x0, 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " aa1503ea               mov x10, x21\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " 910022b5               add x21, x21, #0x8\n"
                        + " a93fa548               stp x8, x9, [x10, #-0x8]\n"
                        + " 14000000               b 0x38 <_JIT_ENTRY+0x38>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _LOAD_CONST_INLINE (op(_LOAD_CONST_INLINE))
     */
    private static Stencil _LOAD_CONST_INLINE() {
        return new Stencil(
                        hex("08000090080140f9a88600f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_CONST_INLINE's object file, before holes were extracted.
     */
    private static String _LOAD_CONST_INLINE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0xc <_JIT_ENTRY+0xc>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST() {
        return new Stencil(
                        hex("08000090080140f9887a68f8a88600f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_FAST's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f8687a88               ldr x8, [x20, x8, lsl #3]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_0 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_0() {
        return new Stencil(
                        hex("880240f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_0's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_0_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400288               ldr x8, [x20]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_1 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_1() {
        return new Stencil(
                        hex("880640f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_1's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_1_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400688               ldr x8, [x20, #0x8]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_2 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_2() {
        return new Stencil(
                        hex("880a40f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_2's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_2_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400a88               ldr x8, [x20, #0x10]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_3 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_3() {
        return new Stencil(
                        hex("880e40f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_3's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_3_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400e88               ldr x8, [x20, #0x18]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_4 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_4() {
        return new Stencil(
                        hex("881240f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_4's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_4_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9401288               ldr x8, [x20, #0x20]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_5 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_5() {
        return new Stencil(
                        hex("881640f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_5's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_5_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9401688               ldr x8, [x20, #0x28]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_6 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_6() {
        return new Stencil(
                        hex("881a40f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_6's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_6_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9401a88               ldr x8, [x20, #0x30]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_FAST_7 (op(_LOAD_FAST))
     */
    private static Stencil _LOAD_FAST_7() {
        return new Stencil(
                        hex("881e40f9a88600f8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _LOAD_FAST_7's object file, before holes were extracted.
     */
    private static String _LOAD_FAST_7_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9401e88               ldr x8, [x20, #0x38]\n"
                        + " f80086a8               str x8, [x21], #0x8\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _LOAD_GLOBAL (op(_LOAD_GLOBAL))
     */
    private static Stencil _LOAD_GLOBAL() {
        return new Stencil(
                        hex("fd7bbfa91300009008000090fd030091730240f9080140f9d52200a90800009060fe4193080140f900013fd608000090080140f900013fd6200100b468024092a00200f953000036bf0600f9a80e088b15210091fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(48, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(88, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "load_global", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000013               adrp x19, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400273               ldr x19, [x19]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " 9341fe60               asr x0, x19, #1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE load_global\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC load_global\n"
                        + " d63f0100               blr x8\n"
                        + " b4000120               cbz x0, 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 92400268               and x8, x19, #0x1\n"
                        + " f90002a0               str x0, [x21]\n"
                        + " 36000053               tbz w19, #0x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " f90006bf               str xzr, [x21, #0x8]\n"
                        + " 8b080ea8               add x8, x21, x8, lsl #3\n"
                        + " 91002115               add x21, x8, #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _LOAD_GLOBAL_BUILTIN (op(_LOAD_GLOBAL_BUILTIN))
     */
    private static Stencil _LOAD_GLOBAL_BUILTIN() {
        return new Stencil(
                        hex("c81640f9091940f90809098b09000090290140f9080540f9087969f8480100b409000090290140f9a80200f92801409249000036bf0600f9a80e088b152100910000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL_BUILTIN's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_BUILTIN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f9401909               ldr x9, [x8, #0x30]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " f8697908               ldr x8, [x8, x9, lsl #3]\n"
                        + " b4000148               cbz x8, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f90002a8               str x8, [x21]\n"
                        + " 92400128               and x8, x9, #0x1\n"
                        + " 36000049               tbz w9, #0x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " f90006bf               str xzr, [x21, #0x8]\n"
                        + " 8b080ea8               add x8, x21, x8, lsl #3\n"
                        + " 91002115               add x21, x8, #0x8\n"
                        + " 14000000               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x58 <_JIT_ENTRY+0x58>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _LOAD_GLOBAL_MODULE (op(_LOAD_GLOBAL_MODULE))
     */
    private static Stencil _LOAD_GLOBAL_MODULE() {
        return new Stencil(
                        hex("c81640f9091540f90809098b09000090290140f9080540f9087969f8480100b409000090290140f9a80200f92801409249000036bf0600f9a80e088b152100910000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(64, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _LOAD_GLOBAL_MODULE's object file, before holes were extracted.
     */
    private static String _LOAD_GLOBAL_MODULE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f9401509               ldr x9, [x8, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " f8697908               ldr x8, [x8, x9, lsl #3]\n"
                        + " b4000148               cbz x8, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f90002a8               str x8, [x21]\n"
                        + " 92400128               and x8, x9, #0x1\n"
                        + " 36000049               tbz w9, #0x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " f90006bf               str xzr, [x21, #0x8]\n"
                        + " 8b080ea8               add x8, x21, x8, lsl #3\n"
                        + " 91002115               add x21, x8, #0x8\n"
                        + " 14000000               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x58 <_JIT_ENTRY+0x58>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _SET_IP (op(_SET_IP))
     */
    private static Stencil _SET_IP() {
        return new Stencil(
                        hex("fd7bbfa90000009008000090fd030091000040f9080140f900013fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "set_instruction_offset", 0L)
                        });
    }

    /**
     * llvm-objdump of _SET_IP's object file, before holes were extracted.
     */
    private static String _SET_IP_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE set_instruction_offset\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC set_instruction_offset\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _START_EXECUTOR (op(_START_EXECUTOR))
     */
    private static Stencil _START_EXECUTOR() {
        return new Stencil(
                        hex("fd7bbfa90000009008000090fd030091000040f9080140f900013fd6fd7bc1a8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "executor_started", 0L)
                        });
    }

    /**
     * llvm-objdump of _START_EXECUTOR's object file, before holes were extracted.
     */
    private static String _START_EXECUTOR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE executor_started\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC executor_started\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_ATTR (op(_STORE_ATTR))
     */
    private static Stencil _STORE_ATTR() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aa00000090290140f9000040f9b3825ff8b70e5ff8c82600a908000090fd030091080140f900013fd608000090e10300aae00313aa080140f9e20317aa00013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(64, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "store_attr", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_ATTR's object file, before holes were extracted.
     */
    private static String _STORE_ATTR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f82b3               ldur x19, [x21, #-0x8]\n"
                        + " f85f0eb7               ldr x23, [x21, #-0x10]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE store_attr\n"
                        + " aa0003e1               mov x1, x0\n"
                        + " aa1303e0               mov x0, x19\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC store_attr\n"
                        + " aa1703e2               mov x2, x23\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x58 <_JIT_ENTRY+0x58>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_ATTR_INSTANCE_VALUE (op(_STORE_ATTR_INSTANCE_VALUE))
     */
    private static Stencil _STORE_ATTR_INSTANCE_VALUE() {
        return new Stencil(
                        hex("a8825ff8c91640f92909088b08000090080140f92a0d40f95f0108ebad000054290940f9aa0e5ff82a7928f80000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(68, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_ATTR_INSTANCE_VALUE's object file, before holes were extracted.
     */
    private static String _STORE_ATTR_INSTANCE_VALUE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080929               add x9, x9, x8, lsl #2\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f9400d2a               ldr x10, [x9, #0x18]\n"
                        + " eb08015f               cmp x10, x8\n"
                        + " 540000ad               b.le 0x30 <_JIT_ENTRY+0x30>\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f85f0eaa               ldr x10, [x21, #-0x10]!\n"
                        + " f828792a               str x10, [x9, x8, lsl #3]\n"
                        + " 14000000               b 0x2c <_JIT_ENTRY+0x2c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x44 <_JIT_ENTRY+0x44>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_FAST (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST() {
        return new Stencil(
                        hex("08000090080140f9a98e5ff8897a28f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_FAST's object file, before holes were extracted.
     */
    private static String _STORE_FAST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " f8287a89               str x9, [x20, x8, lsl #3]\n"
                        + " 14000000               b 0x10 <_JIT_ENTRY+0x10>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_0 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_0() {
        return new Stencil(
                        hex("a88e5ff8880200f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_0's object file, before holes were extracted.
     */
    private static String _STORE_FAST_0_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9000288               str x8, [x20]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_1 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_1() {
        return new Stencil(
                        hex("a88e5ff8880600f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_1's object file, before holes were extracted.
     */
    private static String _STORE_FAST_1_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9000688               str x8, [x20, #0x8]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_2 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_2() {
        return new Stencil(
                        hex("a88e5ff8880a00f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_2's object file, before holes were extracted.
     */
    private static String _STORE_FAST_2_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9000a88               str x8, [x20, #0x10]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_3 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_3() {
        return new Stencil(
                        hex("a88e5ff8880e00f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_3's object file, before holes were extracted.
     */
    private static String _STORE_FAST_3_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9000e88               str x8, [x20, #0x18]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_4 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_4() {
        return new Stencil(
                        hex("a88e5ff8881200f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_4's object file, before holes were extracted.
     */
    private static String _STORE_FAST_4_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9001288               str x8, [x20, #0x20]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_5 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_5() {
        return new Stencil(
                        hex("a88e5ff8881600f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_5's object file, before holes were extracted.
     */
    private static String _STORE_FAST_5_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9001688               str x8, [x20, #0x28]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_6 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_6() {
        return new Stencil(
                        hex("a88e5ff8881a00f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_6's object file, before holes were extracted.
     */
    private static String _STORE_FAST_6_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9001a88               str x8, [x20, #0x30]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_FAST_7 (op(_STORE_FAST))
     */
    private static Stencil _STORE_FAST_7() {
        return new Stencil(
                        hex("a88e5ff8881e00f9"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _STORE_FAST_7's object file, before holes were extracted.
     */
    private static String _STORE_FAST_7_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f8ea8               ldr x8, [x21, #-0x8]!\n"
                        + " f9001e88               str x8, [x20, #0x38]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _STORE_SUBSCR (op(_STORE_SUBSCR))
     */
    private static Stencil _STORE_SUBSCR() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aafd030091290140f9a0067fa9a28e5ef8c82600a908000090080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "store_subscr", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a97f06a0               ldp x0, x1, [x21, #-0x10]\n"
                        + " f85e8ea2               ldr x2, [x21, #-0x18]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE store_subscr\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC store_subscr\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_SUBSCR_DICT (op(_STORE_SUBSCR_DICT))
     */
    private static Stencil _STORE_SUBSCR_DICT() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aafd030091290140f9a0067fa9a28e5ef8c82600a908000090080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(52, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(56, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(60, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(68, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "dict_store", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR_DICT's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_DICT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a97f06a0               ldp x0, x1, [x21, #-0x10]\n"
                        + " f85e8ea2               ldr x2, [x21, #-0x18]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE dict_store\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC dict_store\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x38 <_JIT_ENTRY+0x38>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x34 <_JIT_ENTRY+0x34>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_SUBSCR_LIST_INT (op(_STORE_SUBSCR_LIST_INT))
     */
    private static Stencil _STORE_SUBSCR_LIST_INT() {
        return new Stencil(
                        hex("a92e7fa9c81640f90909098b2a0540f948fd8b8a08058babe40000541f010aebaa000054290940f9aa8e5ef82a7928f80000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(48, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_SUBSCR_LIST_INT's object file, before holes were extracted.
     */
    private static String _STORE_SUBSCR_LIST_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a97f2ea9               ldp x9, x11, [x21, #-0x10]\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b090909               add x9, x8, x9, lsl #2\n"
                        + " f940052a               ldr x10, [x9, #0x8]\n"
                        + " 8a8bfd48               and x8, x10, x11, asr #63\n"
                        + " ab8b0508               adds x8, x8, x11, asr #1\n"
                        + " 540000e4               b.mi 0x34 <_JIT_ENTRY+0x34>\n"
                        + " eb0a011f               cmp x8, x10\n"
                        + " 540000aa               b.ge 0x34 <_JIT_ENTRY+0x34>\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f85e8eaa               ldr x10, [x21, #-0x18]!\n"
                        + " f828792a               str x10, [x9, x8, lsl #3]\n"
                        + " 14000000               b 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _TO_BOOL (op(_TO_BOOL))
     */
    private static Stencil _TO_BOOL() {
        return new Stencil(
                        hex("fd7bbfa908000090f30315aafd030091080140f9608e5ff8d52200a908000090080140f900013fd60001f8b71f0000f148028052490180522801889aa8821ff8fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(32, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(68, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "object_is_true", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _TO_BOOL's object file, before holes were extracted.
     */
    private static String _TO_BOOL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE object_is_true\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC object_is_true\n"
                        + " d63f0100               blr x8\n"
                        + " b7f80100               tbnz x0, #0x3f, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " f100001f               cmp x0, #0x0\n"
                        + " 52800248               mov w8, #0x12               // =18\n"
                        + " 52800149               mov w9, #0xa                // =10\n"
                        + " 9a880128               csel x8, x9, x8, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x44 <_JIT_ENTRY+0x44>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _TO_BOOL_INT (op(_TO_BOOL_INT))
     */
    private static Stencil _TO_BOOL_INT() {
        return new Stencil(
                        hex("a8825ff8490280524a0180521f0500f14801899aa8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_INT's object file, before holes were extracted.
     */
    private static String _TO_BOOL_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x18 <_JIT_ENTRY+0x18>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _TO_BOOL_LIST (op(_TO_BOOL_LIST))
     */
    private static Stencil _TO_BOOL_LIST() {
        return new Stencil(
                        hex("a8825ff8c91640f94a0180522809088b49028052080540f91f0100f14801899aa8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_LIST's object file, before holes were extracted.
     */
    private static String _TO_BOOL_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " f100011f               cmp x8, #0x0\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _TO_BOOL_NONE (op(_TO_BOOL_NONE))
     */
    private static Stencil _TO_BOOL_NONE() {
        return new Stencil(
                        hex("48018052a8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_NONE's object file, before holes were extracted.
     */
    private static String _TO_BOOL_NONE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 52800148               mov w8, #0xa                // =10\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x8 <_JIT_ENTRY+0x8>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _TO_BOOL_STR (op(_TO_BOOL_STR))
     */
    private static Stencil _TO_BOOL_STR() {
        return new Stencil(
                        hex("a8825ff8c91640f94a0180522809088b49028052080540f91f0100f14801899aa8821ff8"),
                        new Hole[0],
                        hex(""),
                        new Hole[0]);
    }

    /**
     * llvm-objdump of _TO_BOOL_STR's object file, before holes were extracted.
     */
    private static String _TO_BOOL_STR_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 5280014a               mov w10, #0xa               // =10\n"
                        + " 8b080928               add x8, x9, x8, lsl #2\n"
                        + " 52800249               mov w9, #0x12               // =18\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " f100011f               cmp x8, #0x0\n"
                        + " 9a890148               csel x8, x10, x9, eq\n"
                        + " f81f82a8               stur x8, [x21, #-0x8]\n"
                        + " 14000000               b 0x24 <_JIT_ENTRY+0x24>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _UNPACK_SEQUENCE (op(_UNPACK_SEQUENCE))
     */
    private static Stencil _UNPACK_SEQUENCE() {
        return new Stencil(
                        hex("fd7bbfa90800009017000090f30315aa080140f9f70240f9fd030091608e5ff8d52200a908000090080140f9e10317aae20313aa00013fd6a0000036a80e178b152100d1fd7bc1a800000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "unpack_sequence", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 90000017               adrp x23, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f94002f7               ldr x23, [x23]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f85f8e60               ldr x0, [x19, #-0x8]!\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE unpack_sequence\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC unpack_sequence\n"
                        + " aa1703e1               mov x1, x23\n"
                        + " aa1303e2               mov x2, x19\n"
                        + " d63f0100               blr x8\n"
                        + " 360000a0               tbz w0, #0x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " 8b170ea8               add x8, x21, x23, lsl #3\n"
                        + " d1002115               sub x21, x8, #0x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _UNPACK_SEQUENCE_LIST (op(_UNPACK_SEQUENCE_LIST))
     */
    private static Stencil _UNPACK_SEQUENCE_LIST() {
        return new Stencil(
                        hex("e80315aacb1640f9098d5ff82af57ed309000090290140f96b010a8b6b0540f97f0109ebc10100542b0500f12b010054cc1640f98c010a8b8c0940f98c796bf86b0500d17f0500b10c8500f821ffff54a80e098b152100d10000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(88, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(116, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_LIST's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_LIST_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " f85f8d09               ldr x9, [x8, #-0x8]!\n"
                        + " d37ef52a               lsl x10, x9, #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 8b0a016b               add x11, x11, x10\n"
                        + " f940056b               ldr x11, [x11, #0x8]\n"
                        + " eb09017f               cmp x11, x9\n"
                        + " 540001c1               b.ne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " f100052b               subs x11, x9, #0x1\n"
                        + " 5400012b               b.lt 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f94016cc               ldr x12, [x22, #0x28]\n"
                        + " 8b0a018c               add x12, x12, x10\n"
                        + " f940098c               ldr x12, [x12, #0x10]\n"
                        + " f86b798c               ldr x12, [x12, x11, lsl #3]\n"
                        + " d100056b               sub x11, x11, #0x1\n"
                        + " b100057f               cmn x11, #0x1\n"
                        + " f800850c               str x12, [x8], #0x8\n"
                        + " 54ffff21               b.ne 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 8b090ea8               add x8, x21, x9, lsl #3\n"
                        + " d1002115               sub x21, x8, #0x8\n"
                        + " 14000000               b 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x70 <_JIT_ENTRY+0x70>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _UNPACK_SEQUENCE_TUPLE (op(_UNPACK_SEQUENCE_TUPLE))
     */
    private static Stencil _UNPACK_SEQUENCE_TUPLE() {
        return new Stencil(
                        hex("e80315aacb1640f9098d5ff82af57ed309000090290140f96b010a8b6b0540f97f0109ebc10100542b0500f12b010054cc1640f98c010a8b8c0940f98c796bf86b0500d17f0500b10c8500f821ffff54a80e098b152100d10000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(88, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(116, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_TUPLE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " f85f8d09               ldr x9, [x8, #-0x8]!\n"
                        + " d37ef52a               lsl x10, x9, #2\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 8b0a016b               add x11, x11, x10\n"
                        + " f940056b               ldr x11, [x11, #0x8]\n"
                        + " eb09017f               cmp x11, x9\n"
                        + " 540001c1               b.ne 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " f100052b               subs x11, x9, #0x1\n"
                        + " 5400012b               b.lt 0x50 <_JIT_ENTRY+0x50>\n"
                        + " f94016cc               ldr x12, [x22, #0x28]\n"
                        + " 8b0a018c               add x12, x12, x10\n"
                        + " f940098c               ldr x12, [x12, #0x10]\n"
                        + " f86b798c               ldr x12, [x12, x11, lsl #3]\n"
                        + " d100056b               sub x11, x11, #0x1\n"
                        + " b100057f               cmn x11, #0x1\n"
                        + " f800850c               str x12, [x8], #0x8\n"
                        + " 54ffff21               b.ne 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 8b090ea8               add x8, x21, x9, lsl #3\n"
                        + " d1002115               sub x21, x8, #0x8\n"
                        + " 14000000               b 0x58 <_JIT_ENTRY+0x58>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x70 <_JIT_ENTRY+0x70>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _UNPACK_SEQUENCE_TWO_TUPLE (op(_UNPACK_SEQUENCE_TWO_TUPLE))
     */
    private static Stencil _UNPACK_SEQUENCE_TWO_TUPLE() {
        return new Stencil(
                        hex("08000090080140f91f0900f161020054a8825ff8c91640f908f57ed32901088b2a0540f95f0900f181010054290940f9290540f9a9821ff8c91640f92801088be90315aab5220091080940f9080140f9280100f90000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(4, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(84, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _UNPACK_SEQUENCE_TWO_TUPLE's object file, before holes were extracted.
     */
    private static String _UNPACK_SEQUENCE_TWO_TUPLE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f100091f               cmp x8, #0x2\n"
                        + " 54000261               b.ne 0x58 <_JIT_ENTRY+0x58>\n"
                        + " f85f82a8               ldur x8, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " 8b080129               add x9, x9, x8\n"
                        + " f940052a               ldr x10, [x9, #0x8]\n"
                        + " f100095f               cmp x10, #0x2\n"
                        + " 54000181               b.ne 0x58 <_JIT_ENTRY+0x58>\n"
                        + " f9400929               ldr x9, [x9, #0x10]\n"
                        + " f9400529               ldr x9, [x9, #0x8]\n"
                        + " f81f82a9               stur x9, [x21, #-0x8]\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " 8b080128               add x8, x9, x8\n"
                        + " aa1503e9               mov x9, x21\n"
                        + " 910022b5               add x21, x21, #0x8\n"
                        + " f9400908               ldr x8, [x8, #0x10]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " f9000128               str x8, [x9]\n"
                        + " 14000000               b 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x6c <_JIT_ENTRY+0x6c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _POP_FRAME (op(_POP_FRAME))
     */
    private static Stencil _POP_FRAME() {
        return new Stencil(
                        hex("c81640f9a0825ff8081d40f9090d40f9290500f1cb0100540a0580522a210a9b552540f9a08600f80c0540f94b2d40f9090d00f9890500910b2500a9542940f9d50200f9d41e00f900000014fd7bbfa908000090fd030091080140f9d52200a908000090080140f900013fd6d41e40f9d50240f9fd7bc1a8"),
                        new Hole[] {
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "pop_frame", 0L)
                        });
    }

    /**
     * llvm-objdump of _POP_FRAME's object file, before holes were extracted.
     */
    private static String _POP_FRAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " f85f82a0               ldur x0, [x21, #-0x8]\n"
                        + " f9401d08               ldr x8, [x8, #0x38]\n"
                        + " f9400d09               ldr x9, [x8, #0x18]\n"
                        + " f1000529               subs x9, x9, #0x1\n"
                        + " 540001cb               b.lt 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " 5280050a               mov w10, #0x28              // =40\n"
                        + " 9b0a212a               madd x10, x9, x10, x8\n"
                        + " f9402555               ldr x21, [x10, #0x48]\n"
                        + " f80086a0               str x0, [x21], #0x8\n"
                        + " f940050c               ldr x12, [x8, #0x8]\n"
                        + " f9402d4b               ldr x11, [x10, #0x58]\n"
                        + " f9000d09               str x9, [x8, #0x18]\n"
                        + " 91000589               add x9, x12, #0x1\n"
                        + " a900250b               stp x11, x9, [x8]\n"
                        + " f9402954               ldr x20, [x10, #0x50]\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9001ed4               str x20, [x22, #0x38]\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE pop_frame\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC pop_frame\n"
                        + " d63f0100               blr x8\n"
                        + " f9401ed4               ldr x20, [x22, #0x38]\n"
                        + " f94002d5               ldr x21, [x22]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x78 <_JIT_ENTRY+0x78>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _PUSH_FRAME (op(_PUSH_FRAME))
     */
    private static Stencil _PUSH_FRAME() {
        return new Stencil(
                        hex("fd7bbfa90300009028008092fd030091630040f9ca1640f9080103cbed0323aaa07a68f8481d40f9a17a6df8a20e03cb0cf47ed3090d40f94b010c8b0a0140f93f7d00f16b1940b948d14bfa6a01005408000090080140f9d52200a908000090080140f900013fd6d41e40f9d50240f9fd7bc1a8000000140d0580520e0000904f4000d12d210d9bce0140f9a0b903a9afd104a9aa2d00f90d0940f9b40d0acbc10000b42d008052810200f97f0400f1aa00005416000014ed031faa7f0400f16b0200547f2400f10901005470f07dd3aff17dd30e020f8b8e020e8bce0115cbdf8100f162060054ee031faacff17dd3ce0103cbef0d0d8b8f020f8bb07a6ef8ce0500b1f08500f8a3ffff54ce1640f9af01038bcc010c8b8c1d80b9ff010cebea0200546d000d8bee030faa8d010dcbbf0d00f1a901005400e4006f910e0f8bb0f57e92ee01108b2f420091f10310aa311200f1e0813fadef810091a1ffff54bf0110ebc00000548d0e0e8b8e010ecbce0500f1bf8500f8c1ffff540d0540f9290500914a010bcb950e0c8b090d00f9ad0500d1bf0100f149c19fda093500a9d41e00f9d50200f9fd7bc1a8000000146ef07e92b00210cbf101148b0f42009130420091f1030eaae0857fad311200f1ef81009100863fad1082009161ffff547f000eeb41f8ff54c9ffff17"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(116, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(124, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(136, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(428, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "push_frame", 0L)
                        });
    }

    /**
     * llvm-objdump of _PUSH_FRAME's object file, before holes were extracted.
     */
    private static String _PUSH_FRAME_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000003               adrp x3, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800028               mov x8, #-0x2               // =-2\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400063               ldr x3, [x3]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " cb030108               sub x8, x8, x3\n"
                        + " aa2303ed               mvn x13, x3\n"
                        + " f8687aa0               ldr x0, [x21, x8, lsl #3]\n"
                        + " f9401d48               ldr x8, [x10, #0x38]\n"
                        + " f86d7aa1               ldr x1, [x21, x13, lsl #3]\n"
                        + " cb030ea2               sub x2, x21, x3, lsl #3\n"
                        + " d37ef40c               lsl x12, x0, #2\n"
                        + " f9400d09               ldr x9, [x8, #0x18]\n"
                        + " 8b0c014b               add x11, x10, x12\n"
                        + " f940010a               ldr x10, [x8]\n"
                        + " f1007d3f               cmp x9, #0x1f\n"
                        + " b940196b               ldr w11, [x11, #0x18]\n"
                        + " fa4bd148               ccmp x10, x11, #0x8, le\n"
                        + " 5400016a               b.ge 0x78 <_JIT_ENTRY+0x78>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a90022d5               stp x21, x8, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE push_frame\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC push_frame\n"
                        + " d63f0100               blr x8\n"
                        + " f9401ed4               ldr x20, [x22, #0x38]\n"
                        + " f94002d5               ldr x21, [x22]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x74 <_JIT_ENTRY+0x74>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 5280050d               mov w13, #0x28              // =40\n"
                        + " 9000000e               adrp x14, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " d100404f               sub x15, x2, #0x10\n"
                        + " 9b0d212d               madd x13, x9, x13, x8\n"
                        + " f94001ce               ldr x14, [x14]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a903b9a0               stp x0, x14, [x13, #0x38]\n"
                        + " a904d1af               stp x15, x20, [x13, #0x48]\n"
                        + " f9002daa               str x10, [x13, #0x58]\n"
                        + " f940090d               ldr x13, [x8, #0x10]\n"
                        + " cb0a0db4               sub x20, x13, x10, lsl #3\n"
                        + " b40000c1               cbz x1, 0xb8 <_JIT_ENTRY+0xb8>\n"
                        + " 5280002d               mov w13, #0x1               // =1\n"
                        + " f9000281               str x1, [x20]\n"
                        + " f100047f               cmp x3, #0x1\n"
                        + " 540000aa               b.ge 0xc4 <_JIT_ENTRY+0xc4>\n"
                        + " 14000016               b 0x10c <_JIT_ENTRY+0x10c>\n"
                        + " aa1f03ed               mov x13, xzr\n"
                        + " f100047f               cmp x3, #0x1\n"
                        + " 5400026b               b.lt 0x10c <_JIT_ENTRY+0x10c>\n"
                        + " f100247f               cmp x3, #0x9\n"
                        + " 54000109               b.ls 0xe8 <_JIT_ENTRY+0xe8>\n"
                        + " d37df070               lsl x16, x3, #3\n"
                        + " d37df1af               lsl x15, x13, #3\n"
                        + " 8b0f020e               add x14, x16, x15\n"
                        + " 8b0e028e               add x14, x20, x14\n"
                        + " cb1501ce               sub x14, x14, x21\n"
                        + " f10081df               cmp x14, #0x20\n"
                        + " 54000662               b.hs 0x1b0 <_JIT_ENTRY+0x1b0>\n"
                        + " aa1f03ee               mov x14, xzr\n"
                        + " d37df1cf               lsl x15, x14, #3\n"
                        + " cb0301ce               sub x14, x14, x3\n"
                        + " 8b0d0def               add x15, x15, x13, lsl #3\n"
                        + " 8b0f028f               add x15, x20, x15\n"
                        + " f86e7ab0               ldr x16, [x21, x14, lsl #3]\n"
                        + " b10005ce               adds x14, x14, #0x1\n"
                        + " f80085f0               str x16, [x15], #0x8\n"
                        + " 54ffffa3               b.lo 0xfc <_JIT_ENTRY+0xfc>\n"
                        + " f94016ce               ldr x14, [x22, #0x28]\n"
                        + " 8b0301af               add x15, x13, x3\n"
                        + " 8b0c01cc               add x12, x14, x12\n"
                        + " b9801d8c               ldrsw x12, [x12, #0x1c]\n"
                        + " eb0c01ff               cmp x15, x12\n"
                        + " 540002ea               b.ge 0x17c <_JIT_ENTRY+0x17c>\n"
                        + " 8b0d006d               add x13, x3, x13\n"
                        + " aa0f03ee               mov x14, x15\n"
                        + " cb0d018d               sub x13, x12, x13\n"
                        + " f1000dbf               cmp x13, #0x3\n"
                        + " 540001a9               b.ls 0x168 <_JIT_ENTRY+0x168>\n"
                        + " 6f00e400               movi v0.2d, #0000000000000000\n"
                        + " 8b0f0e91               add x17, x20, x15, lsl #3\n"
                        + " 927ef5b0               and x16, x13, #0xfffffffffffffffc\n"
                        + " 8b1001ee               add x14, x15, x16\n"
                        + " 9100422f               add x15, x17, #0x10\n"
                        + " aa1003f1               mov x17, x16\n"
                        + " f1001231               subs x17, x17, #0x4\n"
                        + " ad3f81e0               stp q0, q0, [x15, #-0x10]\n"
                        + " 910081ef               add x15, x15, #0x20\n"
                        + " 54ffffa1               b.ne 0x150 <_JIT_ENTRY+0x150>\n"
                        + " eb1001bf               cmp x13, x16\n"
                        + " 540000c0               b.eq 0x17c <_JIT_ENTRY+0x17c>\n"
                        + " 8b0e0e8d               add x13, x20, x14, lsl #3\n"
                        + " cb0e018e               sub x14, x12, x14\n"
                        + " f10005ce               subs x14, x14, #0x1\n"
                        + " f80085bf               str xzr, [x13], #0x8\n"
                        + " 54ffffc1               b.ne 0x170 <_JIT_ENTRY+0x170>\n"
                        + " f940050d               ldr x13, [x8, #0x8]\n"
                        + " 91000529               add x9, x9, #0x1\n"
                        + " cb0b014a               sub x10, x10, x11\n"
                        + " 8b0c0e95               add x21, x20, x12, lsl #3\n"
                        + " f9000d09               str x9, [x8, #0x18]\n"
                        + " d10005ad               sub x13, x13, #0x1\n"
                        + " f10001bf               cmp x13, #0x0\n"
                        + " da9fc149               csinv x9, x10, xzr, gt\n"
                        + " a9003509               stp x9, x13, [x8]\n"
                        + " f9001ed4               str x20, [x22, #0x38]\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x1ac <_JIT_ENTRY+0x1ac>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 927ef06e               and x14, x3, #0x7ffffffffffffffc\n"
                        + " cb1002b0               sub x16, x21, x16\n"
                        + " 8b1401f1               add x17, x15, x20\n"
                        + " 9100420f               add x15, x16, #0x10\n"
                        + " 91004230               add x16, x17, #0x10\n"
                        + " aa0e03f1               mov x17, x14\n"
                        + " ad7f85e0               ldp q0, q1, [x15, #-0x10]\n"
                        + " f1001231               subs x17, x17, #0x4\n"
                        + " 910081ef               add x15, x15, #0x20\n"
                        + " ad3f8600               stp q0, q1, [x16, #-0x10]\n"
                        + " 91008210               add x16, x16, #0x20\n"
                        + " 54ffff61               b.ne 0x1c8 <_JIT_ENTRY+0x1c8>\n"
                        + " eb0e007f               cmp x3, x14\n"
                        + " 54fff841               b.ne 0xec <_JIT_ENTRY+0xec>\n"
                        + " 17ffffc9               b 0x10c <_JIT_ENTRY+0x10c>\n";
    }

    /**
     * _CALL_LIST_APPEND (op(_CALL_LIST_APPEND))
     */
    private static Stencil _CALL_LIST_APPEND() {
        return new Stencil(
                        hex("17000090f30315aaf70240f9c91640f9e80337aaab0e17cbb50e088b610140f9a00240f908f47ed32a01088b490540f94c0d40f93f010ceb8a0100544a0940f9417929f829050091ca1640f94801088b090500f92800809249008052080117cb697a28f800000014fd7bbfa908000090fd030091080140f900013fd6fd7bc1a82800809249008052080117cb697a28f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(100, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(116, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "list_append", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_LIST_APPEND's object file, before holes were extracted.
     */
    private static String _CALL_LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000017               adrp x23, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " f94002f7               ldr x23, [x23]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " aa3703e8               mvn x8, x23\n"
                        + " cb170eab               sub x11, x21, x23, lsl #3\n"
                        + " 8b080eb5               add x21, x21, x8, lsl #3\n"
                        + " f9400161               ldr x1, [x11]\n"
                        + " f94002a0               ldr x0, [x21]\n"
                        + " d37ef408               lsl x8, x0, #2\n"
                        + " 8b08012a               add x10, x9, x8\n"
                        + " f9400549               ldr x9, [x10, #0x8]\n"
                        + " f9400d4c               ldr x12, [x10, #0x18]\n"
                        + " eb0c013f               cmp x9, x12\n"
                        + " 5400018a               b.ge 0x68 <_JIT_ENTRY+0x68>\n"
                        + " f940094a               ldr x10, [x10, #0x10]\n"
                        + " f8297941               str x1, [x10, x9, lsl #3]\n"
                        + " 91000529               add x9, x9, #0x1\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " 8b080148               add x8, x10, x8\n"
                        + " f9000509               str x9, [x8, #0x8]\n"
                        + " 92800028               mov x8, #-0x2               // =-2\n"
                        + " 52800049               mov w9, #0x2                // =2\n"
                        + " cb170108               sub x8, x8, x23\n"
                        + " f8287a69               str x9, [x19, x8, lsl #3]\n"
                        + " 14000000               b 0x64 <_JIT_ENTRY+0x64>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE list_append\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC list_append\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 92800028               mov x8, #-0x2               // =-2\n"
                        + " 52800049               mov w9, #0x2                // =2\n"
                        + " cb170108               sub x8, x8, x23\n"
                        + " f8287a69               str x9, [x19, x8, lsl #3]\n"
                        + " 14000000               b 0x90 <_JIT_ENTRY+0x90>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _GUARD_CALLABLE_LIST_APPEND (op(_GUARD_CALLABLE_LIST_APPEND))
     */
    private static Stencil _GUARD_CALLABLE_LIST_APPEND() {
        return new Stencil(
                        hex("08000090290080920a000090080140f94a0140f9290108cba97a69f83f010aeb61010054e80328aaa87a68f81f0940f281020054c91640f908f57ed3286968f81f1900f1e10100540000001408000090080140f9000140f9c00100b50900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd608000090080140f9000140f9400000b400001fd60900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(80, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(100, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(128, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(132, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(148, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(152, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(156, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(160, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_LIST_APPEND's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_LIST_APPEND_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800029               mov x9, #-0x2               // =-2\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " cb080129               sub x9, x9, x8\n"
                        + " f8697aa9               ldr x9, [x21, x9, lsl #3]\n"
                        + " eb0a013f               cmp x9, x10\n"
                        + " 54000161               b.ne 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " aa2803e8               mvn x8, x8\n"
                        + " f8687aa8               ldr x8, [x21, x8, lsl #3]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 54000281               b.ne 0x80 <_JIT_ENTRY+0x80>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100191f               cmp x8, #0x6\n"
                        + " 540001e1               b.ne 0x80 <_JIT_ENTRY+0x80>\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b50001c0               cbnz x0, 0x90 <_JIT_ENTRY+0x90>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x94 <_JIT_ENTRY+0x94>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_TYPE_TAG (op(_GUARD_TYPE_TAG))
     */
    private static Stencil _GUARD_TYPE_TAG() {
        return new Stencil(
                        hex("a9825ff808000090080140f93f0940f280000054ff0308ebe100005400000014ca1640f929f57ed3496969f83f0108eb60ffff5408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(52, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(72, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_TYPE_TAG's object file, before holes were extracted.
     */
    private static String _GUARD_TYPE_TAG_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f85f82a9               ldur x9, [x21, #-0x8]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " f240093f               tst x9, #0x7\n"
                        + " 54000080               b.eq 0x20 <_JIT_ENTRY+0x20>\n"
                        + " eb0803ff               cmp xzr, x8\n"
                        + " 540000e1               b.ne 0x34 <_JIT_ENTRY+0x34>\n"
                        + " 14000000               b 0x1c <_JIT_ENTRY+0x1c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " d37ef529               lsl x9, x9, #2\n"
                        + " f8696949               ldr x9, [x10, x9]\n"
                        + " eb08013f               cmp x9, x8\n"
                        + " 54ffff60               b.eq 0x1c <_JIT_ENTRY+0x1c>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x48 <_JIT_ENTRY+0x48>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_FLOOR_DIVIDE_INT (op(_BINARY_OP_FLOOR_DIVIDE_INT))
     */
    private static Stencil _BINARY_OP_FLOOR_DIVIDE_INT() {
        return new Stencil(
                        hex("e80315aa098d5ff829fd4193e90000b40a815ff83f0500b14afd419301010054eb030acb0700001408000090080140f9000140f9e00200b400001fd64b0dc99a6c7d099b29010aca3f0100f184b14afa0a00e8d2e9079f1a690109cb3f010aebea0000542a008052490509aaea0315aaf50308aa49011ff80000001408000090080140f9000140f9600100b400001fd60900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd60900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd6"),
                        new Hole[] {
                            new Hole(40, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(44, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(120, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(124, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(144, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(148, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(152, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(156, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(180, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(184, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(188, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(192, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_FLOOR_DIVIDE_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_FLOOR_DIVIDE_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8d09               ldr x9, [x8, #-0x8]!\n"
                        + " 9341fd29               asr x9, x9, #1\n"
                        + " b40000e9               cbz x9, 0x28 <_JIT_ENTRY+0x28>\n"
                        + " f85f810a               ldur x10, [x8, #-0x8]\n"
                        + " b100053f               cmn x9, #0x1\n"
                        + " 9341fd4a               asr x10, x10, #1\n"
                        + " 54000101               b.ne 0x3c <_JIT_ENTRY+0x3c>\n"
                        + " cb0a03eb               neg x11, x10\n"
                        + " 14000007               b 0x40 <_JIT_ENTRY+0x40>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b40002e0               cbz x0, 0x90 <_JIT_ENTRY+0x90>\n"
                        + " d61f0000               br x0\n"
                        + " 9ac90d4b               sdiv x11, x10, x9\n"
                        + " 9b097d6c               mul x12, x11, x9\n"
                        + " ca0a0129               eor x9, x9, x10\n"
                        + " f100013f               cmp x9, #0x0\n"
                        + " fa4ab184               ccmp x12, x10, #0x4, lt\n"
                        + " d2e8000a               mov x10, #0x4000000000000000 // =4611686018427387904\n"
                        + " 1a9f07e9               cset w9, ne\n"
                        + " cb090169               sub x9, x11, x9\n"
                        + " eb0a013f               cmp x9, x10\n"
                        + " 540000ea               b.ge 0x7c <_JIT_ENTRY+0x7c>\n"
                        + " 5280002a               mov w10, #0x1               // =1\n"
                        + " aa090549               orr x9, x10, x9, lsl #1\n"
                        + " aa1503ea               mov x10, x21\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " f81f0149               stur x9, [x10, #-0x10]\n"
                        + " 14000000               b 0x78 <_JIT_ENTRY+0x78>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000160               cbz x0, 0xb4 <_JIT_ENTRY+0xb4>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_REMAINDER_INT (op(_BINARY_OP_REMAINDER_INT))
     */
    private static Stencil _BINARY_OP_REMAINDER_INT() {
        return new Stencil(
                        hex("e80315aaa98e5ff829fd41933f0500b180020054e90000b509000090290140f9200140f9600200b4f50308aa00001fd60a015ff84afd41934b0dc99a6aa9099b0a0100b44b0109ca29fd8b8a29010a8b2a008052490509aa09011ff8000000142a00805249051faa09011ff800000014090000900a00009020008052290140f94a0140f9c80200f9c90a00f9ca2200f9c0035fd6"),
                        new Hole[] {
                            new Hole(24, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(92, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(108, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(116, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(128, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_REMAINDER_INT's object file, before holes were extracted.
     */
    private static String _BINARY_OP_REMAINDER_INT_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " 9341fd29               asr x9, x9, #1\n"
                        + " b100053f               cmn x9, #0x1\n"
                        + " 54000280               b.eq 0x60 <_JIT_ENTRY+0x60>\n"
                        + " b50000e9               cbnz x9, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b4000260               cbz x0, 0x70 <_JIT_ENTRY+0x70>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " f85f010a               ldur x10, [x8, #-0x10]\n"
                        + " 9341fd4a               asr x10, x10, #1\n"
                        + " 9ac90d4b               sdiv x11, x10, x9\n"
                        + " 9b09a96a               msub x10, x11, x9, x10\n"
                        + " b400010a               cbz x10, 0x60 <_JIT_ENTRY+0x60>\n"
                        + " ca09014b               eor x11, x10, x9\n"
                        + " 8a8bfd29               and x9, x9, x11, asr #63\n"
                        + " 8b0a0129               add x9, x9, x10\n"
                        + " 5280002a               mov w10, #0x1               // =1\n"
                        + " aa090549               orr x9, x10, x9, lsl #1\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x5c <_JIT_ENTRY+0x5c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 5280002a               mov w10, #0x1               // =1\n"
                        + " aa1f0549               orr x9, x10, xzr, lsl #1\n"
                        + " f81f0109               stur x9, [x8, #-0x10]\n"
                        + " 14000000               b 0x6c <_JIT_ENTRY+0x6c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " f90022ca               str x10, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _BINARY_OP_TRUE_DIVIDE_NUMBER (op(_BINARY_OP_TRUE_DIVIDE_NUMBER))
     */
    private static Stencil _BINARY_OP_TRUE_DIVIDE_NUMBER() {
        return new Stencil(
                        hex("f30315aae80315aa690e5ff8f50313aaaa8e40f8ca0100374b057f927f1100f1810300544bfd43d30c00eed25f3d00f16c010c8b8b818b9a6b05cb936001679e0820601ec0000054170000144bfd41936001629e0820601e6102005409000090290140f9200140f9600600b50a00009009000090200080524a0140f9290140f9c80200f9ca0a00f9c92200f9c0035fd6cb1640f96b090a8b600540fd0820601ee0fdff542b0140927f010aea400100540c04e0d22d0080d28e05898b0d08e0f2df010deb020300548a058a8b5f010deba20200540a0000904a0140f9c82a00a9eb0200b528057f921f1100f10105005428fd43d30a00eed23f3d00f10a010a8b4881889a0805c8930101679e2018601e0800669e08fdc8931f0500f1e90100542300001409000090290140f9200140f9c00100b4f50308aa00001fd628fd41930101629e2018601e0800669e08fdc8931f0500f1c802005489008052200d08aa600200f9000000140a00009009000090200080524a0140f9290140f9c80200f9ca0a00f9c92200f9c0035fd6c81640f90809098b010540fd2018601e0800669e08fdc8931f0500f189fdff5409fcf1d20901098b29fd75d33ff903f1c8000054890080d20900f0f2200d08ca600200f900000014fd7bbfa908000090fd030091080140f900013fd6fd7bc1a8600000b4600200f900000014080000900900009060008052080140f9290140f9d30200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(92, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(96, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(212, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(216, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(292, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(296, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(356, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(360, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(364, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(372, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(376, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(464, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(472, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(480, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(500, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(504, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(508, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(516, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(520, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "box_float", 0L)
                        });
    }

    /**
     * llvm-objdump of _BINARY_OP_TRUE_DIVIDE_NUMBER's object file, before holes were extracted.
     */
    private static String _BINARY_OP_TRUE_DIVIDE_NUMBER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " aa1503f3               mov x19, x21\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " f85f0e69               ldr x9, [x19, #-0x10]!\n"
                        + " aa1303f5               mov x21, x19\n"
                        + " f8408eaa               ldr x10, [x21, #0x8]!\n"
                        + " 370001ca               tbnz w10, #0x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " 927f054b               and x11, x10, #0x6\n"
                        + " f100117f               cmp x11, #0x4\n"
                        + " 54000381               b.ne 0x90 <_JIT_ENTRY+0x90>\n"
                        + " d343fd4b               lsr x11, x10, #3\n"
                        + " d2ee000c               mov x12, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d5f               cmp x10, #0xf\n"
                        + " 8b0c016c               add x12, x11, x12\n"
                        + " 9a8b818b               csel x11, x12, x11, hi\n"
                        + " 93cb056b               ror x11, x11, #0x1\n"
                        + " 9e670160               fmov d0, x11\n"
                        + " 1e602008               fcmp d0, #0.0\n"
                        + " 540000c0               b.eq 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 14000017               b 0xa4 <_JIT_ENTRY+0xa4>\n"
                        + " 9341fd4b               asr x11, x10, #1\n"
                        + " 9e620160               scvtf d0, x11\n"
                        + " 1e602008               fcmp d0, #0.0\n"
                        + " 54000261               b.ne 0xa4 <_JIT_ENTRY+0xa4>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b5000660               cbnz x0, 0x134 <_JIT_ENTRY+0x134>\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000aca               str x10, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 8b0a096b               add x11, x11, x10, lsl #2\n"
                        + " fd400560               ldr d0, [x11, #0x8]\n"
                        + " 1e602008               fcmp d0, #0.0\n"
                        + " 54fffde0               b.eq 0x5c <_JIT_ENTRY+0x5c>\n"
                        + " 9240012b               and x11, x9, #0x1\n"
                        + " ea0a017f               tst x11, x10\n"
                        + " 54000140               b.eq 0xd4 <_JIT_ENTRY+0xd4>\n"
                        + " d2e0040c               mov x12, #0x20000000000000  // =9007199254740992\n"
                        + " d280002d               mov x13, #0x1               // =1\n"
                        + " 8b89058e               add x14, x12, x9, asr #1\n"
                        + " f2e0080d               movk x13, #0x40, lsl #48\n"
                        + " eb0d01df               cmp x14, x13\n"
                        + " 54000302               b.hs 0x124 <_JIT_ENTRY+0x124>\n"
                        + " 8b8a058a               add x10, x12, x10, asr #1\n"
                        + " eb0d015f               cmp x10, x13\n"
                        + " 540002a2               b.hs 0x124 <_JIT_ENTRY+0x124>\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " a9002ac8               stp x8, x10, [x22]\n"
                        + " b50002eb               cbnz x11, 0x13c <_JIT_ENTRY+0x13c>\n"
                        + " 927f0528               and x8, x9, #0x6\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000501               b.ne 0x18c <_JIT_ENTRY+0x18c>\n"
                        + " d343fd28               lsr x8, x9, #3\n"
                        + " d2ee000a               mov x10, #0x7000000000000000 // =8070450532247928832\n"
                        + " f1003d3f               cmp x9, #0xf\n"
                        + " 8b0a010a               add x10, x8, x10\n"
                        + " 9a888148               csel x8, x10, x8, hi\n"
                        + " 93c80508               ror x8, x8, #0x1\n"
                        + " 9e670101               fmov d1, x8\n"
                        + " 1e601820               fdiv d0, d1, d0\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540001e9               b.ls 0x158 <_JIT_ENTRY+0x158>\n"
                        + " 14000023               b 0x1ac <_JIT_ENTRY+0x1ac>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400120               ldr x0, [x9]\n"
                        + " b40001c0               cbz x0, 0x168 <_JIT_ENTRY+0x168>\n"
                        + " aa0803f5               mov x21, x8\n"
                        + " d61f0000               br x0\n"
                        + " 9341fd28               asr x8, x9, #1\n"
                        + " 9e620101               scvtf d1, x8\n"
                        + " 1e601820               fdiv d0, d1, d0\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 540002c8               b.hi 0x1ac <_JIT_ENTRY+0x1ac>\n"
                        + " 52800089               mov w9, #0x4                // =4\n"
                        + " aa080d20               orr x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x164 <_JIT_ENTRY+0x164>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002c8               str x8, [x22]\n"
                        + " f9000aca               str x10, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " fd400501               ldr d1, [x8, #0x8]\n"
                        + " 1e601820               fdiv d0, d1, d0\n"
                        + " 9e660008               fmov x8, d0\n"
                        + " 93c8fd08               ror x8, x8, #0x3f\n"
                        + " f100051f               cmp x8, #0x1\n"
                        + " 54fffd89               b.ls 0x158 <_JIT_ENTRY+0x158>\n"
                        + " d2f1fc09               mov x9, #-0x7020000000000000 // =-8079457731502669824\n"
                        + " 8b090109               add x9, x8, x9\n"
                        + " d375fd29               lsr x9, x9, #53\n"
                        + " f103f93f               cmp x9, #0xfe\n"
                        + " 540000c8               b.hi 0x1d4 <_JIT_ENTRY+0x1d4>\n"
                        + " d2800089               mov x9, #0x4                // =4\n"
                        + " f2f00009               movk x9, #0x8000, lsl #48\n"
                        + " ca080d20               eor x0, x9, x8, lsl #3\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x1d0 <_JIT_ENTRY+0x1d0>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE box_float\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC box_float\n"
                        + " d63f0100               blr x8\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " b4000060               cbz x0, 0x1f8 <_JIT_ENTRY+0x1f8>\n"
                        + " f9000260               str x0, [x19]\n"
                        + " 14000000               b 0x1f4 <_JIT_ENTRY+0x1f4>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d3               str x19, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _GUARD_BOTH_NUMBER (op(_GUARD_BOTH_NUMBER))
     */
    private static Stencil _GUARD_BOTH_NUMBER() {
        return new Stencil(
                        hex("a9227fa9490100372a057f925f1100f1e00000542a0200b5ca1640f929f57ed3496969f83f1100f1810100544801003709057f923f1100f1e0000054e90000b5c91640f908f57ed3286968f81f1100f1410000540000001408000090080140f9000140f9400000b400001fd6080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(84, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(88, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(108, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(112, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(120, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(124, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L)
                        },
                        hex("000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_BOTH_NUMBER's object file, before holes were extracted.
     */
    private static String _GUARD_BOTH_NUMBER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a97f22a9               ldp x9, x8, [x21, #-0x10]\n"
                        + " 37000149               tbnz w9, #0x0, 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " 927f052a               and x10, x9, #0x6\n"
                        + " f100115f               cmp x10, #0x4\n"
                        + " 540000e0               b.eq 0x2c <_JIT_ENTRY+0x2c>\n"
                        + " b500022a               cbnz x10, 0x58 <_JIT_ENTRY+0x58>\n"
                        + " f94016ca               ldr x10, [x22, #0x28]\n"
                        + " d37ef529               lsl x9, x9, #2\n"
                        + " f8696949               ldr x9, [x10, x9]\n"
                        + " f100113f               cmp x9, #0x4\n"
                        + " 54000181               b.ne 0x58 <_JIT_ENTRY+0x58>\n"
                        + " 37000148               tbnz w8, #0x0, 0x54 <_JIT_ENTRY+0x54>\n"
                        + " 927f0509               and x9, x8, #0x6\n"
                        + " f100113f               cmp x9, #0x4\n"
                        + " 540000e0               b.eq 0x54 <_JIT_ENTRY+0x54>\n"
                        + " b50000e9               cbnz x9, 0x58 <_JIT_ENTRY+0x58>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " f100111f               cmp x8, #0x4\n"
                        + " 54000041               b.ne 0x58 <_JIT_ENTRY+0x58>\n"
                        + " 14000000               b 0x54 <_JIT_ENTRY+0x54>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x6c <_JIT_ENTRY+0x6c>\n"
                        + " d61f0000               br x0\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_GLOBAL (op(_STORE_GLOBAL))
     */
    private static Stencil _STORE_GLOBAL() {
        return new Stencil(
                        hex("fd7bbfa909000090e80315aa00000090290140f9000040f9fd030091b38e5ff8c82600a908000090080140f900013fd608000090e10313aa080140f900013fd660000036fd7bc1a800000014080000900900009060008052080140f9290140f9d50200f9c80a00f9c92200f9fd7bc1a8c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(20, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(36, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(40, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(48, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(56, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(72, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(76, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 40L),
                            new Hole(88, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(92, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 40L)
                        },
                        hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.TARGET, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "GETNAME", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.HELPER, "store_global", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(40, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_GLOBAL's object file, before holes were extracted.
     */
    private static String _STORE_GLOBAL_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " a9bf7bfd               stp x29, x30, [sp, #-0x10]!\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TARGET\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 90000000               adrp x0, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TARGET\n"
                        + " f9400000               ldr x0, [x0]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " 910003fd               mov x29, sp\n"
                        + " f85f8eb3               ldr x19, [x21, #-0x8]!\n"
                        + " a90026c8               stp x8, x9, [x22]\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE GETNAME\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC GETNAME\n"
                        + " d63f0100               blr x8\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE store_global\n"
                        + " aa1303e1               mov x1, x19\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC store_global\n"
                        + " d63f0100               blr x8\n"
                        + " 36000060               tbz w0, #0x0, 0x4c <_JIT_ENTRY+0x4c>\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " 14000000               b 0x48 <_JIT_ENTRY+0x48>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800060               mov w0, #0x3                // =3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " a8c17bfd               ldp x29, x30, [sp], #0x10\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _STORE_GLOBAL_MODULE (op(_STORE_GLOBAL_MODULE))
     */
    private static Stencil _STORE_GLOBAL_MODULE() {
        return new Stencil(
                        hex("c81640f90a000090091540f94a0140f90809098ba98e5ff8080540f909792af8"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _STORE_GLOBAL_MODULE's object file, before holes were extracted.
     */
    private static String _STORE_GLOBAL_MODULE_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016c8               ldr x8, [x22, #0x28]\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9401509               ldr x9, [x8, #0x28]\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " 8b090908               add x8, x8, x9, lsl #2\n"
                        + " f85f8ea9               ldr x9, [x21, #-0x8]!\n"
                        + " f9400508               ldr x8, [x8, #0x8]\n"
                        + " f82a7909               str x9, [x8, x10, lsl #3]\n"
                        + " 14000000               b 0x20 <_JIT_ENTRY+0x20>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _CALL_LEN (op(_CALL_LEN))
     */
    private static Stencil _CALL_LEN() {
        return new Stencil(
                        hex("09000090e80315aa2c008092290140f9cb1640f92d008052aa0e09cb4a0140f96a090a8beb0329aa890109cbb50e0b8b4a0540f9aa050aaa0a7929f8"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L)
                        },
                        hex("0000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CALL_LEN's object file, before holes were extracted.
     */
    private static String _CALL_LEN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " aa1503e8               mov x8, x21\n"
                        + " 9280002c               mov x12, #-0x2              // =-2\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f94016cb               ldr x11, [x22, #0x28]\n"
                        + " 5280002d               mov w13, #0x1               // =1\n"
                        + " cb090eaa               sub x10, x21, x9, lsl #3\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + " 8b0a096a               add x10, x11, x10, lsl #2\n"
                        + " aa2903eb               mvn x11, x9\n"
                        + " cb090189               sub x9, x12, x9\n"
                        + " 8b0b0eb5               add x21, x21, x11, lsl #3\n"
                        + " f940054a               ldr x10, [x10, #0x8]\n"
                        + " aa0a05aa               orr x10, x13, x10, lsl #1\n"
                        + " f829790a               str x10, [x8, x9, lsl #3]\n"
                        + " 14000000               b 0x3c <_JIT_ENTRY+0x3c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }

    /**
     * _GUARD_CALLABLE_LEN (op(_GUARD_CALLABLE_LEN))
     */
    private static Stencil _GUARD_CALLABLE_LEN() {
        return new Stencil(
                        hex("08000090290080920a000090080140f94a0140f9290108cba97a69f83f010aeb81010054a80e08cb080140f91f0940f2a1020054c91640f908f57ed3286968f8081500d11f0d00f1e20100540000001408000090080140f9000140f9c00100b50900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd608000090080140f9000140f9400000b400001fd60900009008000090290140f9080140f9d50200f9c90a00f920008052c82200f9c0035fd6"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(76, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(80, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(84, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(96, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(100, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(104, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L),
                            new Hole(132, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(136, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(152, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(156, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 32L),
                            new Hole(160, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L),
                            new Hole(164, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 32L)
                        },
                        hex("00000000000000000000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPARG, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(32, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _GUARD_CALLABLE_LEN's object file, before holes were extracted.
     */
    private static String _GUARD_CALLABLE_LEN_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPARG\n"
                        + " 92800029               mov x9, #-0x2               // =-2\n"
                        + " 9000000a               adrp x10, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPARG\n"
                        + " f940014a               ldr x10, [x10]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " cb080129               sub x9, x9, x8\n"
                        + " f8697aa9               ldr x9, [x21, x9, lsl #3]\n"
                        + " eb0a013f               cmp x9, x10\n"
                        + " 54000181               b.ne 0x50 <_JIT_ENTRY+0x50>\n"
                        + " cb080ea8               sub x8, x21, x8, lsl #3\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " f240091f               tst x8, #0x7\n"
                        + " 540002a1               b.ne 0x84 <_JIT_ENTRY+0x84>\n"
                        + " f94016c9               ldr x9, [x22, #0x28]\n"
                        + " d37ef508               lsl x8, x8, #2\n"
                        + " f8686928               ldr x8, [x9, x8]\n"
                        + " d1001508               sub x8, x8, #0x5\n"
                        + " f1000d1f               cmp x8, #0x3\n"
                        + " 540001e2               b.hs 0x84 <_JIT_ENTRY+0x84>\n"
                        + " 14000000               b 0x4c <_JIT_ENTRY+0x4c>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b50001c0               cbnz x0, 0x94 <_JIT_ENTRY+0x94>\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000040               cbz x0, 0x98 <_JIT_ENTRY+0x98>\n"
                        + " d61f0000               br x0\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac9               str x9, [x22, #0x10]\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f90022c8               str x8, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _CHECK_CALLER (op(_CHECK_CALLER))
     */
    private static Stencil _CHECK_CALLER() {
        return new Stencil(
                        hex("cc1640f9090000908b1d40f9290140f928fd60936d0d40f9e903092abf0500f18b0100540a058052bf0500f1ae2d0a9bca0d40f9410200546b8100916b0140f97f0108eb400149fa01010054130000146a1940f96ba100916b0140f97f0108eb400149faa001005408000090080140f9000140f9400100b400001fd6cb815ef88b090b8b6b2100916b0140f97f0108eb400149faa1feff5400000014080000900900009020008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(4, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(12, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(104, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L),
                            new Hole(152, HoleKind.AARCH64_JUMP26, HoleValue.CONTINUE, "", 0L),
                            new Hole(156, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 16L),
                            new Hole(160, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 24L),
                            new Hole(168, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 16L),
                            new Hole(172, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 24L)
                        },
                        hex("0000000000000000000000000000000000000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.OPERAND, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.EXIT_LINK, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(24, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _CHECK_CALLER's object file, before holes were extracted.
     */
    private static String _CHECK_CALLER_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f94016cc               ldr x12, [x22, #0x28]\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_OPERAND\n"
                        + " f9401d8b               ldr x11, [x12, #0x38]\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_OPERAND\n"
                        + " 9360fd28               asr x8, x9, #32\n"
                        + " f9400d6d               ldr x13, [x11, #0x18]\n"
                        + " 2a0903e9               mov w9, w9\n"
                        + " f10005bf               cmp x13, #0x1\n"
                        + " 5400018b               b.lt 0x50 <_JIT_ENTRY+0x50>\n"
                        + " 5280050a               mov w10, #0x28              // =40\n"
                        + " f10005bf               cmp x13, #0x1\n"
                        + " 9b0a2dae               madd x14, x13, x10, x11\n"
                        + " f9400dca               ldr x10, [x14, #0x18]\n"
                        + " 54000241               b.ne 0x7c <_JIT_ENTRY+0x7c>\n"
                        + " 9100816b               add x11, x11, #0x20\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + " eb08017f               cmp x11, x8\n"
                        + " fa490140               ccmp x10, x9, #0x0, eq\n"
                        + " 54000101               b.ne 0x68 <_JIT_ENTRY+0x68>\n"
                        + " 14000013               b 0x98 <_JIT_ENTRY+0x98>\n"
                        + " f940196a               ldr x10, [x11, #0x30]\n"
                        + " 9100a16b               add x11, x11, #0x28\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + " eb08017f               cmp x11, x8\n"
                        + " fa490140               ccmp x10, x9, #0x0, eq\n"
                        + " 540001a0               b.eq 0x98 <_JIT_ENTRY+0x98>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_EXIT_LINK\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_EXIT_LINK\n"
                        + " f9400100               ldr x0, [x8]\n"
                        + " b4000140               cbz x0, 0x9c <_JIT_ENTRY+0x9c>\n"
                        + " d61f0000               br x0\n"
                        + " f85e81cb               ldur x11, [x14, #-0x18]\n"
                        + " 8b0b098b               add x11, x12, x11, lsl #2\n"
                        + " 9100216b               add x11, x11, #0x8\n"
                        + " f940016b               ldr x11, [x11]\n"
                        + " eb08017f               cmp x11, x8\n"
                        + " fa490140               ccmp x10, x9, #0x0, eq\n"
                        + " 54fffea1               b.ne 0x68 <_JIT_ENTRY+0x68>\n"
                        + " 14000000               b 0x98 <_JIT_ENTRY+0x98>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800020               mov w0, #0x1                // =1\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n";
    }

    /**
     * _RESUME_CHECK (op(_RESUME_CHECK))
     */
    private static Stencil _RESUME_CHECK() {
        return new Stencil(
                        hex("c80e40f9080140f9480100b4080000900900009040008052080140f9290140f9d50200f9c80a00f9c92200f9c0035fd6"),
                        new Hole[] {
                            new Hole(12, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 0L),
                            new Hole(16, HoleKind.AARCH64_ADR_PREL_PG_HI21, HoleValue.DATA, "", 8L),
                            new Hole(24, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 0L),
                            new Hole(28, HoleKind.AARCH64_LDST64_ABS_LO12_NC, HoleValue.DATA, "", 8L)
                        },
                        hex("00000000000000000000000000000000"),
                        new Hole[] {
                            new Hole(0, HoleKind.AARCH64_ABS64, HoleValue.UOP_INDEX, "", 0L),
                            new Hole(8, HoleKind.AARCH64_ABS64, HoleValue.TRACE_ID, "", 0L)
                        });
    }

    /**
     * llvm-objdump of _RESUME_CHECK's object file, before holes were extracted.
     */
    private static String _RESUME_CHECK_disassembly() {
        return "<_JIT_ENTRY>:\n"
                        + " f9400ec8               ldr x8, [x22, #0x18]\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + " b4000148               cbz x8, 0x30 <_JIT_ENTRY+0x30>\n"
                        + " 90000008               adrp x8, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_UOP_INDEX\n"
                        + " 90000009               adrp x9, 0x0 <_JIT_ENTRY>\n"
                        + "  R_AARCH64_ADR_GOT_PAGE _JIT_TRACE_ID\n"
                        + " 52800040               mov w0, #0x2                // =2\n"
                        + " f9400108               ldr x8, [x8]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_UOP_INDEX\n"
                        + " f9400129               ldr x9, [x9]\n"
                        + "  R_AARCH64_LD64_GOT_LO12_NC _JIT_TRACE_ID\n"
                        + " f90002d5               str x21, [x22]\n"
                        + " f9000ac8               str x8, [x22, #0x10]\n"
                        + " f90022c9               str x9, [x22, #0x40]\n"
                        + " d65f03c0               ret\n"
                        + " 14000000               b 0x30 <_JIT_ENTRY+0x30>\n"
                        + "  R_AARCH64_JUMP26 _JIT_CONTINUE\n";
    }
}
