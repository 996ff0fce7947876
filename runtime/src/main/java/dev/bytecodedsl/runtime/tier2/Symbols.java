package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.SymbolContext;

import java.util.Arrays;
import java.util.function.LongToIntFunction;

/**
 * The optimizer's symbol table: what is known about each value a trace computes. A symbol is an
 * index into parallel arrays (type; flags: small int, constant, not NULL; constant value; a known
 * NULL is the constant NULL_BITS), handed to the generated abstract
 * interpreter as a {@code long}; facts only grow on a symbol while one pass runs (a guard that
 * stays makes its operand's type known from then on).
 */
final class Symbols implements SymbolContext {
    static final int UNKNOWN_TYPE = -1;
    private static final byte SMALL_INT = 1;
    private static final byte CONST = 2;
    private static final byte NOT_NULL = 4;

    private final LongToIntFunction typeTag;
    private int[] types = new int[64];
    private byte[] flags = new byte[64];
    private long[] values = new long[64];
    private int count;
    /** What replace_op asked for while the current uop's abstract case ran; -1: nothing. */
    private int replacement = -1;
    /** The operand replace_op_operand gave the replacement; meaningful only when {@link #replacesOperand}. */
    private long replacementOperand;
    private boolean replacesOperand;

    /** @param typeTag the TYPE_* of a constant that is a heap object */
    Symbols(LongToIntFunction typeTag) {
        this.typeTag = typeTag;
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
        return new Fact(types[s], flags[s], values[s]);
    }

    long withFact(Fact fact) {
        long sym = unknown();
        types[(int) sym] = fact.type();
        flags[(int) sym] = fact.flags();
        values[(int) sym] = fact.value();
        return sym;
    }

    boolean isConst(long sym) {
        return (flags[(int) sym] & CONST) != 0;
    }

    long constValue(long sym) {
        return values[(int) sym];
    }

    int takeReplacement() {
        int r = replacement;
        replacement = -1;
        return r;
    }

    @Override
    public long unknown() {
        if (count == types.length) {
            int n = count * 2;
            types = Arrays.copyOf(types, n);
            flags = Arrays.copyOf(flags, n);
            values = Arrays.copyOf(values, n);
        }
        types[count] = UNKNOWN_TYPE;
        flags[count] = 0;
        values[count] = 0;
        return count++;
    }

    @Override
    public boolean symHasType(long sym, long type) {
        return types[(int) sym] == type;
    }

    @Override
    public boolean symIsSmallInt(long sym) {
        return (flags[(int) sym] & SMALL_INT) != 0;
    }

    @Override
    public boolean symIsBits(long sym, long bits) {
        return isConst(sym) && values[(int) sym] == bits;
    }

    @Override
    public boolean symIsNull(long sym) {
        return symIsBits(sym, DslConstants.NULL_BITS);
    }

    @Override
    public boolean symIsNotNull(long sym) {
        return (flags[(int) sym] & NOT_NULL) != 0;
    }

    @Override
    public void symSetType(long sym, long type) {
        types[(int) sym] = (int) type;
        flags[(int) sym] |= NOT_NULL; // every value of a type is an object
    }

    @Override
    public void symSetSmallInt(long sym) {
        symSetType(sym, DslConstants.TYPE_INT);
        flags[(int) sym] |= SMALL_INT;
    }

    @Override
    public long symNewNotNull() {
        long sym = unknown();
        flags[(int) sym] |= NOT_NULL;
        return sym;
    }

    @Override
    public long symNewType(long type) {
        long sym = unknown();
        symSetType(sym, type);
        return sym;
    }

    @Override
    public long symNewSmallInt() {
        long sym = unknown();
        symSetSmallInt(sym);
        return sym;
    }

    @Override
    public long symNewConst(long value) {
        long sym = unknown();
        int s = (int) sym;
        flags[s] = CONST;
        values[s] = value;
        if (isSmallInt(value)) {
            symSetSmallInt(sym);
        } else if (value != DslConstants.NULL_BITS) {
            symSetType(sym, isImmediate(value) ? immediateType(value) : typeTag.applyAsInt(value));
        }
        return sym;
    }

    @Override
    public void replaceOp(long uop) {
        replacement = (int) uop;
    }

    @Override
    public void replaceOpOperand(long uop, long operand) {
        replacement = (int) uop;
        replacementOperand = operand;
        replacesOperand = true;
    }

    /** Whether the replacement comes with a new operand ({@link #takeReplacementOperand}). */
    boolean replacesOperand() {
        return replacesOperand;
    }

    long takeReplacementOperand() {
        replacesOperand = false;
        return replacementOperand;
    }

    static boolean isSmallInt(long value) {
        return (value & DslConstants.SMALL_INT_TAG) != 0;
    }

    static boolean isImmediate(long value) {
        return (value & DslConstants.TAG_MASK) == DslConstants.IMMEDIATE_TAG;
    }

    /** A word that needs no heap object: folding may only produce these (nothing to allocate or keep alive). */
    static boolean needsNoHeap(long value) {
        return isSmallInt(value) || isImmediate(value);
    }

    private static int immediateType(long value) {
        return (int) (value == DslConstants.NONE_BITS ? DslConstants.TYPE_NONE : DslConstants.TYPE_BOOL);
    }
}
