package dev.bytecodedsl.kit.optimizer;

import java.util.Arrays;

/**
 * The optimizer's symbol table: what is known about each value a trace computes. A symbol is an
 * index into parallel arrays (type; flags: small int, constant, not NULL; constant value; a known
 * NULL is the constant {@link ValueModel#nullBits}), handed to the generated abstract interpreter as
 * a {@code long}; facts only grow on a symbol while one pass runs (a guard that stays makes its
 * operand's type known from then on).
 *
 * <p>The public methods are the symbol helpers an overrides file declares ({@code extern
 * sym_has_type} is {@link #symHasType}, ...). A VM subclasses this to implement its generated
 * {@code SymbolContext}; a helper its DSL declares beyond these is the subclass's to write.
 */
public class Symbols implements SymbolSource {
    static final int UNKNOWN_TYPE = -1;
    private static final byte SMALL_INT = 1;
    private static final byte CONST = 2;
    private static final byte NOT_NULL = 4;

    private final ValueModel values;
    private int[] types = new int[64];
    private byte[] flags = new byte[64];
    private long[] constants = new long[64];
    private int count;
    /** What replace_op asked for while the current uop's abstract case ran; -1: nothing. */
    private int replacement = -1;
    /** The operand replace_op_operand gave the replacement; meaningful only when {@link #replacesOperand}. */
    private long replacementOperand;
    private boolean replacesOperand;

    protected Symbols(ValueModel values) {
        this.values = values;
    }

    /** Facts of one symbol, to carry knowledge from one pass to the next. */
    record Fact(int type, byte flags, long value) {
        static final Fact NONE = new Fact(UNKNOWN_TYPE, (byte) 0, 0);

        /** What both facts say: the knowledge that holds on either path. */
        Fact meet(Fact other) {
            int type = this.type == other.type ? this.type : UNKNOWN_TYPE;
            byte both = (byte) (flags & other.flags);
            if ((both & CONST) != 0 && value != other.value) {
                both &= ~CONST;
            }
            return new Fact(type, both, (both & CONST) != 0 ? value : 0);
        }

        /** Whether knowing this implies knowing {@code weaker}. */
        boolean implies(Fact weaker) {
            return (weaker.type == UNKNOWN_TYPE || weaker.type == type)
                    && (weaker.flags & ~flags) == 0
                    && ((weaker.flags & CONST) == 0 || weaker.value == value);
        }
    }

    Fact fact(long sym) {
        int s = (int) sym;
        return new Fact(types[s], flags[s], constants[s]);
    }

    long withFact(Fact fact) {
        long sym = unknown();
        types[(int) sym] = fact.type();
        flags[(int) sym] = fact.flags();
        constants[(int) sym] = fact.value();
        return sym;
    }

    boolean isConst(long sym) {
        return (flags[(int) sym] & CONST) != 0;
    }

    long constValue(long sym) {
        return constants[(int) sym];
    }

    /** Whether a constant may be folded and be folding's result (see {@link ValueModel#needsNoHeap}). */
    boolean needsNoHeap(long value) {
        return values.needsNoHeap(value);
    }

    int takeReplacement() {
        int r = replacement;
        replacement = -1;
        return r;
    }

    /** Whether the replacement comes with a new operand ({@link #takeReplacementOperand}). */
    boolean replacesOperand() {
        return replacesOperand;
    }

    long takeReplacementOperand() {
        replacesOperand = false;
        return replacementOperand;
    }

    @Override
    public long unknown() {
        if (count == types.length) {
            int n = count * 2;
            types = Arrays.copyOf(types, n);
            flags = Arrays.copyOf(flags, n);
            constants = Arrays.copyOf(constants, n);
        }
        types[count] = UNKNOWN_TYPE;
        flags[count] = 0;
        constants[count] = 0;
        return count++;
    }

    /** {@code extern sym_has_type}: known to be of that type. */
    public boolean symHasType(long sym, long type) {
        return types[(int) sym] == type;
    }

    /** {@code extern sym_is_small_int} */
    public boolean symIsSmallInt(long sym) {
        return (flags[(int) sym] & SMALL_INT) != 0;
    }

    /** {@code extern sym_is_bits}: known to be exactly that word. */
    public boolean symIsBits(long sym, long bits) {
        return isConst(sym) && constants[(int) sym] == bits;
    }

    /** {@code extern sym_is_null}: known to be NULL. */
    public boolean symIsNull(long sym) {
        return symIsBits(sym, values.nullBits());
    }

    /** {@code extern sym_is_not_null}: known not to be NULL (any value of a known type). */
    public boolean symIsNotNull(long sym) {
        return (flags[(int) sym] & NOT_NULL) != 0;
    }

    /** {@code extern sym_set_type}: from now on known to be of that type. */
    public void symSetType(long sym, long type) {
        types[(int) sym] = (int) type;
        flags[(int) sym] |= NOT_NULL; // every value of a type is an object
    }

    /** {@code extern sym_set_small_int} */
    public void symSetSmallInt(long sym) {
        symSetType(sym, values.smallIntType());
        flags[(int) sym] |= SMALL_INT;
    }

    /** {@code extern sym_new_not_null}: a new symbol known only not to be NULL. */
    public long symNewNotNull() {
        long sym = unknown();
        flags[(int) sym] |= NOT_NULL;
        return sym;
    }

    /** {@code extern sym_new_type}: a new symbol of a known type, value unknown. */
    public long symNewType(long type) {
        long sym = unknown();
        symSetType(sym, type);
        return sym;
    }

    /** {@code extern sym_new_small_int} */
    public long symNewSmallInt() {
        long sym = unknown();
        symSetSmallInt(sym);
        return sym;
    }

    /** {@code extern sym_new_const}: a new symbol of a known value (and so type). */
    public long symNewConst(long value) {
        long sym = unknown();
        int s = (int) sym;
        flags[s] = CONST;
        constants[s] = value;
        if (values.isSmallInt(value)) {
            symSetSmallInt(sym);
        } else if (value != values.nullBits()) {
            symSetType(sym, values.typeOf(value));
        }
        return sym;
    }

    /** {@code extern replace_op}: rewrite the uop being interpreted. */
    public void replaceOp(long uop) {
        replacement = (int) uop;
    }

    /** {@code extern replace_op_operand}: ... with a new operand as well. */
    public void replaceOpOperand(long uop, long operand) {
        replacement = (int) uop;
        replacementOperand = operand;
        replacesOperand = true;
    }
}
