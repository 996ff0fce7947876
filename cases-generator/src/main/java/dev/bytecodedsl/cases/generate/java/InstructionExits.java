package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.Stmt;

/**
 * The special statements both interpreters lower alike: an error pops the op's inputs and leaves
 * through the error label, {@code goto} leaves through its label with the stack as it is, and the
 * eval breaker is checked once the op has finished. Each tier supplies what differs: failed guards,
 * jumps, re-dispatch and the state saved before escaping calls.
 */
public abstract class InstructionExits implements BodyLowering.SpecialStatements {

    protected static final String S = OpEmitter.REGISTERS;

    private final Labels labels;
    private final StackAccess stack;
    private final StackSize popped;

    protected InstructionExits(Labels labels, StackAccess stack, StackSize popped) {
        this.labels = labels;
        this.stack = stack;
        this.popped = popped;
    }

    /** What a failed DEOPT_IF or EXIT_IF does, inside the {@code if}. */
    protected abstract void guardFailed(CodeBlock.Builder out, Stmt.ExitKind kind);

    @Override
    public final void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
        out.beginControlFlow("if ($L)", condition);
        if (kind == Stmt.ExitKind.ERROR) {
            out.addStatement("$L.sp = $L", S, stack.at(popped.negate()));
            out.addStatement("return $L", labels.status(Labels.ERROR));
        } else {
            guardFailed(out, kind);
        }
        out.endControlFlow();
    }

    @Override
    public final void errorNoPop(CodeBlock.Builder out) {
        gotoLabel(out, Labels.ERROR);
    }

    @Override
    public final void checkEvalBreaker(CodeBlock.Builder out) {
        out.addStatement("$L = true", OpEmitter.BREAKER);
    }

    @Override
    public final void gotoLabel(CodeBlock.Builder out, String label) {
        out.addStatement("$L.sp = $L", S, OpEmitter.SP);
        out.addStatement("return $L", labels.status(label));
    }
}
