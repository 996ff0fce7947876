package dev.bytecodedsl.kit.optimizer;

import java.lang.foreign.MemorySegment;

/**
 * A DSL's generated {@code AbstractInterpreter}, as the kit's {@link TraceOptimizer} calls it. A VM
 * implements it in a few lines: {@link #newSymbols} returns its subclass of {@link Symbols} that
 * implements the generated {@code SymbolContext} (the kit's symbol table already has every helper
 * the common overrides declare), the other two methods delegate to the generated statics.
 *
 * @param <S> the VM's symbol table
 */
public interface AbstractInterpretation<S extends Symbols> {
    /** A fresh symbol table over the VM's values. */
    S newSymbols(ValueModel values);

    /** Runs {@code uop}'s abstract case on {@code frame} ({@code AbstractInterpreter.execute}). */
    void execute(AbstractFrame<S> frame, int uop, int oparg, long operand);

    /**
     * Runs a foldable uop's own body on the constant inputs below {@code sp} in {@code stack}; true
     * with its one output in their place, false when it is not foldable or would leave the trace
     * ({@code AbstractInterpreter.fold}).
     */
    boolean fold(int uop, int oparg, long operand, MemorySegment stack, int sp);
}
