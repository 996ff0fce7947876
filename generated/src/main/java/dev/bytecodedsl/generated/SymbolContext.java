// Generated from bytecodes.def by the cases generator (optimizer). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The optimizer's symbols, for the abstract interpreter: a symbol is a {@code long} id that
 * stands for a value the trace will compute, with what is known about it (type, constant
 * value, null or not). The methods are the {@code extern}s of the overrides files.
 */
public interface SymbolContext {
    /**
     * A new symbol nothing is known about (outputs of default abstract cases).
     */
    long unknown();

    /**
     * {@code sym_has_type} (optimizer.def:22:13)
     */
    boolean symHasType(long sym, long type);

    /**
     * {@code sym_is_small_int} (optimizer.def:23:13)
     */
    boolean symIsSmallInt(long sym);

    /**
     * {@code sym_is_bits} (optimizer.def:24:13)
     */
    boolean symIsBits(long sym, long bits);

    /**
     * {@code sym_is_null} (optimizer.def:25:13)
     */
    boolean symIsNull(long sym);

    /**
     * {@code sym_is_not_null} (optimizer.def:26:13)
     */
    boolean symIsNotNull(long sym);

    /**
     * {@code sym_set_type} (optimizer.def:27:13)
     */
    void symSetType(long sym, long type);

    /**
     * {@code sym_set_small_int} (optimizer.def:28:13)
     */
    void symSetSmallInt(long sym);

    /**
     * {@code sym_new_type} (optimizer.def:29:14)
     */
    long symNewType(long type);

    /**
     * {@code sym_new_small_int} (optimizer.def:30:14)
     */
    long symNewSmallInt();

    /**
     * {@code sym_new_const} (optimizer.def:31:14)
     */
    long symNewConst(long value);

    /**
     * {@code sym_new_not_null} (optimizer.def:32:14)
     */
    long symNewNotNull();

    /**
     * {@code replace_op} (optimizer.def:33:13)
     */
    void replaceOp(long uop);

    /**
     * {@code replace_op_operand} (optimizer.def:34:13)
     */
    void replaceOpOperand(long uop, long operand);
}
