package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.AbstractInterpreter;
import dev.bytecodedsl.generated.SymbolContext;
import dev.bytecodedsl.kit.optimizer.AbstractFrame;
import dev.bytecodedsl.kit.optimizer.AbstractInterpretation;
import dev.bytecodedsl.kit.optimizer.Symbols;
import dev.bytecodedsl.kit.optimizer.ValueModel;

import java.lang.foreign.MemorySegment;

/**
 * Python's generated abstract interpreter (from bytecodes.def and optimizer.def) for the kit's
 * optimizer. optimizer.def declares only helpers the kit's symbol table has, so its symbols are the
 * kit's, seen through the generated {@link SymbolContext}.
 */
final class PyAbstractInterpretation implements AbstractInterpretation<PyAbstractInterpretation.PySymbols> {
    static final PyAbstractInterpretation INSTANCE = new PyAbstractInterpretation();

    /** The kit's symbol table as optimizer.def's abstract cases call it. */
    static final class PySymbols extends Symbols implements SymbolContext {
        PySymbols(ValueModel values) {
            super(values);
        }
    }

    private PyAbstractInterpretation() {
    }

    @Override
    public PySymbols newSymbols(ValueModel values) {
        return new PySymbols(values);
    }

    @Override
    public void execute(AbstractFrame<PySymbols> frame, int uop, int oparg, long operand) {
        AbstractInterpreter.execute(frame, uop, oparg, operand);
    }

    @Override
    public boolean fold(int uop, int oparg, long operand, MemorySegment stack, int sp) {
        return AbstractInterpreter.fold(uop, oparg, operand, stack, sp);
    }
}
