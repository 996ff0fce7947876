package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.value.Values;

/**
 * binary_op and the unary operators: dispatches on the operand kinds to {@link IntOps},
 * {@link FloatOps} or {@link Sequences} (str/list/tuple {@code +} and {@code *}), and raises
 * CPython's TypeError for everything else.
 */
public final class Numbers {
    private static final int INPLACE_OFFSET = (int) DslConstants.NB_INPLACE_ADD;
    /** Operator spellings for error messages, indexed by non-in-place NB_* code. */
    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    /** Operand kinds, ordered so that the wider numeric kind wins. */
    private static final int NOT_NUMBER = 0;
    private static final int INT = 1;
    private static final int FLOAT = 2;

    private final ObjectSpace space;
    private final IntOps ints;
    private final FloatOps floats;

    public Numbers(ObjectSpace space) {
        this.space = space;
        this.ints = new IntOps(space);
        this.floats = new FloatOps(space);
    }

    public IntOps ints() {
        return ints;
    }

    public FloatOps floats() {
        return floats;
    }

    /** The non-in-place operator of an NB_* code ({@code +=} behaves as {@code +} except for lists). */
    public static int baseOperator(int nbOp) {
        return nbOp >= INPLACE_OFFSET ? nbOp - INPLACE_OFFSET : nbOp;
    }

    /** {@code +}, {@code +=}, {@code ** or pow()}: how CPython spells the operator in messages. */
    public static String symbol(int nbOp) {
        int base = baseOperator(nbOp);
        if (nbOp >= INPLACE_OFFSET) {
            return SYMBOLS[base] + "=";
        }
        return base == DslConstants.NB_POWER ? "** or pow()" : SYMBOLS[base];
    }

    /** binary_op(nb_op, a, b): any NB_* code, in-place forms included. */
    public long binaryOp(int nbOp, long a, long b) {
        int op = baseOperator(nbOp);
        if ((a & b & DslConstants.SMALL_INT_TAG) != 0) {
            if (op == DslConstants.NB_MATRIX_MULTIPLY) {
                throw space.errors().unsupportedOperands(symbol(nbOp), a, b);
            }
            return ints.smallBinary(op, Values.smallIntValue(a), Values.smallIntValue(b));
        }
        int kindA = kind(a);
        int kindB = kind(b);
        if (kindA != NOT_NUMBER && kindB != NOT_NUMBER && op != DslConstants.NB_MATRIX_MULTIPLY) {
            if (kindA == FLOAT || kindB == FLOAT) {
                if (!FloatOps.isFloatOperator(op)) {
                    throw space.errors().unsupportedOperands(symbol(nbOp), a, b);
                }
                return space.newFloat(floats.binary(op, toDouble(a, kindA), toDouble(b, kindB)));
            }
            if (Values.isBool(a) && Values.isBool(b) && isBitwise(op)) {
                return boolBitwise(op, a == Values.TRUE, b == Values.TRUE);
            }
            return ints.binary(op, a, b);
        }
        try {
            return space.sequences().binaryOp(nbOp, op, a, b);
        } catch (OutOfMemoryError e) {
            // "a" * 10**9 or [0.0] * 10**9: the Java heap cannot hold the result
            throw space.errors().memoryError();
        }
    }

    /** Float operands of mixed int/float arithmetic. */
    private double toDouble(long v, int kind) {
        return kind == FLOAT ? space.heap().floatValue(v) : ints.toDouble(v);
    }

    private int kind(long v) {
        if (Values.isSmallInt(v) || Values.isBool(v)) {
            return INT;
        }
        if (Values.isFloat(v)) {
            return FLOAT;
        }
        if (!Values.isHandle(v)) {
            return NOT_NUMBER;
        }
        PyObject o = space.heap().get(v);
        if (o instanceof PyFloat) {
            return FLOAT;
        }
        return o instanceof PyBigInt ? INT : NOT_NUMBER;
    }

    /** Whether v is an int (small, big or bool). */
    public boolean isInt(long v) {
        return kind(v) == INT;
    }

    /** Whether v is an int, bool or float. */
    public boolean isNumber(long v) {
        return kind(v) != NOT_NUMBER;
    }

    private static boolean isBitwise(int op) {
        return op == DslConstants.NB_AND || op == DslConstants.NB_OR || op == DslConstants.NB_XOR;
    }

    /** bool & bool, | and ^ stay bools. */
    private static long boolBitwise(int op, boolean x, boolean y) {
        return Values.fromBool(switch (op) {
            case (int) DslConstants.NB_AND -> x & y;
            case (int) DslConstants.NB_OR -> x | y;
            default -> x ^ y;
        });
    }

    /** unary_negative: {@code -v}. */
    public long negative(long v) {
        return switch (kind(v)) {
            case INT -> ints.negate(v);
            case FLOAT -> space.newFloat(-space.heap().floatValue(v));
            default -> throw space.errors().badUnaryOperand("unary -", v);
        };
    }

    /** unary_invert: {@code ~v}. */
    public long invert(long v) {
        if (kind(v) == INT) {
            return ints.invert(v);
        }
        throw space.errors().badUnaryOperand("unary ~", v);
    }

    /** {@code +v}: ints (bools become ints) and floats are returned as they are. */
    public long positive(long v) {
        return switch (kind(v)) {
            case INT -> Values.isBool(v) ? Values.smallInt(v == Values.TRUE ? 1 : 0) : v;
            case FLOAT -> v;
            default -> throw space.errors().badUnaryOperand("unary +", v);
        };
    }

    /** abs(v) for numbers; TypeError "bad operand type for abs()" otherwise. */
    public long abs(long v) {
        return switch (kind(v)) {
            case INT -> ints.abs(v);
            case FLOAT -> space.newFloat(Math.abs(space.heap().floatValue(v)));
            default -> throw space.errors().badUnaryOperand("abs()", v);
        };
    }

    /** The value of a number as a double (float(), mixed comparisons). */
    public double toDouble(long v) {
        int k = kind(v);
        if (k == NOT_NUMBER) {
            throw new IllegalArgumentException("not a number");
        }
        return toDouble(v, k);
    }
}
