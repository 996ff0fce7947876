package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.AbstractInterpreter;
import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.examples.stackvm.generated.SymbolContext;
import dev.bytecodedsl.kit.optimizer.AbstractFrame;
import dev.bytecodedsl.kit.optimizer.AbstractInterpretation;
import dev.bytecodedsl.kit.optimizer.CodeContext;
import dev.bytecodedsl.kit.optimizer.Symbols;
import dev.bytecodedsl.kit.optimizer.TraceOptimizer;
import dev.bytecodedsl.kit.optimizer.ValueModel;
import dev.bytecodedsl.kit.trace.Optimizer;

import java.lang.foreign.MemorySegment;

/**
 * The runtime kit's trace optimizer bound to this machine: the generated abstract interpreter
 * (stackvm.def plus optimizer.def), the kit's symbol table as its {@code SymbolContext}, and what
 * the kit must know of this machine's values (every value is a small integer; no heap).
 */
final class StackOptimizer implements AbstractInterpretation<StackOptimizer.StackSymbols> {
    private static final StackOptimizer INSTANCE = new StackOptimizer();

    /** The one type tag: every value of this machine is a small integer. */
    private static final int SMALL_INT_TYPE = 0;

    /** The kit's symbol table, as optimizer.def's abstract cases call it (they use only helpers it has). */
    static final class StackSymbols extends Symbols implements SymbolContext {
        StackSymbols(ValueModel values) {
            super(values);
        }
    }

    private static final ValueModel VALUES = new ValueModel() {
        @Override
        public long nullBits() {
            return 0;
        }

        @Override
        public int smallIntType() {
            return SMALL_INT_TYPE;
        }

        @Override
        public boolean isSmallInt(long value) {
            return Values.isSmall(value);
        }

        @Override
        public int typeOf(long value) {
            return SMALL_INT_TYPE; // no other values exist
        }

        @Override
        public boolean needsNoHeap(long value) {
            return true;
        }
    };

    private StackOptimizer() {
    }

    /** What the kit's trace engine runs on the traces of {@code program} before installing them. */
    static Optimizer forProgram(Program program) {
        CodeContext code = new CodeContext() {
            @Override
            public long[] consts() {
                return program.consts();
            }

            @Override
            public long[] names() {
                return new long[0]; // stackvm.def has no names
            }

            @Override
            public int localCount() {
                return program.localCount();
            }

            @Override
            public ValueModel values() {
                return VALUES;
            }
        };
        return new TraceOptimizer<>(GeneratedInstructionSet.INSTANCE, INSTANCE).forCode(code);
    }

    @Override
    public StackSymbols newSymbols(ValueModel values) {
        return new StackSymbols(values);
    }

    @Override
    public void execute(AbstractFrame<StackSymbols> frame, int uop, int oparg, long operand) {
        AbstractInterpreter.execute(frame, uop, oparg, operand);
    }

    @Override
    public boolean fold(int uop, int oparg, long operand, MemorySegment stack, int sp) {
        return AbstractInterpreter.fold(uop, oparg, operand, stack, sp);
    }
}
