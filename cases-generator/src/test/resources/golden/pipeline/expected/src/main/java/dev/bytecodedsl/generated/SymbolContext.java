// Generated from input.def by the cases generator (optimizer). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.optimizer.SymbolSource;

/**
 * The optimizer's symbols, for the abstract interpreter: a symbol is a {@code long} id that
 * stands for a value the trace will compute, with what is known about it (type, constant
 * value, null or not). The methods are the {@code extern}s of the overrides files.
 */
public interface SymbolContext extends SymbolSource {
}
