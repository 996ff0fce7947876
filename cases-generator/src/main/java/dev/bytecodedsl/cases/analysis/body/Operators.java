package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.UnaryOp;
import java.util.Optional;

/**
 * The operator table of the README: which operand types each operator accepts and what it yields.
 * There are no implicit conversions, so mixed int/double operands are an error. Public for the
 * stack-effect notation's oparg expressions, which follow the same table.
 */
public final class Operators {

    private Operators() {}

    /** The result type, or empty when the operands are not acceptable. */
    public static Optional<DslType> binary(BinaryOp op, DslType left, DslType right) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM ->
                    left.isNumeric() && left.equals(right) ? Optional.of(left) : Optional.empty();
            case SHL, SHR, USHR, BIT_AND, BIT_XOR, BIT_OR ->
                    bothAre(DslType.INT, left, right) ? Optional.of(DslType.INT) : Optional.empty();
            case LT, LE, GT, GE ->
                    left.isNumeric() && left.equals(right) ? Optional.of(DslType.BOOL) : Optional.empty();
            // Arrays are not values, and void never gets this far; everything else compares bitwise.
            case EQ, NE -> left.equals(right) && !(left instanceof DslType.Array) && !(left instanceof DslType.Void)
                    ? Optional.of(DslType.BOOL)
                    : Optional.empty();
            case AND, OR -> bothAre(DslType.BOOL, left, right) ? Optional.of(DslType.BOOL) : Optional.empty();
        };
    }

    /** What {@link #binary} needs, phrased for "operator 'op' needs ..., got A and B". */
    static String binaryRequirement(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, REM, LT, LE, GT, GE -> "two ints or two doubles";
            case SHL, SHR, USHR, BIT_AND, BIT_XOR, BIT_OR -> "two ints";
            case EQ, NE -> "two operands of the same type";
            case AND, OR -> "two bools";
        };
    }

    /**
     * The type a binary operator yields when an operand's type is unknown (already reported), so the
     * error does not cascade: comparisons and logic are bool whatever their operands were.
     */
    public static Optional<DslType> binaryResultRegardless(BinaryOp op) {
        return switch (op) {
            case LT, LE, GT, GE, EQ, NE, AND, OR -> Optional.of(DslType.BOOL);
            case ADD, SUB, MUL, DIV, REM, SHL, SHR, USHR, BIT_AND, BIT_XOR, BIT_OR -> Optional.empty();
        };
    }

    public static Optional<DslType> unary(UnaryOp op, DslType operand) {
        return switch (op) {
            case NEG -> operand.isNumeric() ? Optional.of(operand) : Optional.empty();
            case NOT -> operand.equals(DslType.BOOL) ? Optional.of(DslType.BOOL) : Optional.empty();
            case BIT_NOT -> operand.equals(DslType.INT) ? Optional.of(DslType.INT) : Optional.empty();
        };
    }

    /** The error for operands {@link #binary} does not accept. */
    public static String binaryMismatch(BinaryOp op, DslType left, DslType right) {
        return ExprTyper.operatorMismatch(op.symbol(), binaryRequirement(op), left, right);
    }

    /** The error for an operand {@link #unary} does not accept. */
    public static String unaryMismatch(UnaryOp op, DslType operand) {
        return "type error: operator '" + op.symbol() + "' needs " + unaryRequirement(op) + ", got " + operand;
    }

    private static String unaryRequirement(UnaryOp op) {
        return switch (op) {
            case NEG -> "an int or a double";
            case NOT -> "a bool";
            case BIT_NOT -> "an int";
        };
    }

    private static boolean bothAre(DslType type, DslType left, DslType right) {
        return left.equals(type) && right.equals(type);
    }
}
