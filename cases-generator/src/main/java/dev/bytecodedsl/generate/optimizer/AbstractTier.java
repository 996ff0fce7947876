package dev.bytecodedsl.generate.optimizer;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.analysis.CacheSlot;
import dev.bytecodedsl.analysis.Op;
import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Stmt;
import dev.bytecodedsl.generate.java.BodyLowering;
import dev.bytecodedsl.generate.java.OpEmitter;
import dev.bytecodedsl.generate.java.StackAccess;

/**
 * The abstract interpreter's meaning of an op, for the two kinds of body it lowers: abstract cases
 * (overrides and plain moves), which never leave (the analyzer rejects exits in overrides, and moves
 * have none), and folds, where a failed guard or an error means "cannot fold" ({@code return false}).
 * The operand is the trace's, as in the uop interpreter.
 */
record AbstractTier(boolean folding) implements OpEmitter.Tier {

    static final String OPERAND = "__operand";

    @Override
    public String readCache(CacheSlot cache) {
        return OPERAND;
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new BodyLowering.SpecialStatements() {
            @Override
            public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
                if (!folding) {
                    throw unsupported(kind + "_IF");
                }
                out.beginControlFlow("if ($L)", condition).addStatement("return false").endControlFlow();
            }

            @Override
            public void errorNoPop(CodeBlock.Builder out) {
                throw unsupported("ERROR_NO_POP");
            }

            @Override
            public void jumpBy(CodeBlock.Builder out, String offset) {
                throw unsupported("JUMPBY");
            }

            @Override
            public void dispatchSameOparg(CodeBlock.Builder out) {
                throw unsupported("DISPATCH_SAME_OPARG");
            }

            @Override
            public void dispatchExtendedOparg(CodeBlock.Builder out) {
                throw unsupported("DISPATCH_EXTENDED_OPARG");
            }

            @Override
            public void checkEvalBreaker(CodeBlock.Builder out) {
                throw unsupported("CHECK_EVAL_BREAKER");
            }

            @Override
            public void gotoLabel(CodeBlock.Builder out, String label) {
                throw unsupported("goto");
            }

            @Override
            public void beforeEscapingCall(CodeBlock.Builder out) {
                throw unsupported("an escaping call");
            }

            /** The analyzer and BodyShapes keep such bodies out; reaching one is a generator bug. */
            private IllegalStateException unsupported(String statement) {
                return new IllegalStateException(op.name() + ": " + statement + " in an abstract case or fold");
            }
        };
    }
}
