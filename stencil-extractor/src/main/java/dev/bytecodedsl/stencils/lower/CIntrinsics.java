package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.kit.jit.JitState;
import java.util.List;

/**
 * The C spelling of each intrinsic, with the Java lowering's semantics. The frame's locals are
 * {@code __locals} (local 0 of the running frame, docs/jit-abi.md). Constants and names of the
 * code object live in Java, so a stencil reads them through the helpers {@code GETCONST} and
 * {@code GETNAME}, which the runtime provides like any other helper.
 */
public final class CIntrinsics {

    public static final String LOCALS = "__locals";
    /** Read from the state at each use: a helper may not move the table, but clang need not know that. */
    public static final String HEAP_WORDS = "__state->" + JitState.Field.HEAP_WORDS.cName();
    /** Helper symbols for the intrinsics that have no native meaning (docs/jit-abi.md). */
    public static final String GETCONST_HELPER = "GETCONST";
    public static final String GETNAME_HELPER = "GETNAME";

    private CIntrinsics() {}

    public static String lower(Intrinsic intrinsic, List<String> args) {
        return switch (intrinsic) {
            case ADD_OVERFLOWS -> overflow("add", args);
            case SUB_OVERFLOWS -> overflow("sub", args);
            case MUL_OVERFLOWS -> overflow("mul", args);
            // Casts bind tighter than any binary operator: the argument keeps its parentheses.
            case TO_DOUBLE -> "((double) (" + args.get(0) + "))";
            case TO_INT -> "dsl_to_int(" + args.get(0) + ")";
            case DOUBLE_BITS -> "dsl_double_bits(" + args.get(0) + ")";
            case BITS_TO_DOUBLE -> "dsl_bits_to_double(" + args.get(0) + ")";
            case VALUE_BITS -> "((int64_t) (" + args.get(0) + "))";
            case VALUE_FROM_BITS -> "((Value) (" + args.get(0) + "))";
            case FLOOR -> "dsl_floor(" + args.get(0) + ")";
            case GETLOCAL -> LOCALS + "[" + args.get(0) + "]";
            case SETLOCAL -> "(" + LOCALS + "[" + args.get(0) + "] = " + args.get(1) + ")";
            case HEAP_TYPE -> "dsl_heap_type(" + HEAP_WORDS + ", " + args.get(0) + ")";
            case HEAP_WORD -> "dsl_heap_word(" + HEAP_WORDS + ", " + args.get(0) + ", " + args.get(1) + ")";
            case SET_HEAP_WORD -> "dsl_set_heap_word(" + HEAP_WORDS + ", " + args.get(0) + ", " + args.get(1) + ", "
                    + args.get(2) + ")";
            case LOAD_WORD -> "dsl_load_word(" + args.get(0) + ", " + args.get(1) + ")";
            case STORE_WORD -> "dsl_store_word(" + args.get(0) + ", " + args.get(1) + ", " + args.get(2) + ")";
            case GETCONST -> "JIT_CALL(" + GETCONST_HELPER + ")(" + args.get(0) + ")";
            case GETNAME -> "JIT_CALL(" + GETNAME_HELPER + ")(" + args.get(0) + ")";
            case NATIVE_CODE -> "true";
            case LOCALS_ADDRESS -> "((int64_t) " + LOCALS + ")";
            case VALUES_ADDRESS -> "((int64_t) (" + args.get(0) + "))";
            case INSTRUCTION_OFFSET -> "((int64_t) JIT_TARGET)";
            // Where the uop's RELOAD_FRAME reads the frame to go on in (docs/jit-abi.md).
            case SET_FRAME -> "(__state->" + JitState.Field.LOCALS.cName() + " = (Value *) (" + args.get(0) + "), __state->"
                    + JitState.Field.SP.cName() + " = (Value *) (" + args.get(1) + "))";
        };
    }

    private static String overflow(String op, List<String> args) {
        return "dsl_" + op + "_overflows(" + args.get(0) + ", " + args.get(1) + ")";
    }
}
