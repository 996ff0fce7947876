package dev.bytecodedsl.generate.tier2;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.analysis.CacheSlot;
import dev.bytecodedsl.analysis.Op;
import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Stmt;
import dev.bytecodedsl.generate.java.BodyLowering;
import dev.bytecodedsl.generate.java.Labels;
import dev.bytecodedsl.generate.java.OpEmitter;
import dev.bytecodedsl.generate.java.StackAccess;

/**
 * Tier 2's meaning of an op as a uop: its one cache entry is the trace's operand for it, a failed
 * guard leaves the trace (tier 1 resumes at the uop's instruction, whose stack is exactly what the
 * uop found, because guards come before anything that writes), and errors leave through a label.
 */
record Tier2Tier(Labels labels) implements OpEmitter.Tier {

    static final String OPERAND = "__operand";
    private static final String S = OpEmitter.REGISTERS;

    @Override
    public String readCache(CacheSlot cache) {
        return OPERAND;
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new BodyLowering.SpecialStatements() {
            @Override
            public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
                out.beginControlFlow("if ($L)", condition);
                switch (kind) {
                    case DEOPT, EXIT -> out.addStatement("return $L", UopInterpreterFile.EXIT);
                    case ERROR -> {
                        out.addStatement("$L.sp = $L", S, stack.at(popped.negate()));
                        out.addStatement("return $L", labels.status(Labels.ERROR));
                    }
                }
                out.endControlFlow();
            }

            @Override
            public void errorNoPop(CodeBlock.Builder out) {
                out.addStatement("$L.sp = $L", S, OpEmitter.SP);
                out.addStatement("return $L", labels.status(Labels.ERROR));
            }

            @Override
            public void jumpBy(CodeBlock.Builder out, String offset) {
                throw notATraceUop("JUMPBY");
            }

            @Override
            public void dispatchSameOparg(CodeBlock.Builder out) {
                throw notATraceUop("DISPATCH_SAME_OPARG");
            }

            @Override
            public void checkEvalBreaker(CodeBlock.Builder out) {
                out.addStatement("$L = true", OpEmitter.BREAKER);
            }

            @Override
            public void gotoLabel(CodeBlock.Builder out, String label) {
                out.addStatement("$L.sp = $L", S, OpEmitter.SP);
                out.addStatement("return $L", labels.status(label));
            }

            @Override
            public void beforeEscapingCall(CodeBlock.Builder out) {
                out.addStatement("$L.ctx.saveState($L.ip, $L.ip, $L)", S, S, S, OpEmitter.SP);
            }

            /** The analyzer marks such ops not tier-2 viable, so they never become uops. */
            private IllegalStateException notATraceUop(String statement) {
                return new IllegalStateException(op.name() + " uses " + statement + " but is a uop");
            }
        };
    }
}
