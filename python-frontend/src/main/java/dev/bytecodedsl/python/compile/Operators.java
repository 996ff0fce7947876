package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.python.ast.BinaryOp;
import dev.bytecodedsl.python.ast.CompareOp;

/** Operator opargs as bytecodes.def defines them (CPython's NB_* and COMPARE_OP encodings). */
final class Operators {

    private Operators() {}

    static int binaryOp(BinaryOp op) {
        return (int) switch (op) {
            case ADD -> DslConstants.NB_ADD;
            case SUB -> DslConstants.NB_SUBTRACT;
            case MUL -> DslConstants.NB_MULTIPLY;
            case TRUE_DIV -> DslConstants.NB_TRUE_DIVIDE;
            case FLOOR_DIV -> DslConstants.NB_FLOOR_DIVIDE;
            case MOD -> DslConstants.NB_REMAINDER;
            case POW -> DslConstants.NB_POWER;
            case LSHIFT -> DslConstants.NB_LSHIFT;
            case RSHIFT -> DslConstants.NB_RSHIFT;
            case BIT_AND -> DslConstants.NB_AND;
            case BIT_OR -> DslConstants.NB_OR;
            case BIT_XOR -> DslConstants.NB_XOR;
        };
    }

    /** The in-place form used by augmented assignment: CPython numbers them in the same order. */
    static int inplaceOp(BinaryOp op) {
        return binaryOp(op) + (int) (DslConstants.NB_INPLACE_ADD - DslConstants.NB_ADD);
    }

    /**
     * {@code (COMPARE_x << COMPARE_SHIFT) | mask}, where the mask holds the outcomes that make the
     * comparison true; {@code !=} includes "unordered" so that NaN != NaN.
     */
    static int compareOp(CompareOp op) {
        long lt = DslConstants.COMPARE_LT_BIT;
        long gt = DslConstants.COMPARE_GT_BIT;
        long eq = DslConstants.COMPARE_EQ_BIT;
        long unordered = DslConstants.COMPARE_UNORDERED_BIT;
        long[] cmpAndMask = switch (op) {
            case LT -> new long[] {DslConstants.COMPARE_LT, lt};
            case LE -> new long[] {DslConstants.COMPARE_LE, lt | eq};
            case EQ -> new long[] {DslConstants.COMPARE_EQ, eq};
            case NE -> new long[] {DslConstants.COMPARE_NE, lt | gt | unordered};
            case GT -> new long[] {DslConstants.COMPARE_GT, gt};
            case GE -> new long[] {DslConstants.COMPARE_GE, gt | eq};
            case IN, NOT_IN, IS, IS_NOT -> throw new IllegalArgumentException(op + " is not a COMPARE_OP");
        };
        return (int) ((cmpAndMask[0] << DslConstants.COMPARE_SHIFT) | cmpAndMask[1]);
    }
}
