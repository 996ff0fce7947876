// Generated from bytecodes.def by the cases generator (optimizer). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.optimizer.SymbolSource;

/**
 * The optimizer's symbols, for the abstract interpreter: a symbol is a {@code long} id that
 * stands for a value the trace will compute, with what is known about it (type, constant
 * value, null or not). The methods are the {@code extern}s of the overrides files.
 */
public interface SymbolContext extends SymbolSource {
    /**
     * {@code extern replace_op}
     */
    void replaceOp(long uop);

    /**
     * {@code extern replace_op_operand}
     */
    void replaceOpOperand(long uop, long operand);

    /**
     * {@code extern sym_has_type}
     */
    boolean symHasType(long sym, long type);

    /**
     * {@code extern sym_is_bits}
     */
    boolean symIsBits(long sym, long bits);

    /**
     * {@code extern sym_is_not_null}
     */
    boolean symIsNotNull(long sym);

    /**
     * {@code extern sym_is_null}
     */
    boolean symIsNull(long sym);

    /**
     * {@code extern sym_is_small_int}
     */
    boolean symIsSmallInt(long sym);

    /**
     * {@code extern sym_new_const}
     */
    long symNewConst(long value);

    /**
     * {@code extern sym_new_not_null}
     */
    long symNewNotNull();

    /**
     * {@code extern sym_new_small_int}
     */
    long symNewSmallInt();

    /**
     * {@code extern sym_new_type}
     */
    long symNewType(long type);

    /**
     * {@code extern sym_set_small_int}
     */
    void symSetSmallInt(long sym);

    /**
     * {@code extern sym_set_type}
     */
    void symSetType(long sym, long type);
}
