// Generated from bytecodes.def by the cases generator (optimizer). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.optimizer.AbstractFrame;
import dev.bytecodedsl.kit.optimizer.AbstractInterpretation;
import dev.bytecodedsl.kit.optimizer.Symbols;
import dev.bytecodedsl.kit.optimizer.ValueModel;
import java.lang.foreign.MemorySegment;

/**
 * This DSL's abstract interpreter for the runtime kit's optimizer:
 * {@code new TraceOptimizer<>(GeneratedInstructionSet.INSTANCE, INSTANCE)}.
 */
public final class GeneratedAbstractInterpretation implements AbstractInterpretation<GeneratedAbstractInterpretation.DslSymbols> {
    public static final GeneratedAbstractInterpretation INSTANCE = new GeneratedAbstractInterpretation();

    private GeneratedAbstractInterpretation() {
    }

    @Override
    public DslSymbols newSymbols(ValueModel values) {
        return new DslSymbols(values);
    }

    @Override
    public void execute(AbstractFrame<DslSymbols> frame, int uop, int oparg, long operand) {
        AbstractInterpreter.execute(frame, uop, oparg, operand);
    }

    @Override
    public boolean fold(int uop, int oparg, long operand, MemorySegment stack, int sp) {
        return AbstractInterpreter.fold(uop, oparg, operand, stack, sp);
    }

    /**
     * The kit's symbol table, as this DSL's abstract cases call it.
     */
    public static final class DslSymbols extends Symbols implements SymbolContext {
        DslSymbols(ValueModel values) {
            super(values);
        }
    }
}
