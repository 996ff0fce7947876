package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.GeneratedAbstractInterpretation;
import dev.bytecodedsl.examples.stackvm.generated.GeneratedInstructionSet;
import dev.bytecodedsl.kit.optimizer.CodeContext;
import dev.bytecodedsl.kit.optimizer.TraceOptimizer;
import dev.bytecodedsl.kit.optimizer.ValueModel;
import dev.bytecodedsl.kit.trace.Optimizer;

/**
 * The runtime kit's trace optimizer bound to this machine: the generated abstract interpreter
 * (stackvm.def plus optimizer.def, bound by the generated {@code GeneratedAbstractInterpretation}),
 * what the kit must know of this machine's values (every value is a small integer; no heap) and of
 * a program (its constants and locals).
 */
final class StackOptimizer {
    /** The one type tag: every value of this machine is a small integer. */
    private static final int SMALL_INT_TYPE = 0;

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
        return new TraceOptimizer<>(GeneratedInstructionSet.INSTANCE, GeneratedAbstractInterpretation.INSTANCE)
                .forCode(code);
    }
}
