package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.generate.java.BodyLowering;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.RejectingStatements;
import dev.bytecodedsl.cases.generate.java.StackAccess;
import dev.bytecodedsl.grammar.ast.Stmt;

/**
 * The abstract interpreter's meaning of an op, for the two kinds of body it lowers: abstract cases
 * (overrides and plain moves), which never leave (the analyzer rejects exits in overrides, and moves
 * have none), and folds, where a failed guard or an error means "cannot fold" ({@code return false}).
 * The operand is the trace's, as in the uop interpreter.
 */
record AbstractSemantics(boolean folding) implements OpEmitter.Semantics {

    @Override
    public String readCache(CacheSlot cache) {
        return OpEmitter.OPERAND;
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new RejectingStatements() {
            @Override
            public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
                if (!folding) {
                    throw unsupported(kind + "_IF");
                }
                out.beginControlFlow("if ($L)", condition).addStatement("return false").endControlFlow();
            }

            /** The analyzer and BodyShapes keep such bodies out; reaching one is a generator bug. */
            @Override
            protected IllegalStateException unsupported(String statement) {
                return new IllegalStateException(op.name() + ": " + statement + " in an abstract case or fold");
            }
        };
    }
}
