package dev.bytecodedsl.cases.generate.tier2;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.java.BodyLowering;
import dev.bytecodedsl.cases.generate.java.InstructionExits;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.StackAccess;

/**
 * Tier 2's meaning of an op as a uop: its one cache entry is the trace's operand for it, a failed
 * guard leaves the trace (tier 1 resumes at the uop's instruction, whose stack is exactly what the
 * uop found, because guards come before anything that writes), and errors leave through a label.
 */
record UopSemantics(Labels labels) implements OpEmitter.Semantics {

    @Override
    public String readCache(CacheSlot cache) {
        return OpEmitter.OPERAND;
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new InstructionExits(labels, stack, popped) {
            @Override
            protected void guardFailed(CodeBlock.Builder out, Stmt.ExitKind kind) {
                out.addStatement("return $L", UopInterpreterFile.EXIT);
            }

            @Override
            public void jumpBy(CodeBlock.Builder out, Stmt.JumpBy statement, String offset) {
                throw notATraceUop("JUMPBY");
            }

            @Override
            public void dispatchSameOparg(CodeBlock.Builder out, Stmt.DispatchSameOparg statement) {
                throw notATraceUop("DISPATCH_SAME_OPARG");
            }

            @Override
            public void dispatchExtendedOparg(CodeBlock.Builder out, Stmt.DispatchExtendedOparg statement) {
                throw notATraceUop("DISPATCH_EXTENDED_OPARG");
            }

            // The trace goes on in the new frame: its next uop was projected from the code running there.
            @Override
            public void reloadFrame(CodeBlock.Builder out) {
                out.addStatement("$L.reload()", S);
                out.addStatement("return $L", UopInterpreterFile.NEXT);
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
