package dev.bytecodedsl.kit.optimizer;

/**
 * The one thing every abstract case may ask of a symbol table: a fresh symbol nothing is known about
 * (default cases push it; {@link AbstractFrame#forgetLocals} fills the locals with it). A DSL's
 * generated {@code SymbolContext} extends this with the symbol helpers its overrides file declares.
 */
public interface SymbolSource {
    /** A new symbol nothing is known about. */
    long unknown();
}
