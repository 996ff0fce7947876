package dev.bytecodedsl.runtime.vm.specialize;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

/** BINARY_OP, COMPARE_OP and TO_BOOL: the operand types decide, the oparg picks the operator. */
public final class ArithmeticSpecializer {
    private final ObjectSpace space;

    public ArithmeticSpecializer(ObjectSpace space) {
        this.space = space;
    }

    public void binaryOp(Site site, long lhs, long rhs, int nbOp) {
        int op = switch (nbOp) {
            case (int) DslConstants.NB_ADD, (int) DslConstants.NB_INPLACE_ADD -> add(lhs, rhs);
            case (int) DslConstants.NB_SUBTRACT, (int) DslConstants.NB_INPLACE_SUBTRACT ->
                    numeric(lhs, rhs, Opcodes.BINARY_OP_SUBTRACT_INT, Opcodes.BINARY_OP_SUBTRACT_FLOAT);
            case (int) DslConstants.NB_MULTIPLY, (int) DslConstants.NB_INPLACE_MULTIPLY ->
                    numeric(lhs, rhs, Opcodes.BINARY_OP_MULTIPLY_INT, Opcodes.BINARY_OP_MULTIPLY_FLOAT);
            case (int) DslConstants.NB_REMAINDER, (int) DslConstants.NB_INPLACE_REMAINDER ->
                    smallInts(lhs, rhs, Opcodes.BINARY_OP_REMAINDER_INT);
            case (int) DslConstants.NB_FLOOR_DIVIDE, (int) DslConstants.NB_INPLACE_FLOOR_DIVIDE ->
                    smallInts(lhs, rhs, Opcodes.BINARY_OP_FLOOR_DIVIDE_INT);
            case (int) DslConstants.NB_TRUE_DIVIDE, (int) DslConstants.NB_INPLACE_TRUE_DIVIDE ->
                    isNumber(lhs) && isNumber(rhs) ? Opcodes.BINARY_OP_TRUE_DIVIDE_NUMBER : 0;
            default -> 0;
        };
        install(site, op);
    }

    private int add(long lhs, long rhs) {
        int tag = bothTag(lhs, rhs);
        return tag == DslConstants.TYPE_STR ? Opcodes.BINARY_OP_ADD_UNICODE
                : numeric(lhs, rhs, Opcodes.BINARY_OP_ADD_INT, Opcodes.BINARY_OP_ADD_FLOAT);
    }

    /** The int form for two small ints (the guard tests the tag, so big ints do not qualify). */
    private int numeric(long lhs, long rhs, int intForm, int floatForm) {
        if (Values.isSmallInt(lhs) && Values.isSmallInt(rhs)) {
            return intForm;
        }
        return bothTag(lhs, rhs) == DslConstants.TYPE_FLOAT ? floatForm : 0;
    }

    private static int smallInts(long lhs, long rhs, int intForm) {
        return Values.isSmallInt(lhs) && Values.isSmallInt(rhs) ? intForm : 0;
    }

    /** Small ints and floats: the operands _GUARD_BOTH_NUMBER lets through. */
    private boolean isNumber(long v) {
        return Values.isSmallInt(v) || space.typeTag(v) == DslConstants.TYPE_FLOAT;
    }

    public void compareOp(Site site, long left, long right) {
        int op;
        if (Values.isSmallInt(left) && Values.isSmallInt(right)) {
            op = Opcodes.COMPARE_OP_INT;
        } else {
            op = switch (bothTag(left, right)) {
                case (int) DslConstants.TYPE_FLOAT -> Opcodes.COMPARE_OP_FLOAT;
                case (int) DslConstants.TYPE_STR -> Opcodes.COMPARE_OP_STR;
                default -> 0;
            };
        }
        install(site, op);
    }

    public void toBool(Site site, long value) {
        int op;
        if (Values.isSmallInt(value)) {
            op = Opcodes.TO_BOOL_INT;
        } else {
            op = switch (space.typeTag(value)) {
                case (int) DslConstants.TYPE_BOOL -> Opcodes.TO_BOOL_BOOL;
                case (int) DslConstants.TYPE_NONE -> Opcodes.TO_BOOL_NONE;
                case (int) DslConstants.TYPE_LIST -> Opcodes.TO_BOOL_LIST;
                case (int) DslConstants.TYPE_STR -> Opcodes.TO_BOOL_STR;
                default -> 0;
            };
        }
        install(site, op);
    }

    /** The common type tag of both operands, or -1 when they differ. */
    private int bothTag(long a, long b) {
        int ta = space.typeTag(a);
        return ta == space.typeTag(b) ? ta : -1;
    }

    static void install(Site site, int opcode) {
        if (opcode == 0) {
            site.fail();
        } else {
            site.specialize(opcode);
        }
    }
}
