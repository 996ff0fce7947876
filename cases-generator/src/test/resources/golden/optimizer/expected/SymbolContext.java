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
     * {@code sym_is_small_int} (overrides.def:2:13)
     */
    boolean symIsSmallInt(long sym);

    /**
     * {@code sym_set_small_int} (overrides.def:3:13)
     */
    void symSetSmallInt(long sym);

    /**
     * {@code sym_new_small_int} (overrides.def:4:14)
     */
    long symNewSmallInt();

    /**
     * {@code replace_op} (overrides.def:5:13)
     */
    void replaceOp(long uop);
}
