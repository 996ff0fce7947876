package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.grammar.ast.Stmt;

/**
 * Special statements for bodies where the analyzer allows none (labels, optimizer overrides):
 * reaching one is a generator bug, reported by {@link #unsupported}. Subclasses accept the few they
 * give a meaning to by overriding them.
 */
public abstract class RejectingStatements implements BodyLowering.SpecialStatements {

    /** The exception for {@code statement} where this body may not use it. */
    protected abstract IllegalStateException unsupported(String statement);

    @Override
    public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
        throw unsupported(kind.name() + "_IF");
    }

    @Override
    public void errorNoPop(CodeBlock.Builder out) {
        throw unsupported("ERROR_NO_POP");
    }

    @Override
    public void jumpBy(CodeBlock.Builder out, Stmt.JumpBy statement, String offset) {
        throw unsupported("JUMPBY");
    }

    @Override
    public void dispatchSameOparg(CodeBlock.Builder out, Stmt.DispatchSameOparg statement) {
        throw unsupported("DISPATCH_SAME_OPARG");
    }

    @Override
    public void dispatchExtendedOparg(CodeBlock.Builder out, Stmt.DispatchExtendedOparg statement) {
        throw unsupported("DISPATCH_EXTENDED_OPARG");
    }

    @Override
    public void checkEvalBreaker(CodeBlock.Builder out) {
        throw unsupported("CHECK_EVAL_BREAKER");
    }

    @Override
    public void reloadFrame(CodeBlock.Builder out) {
        throw unsupported("RELOAD_FRAME");
    }

    @Override
    public void gotoLabel(CodeBlock.Builder out, String label) {
        throw unsupported("goto");
    }

    @Override
    public void beforeEscapingCall(CodeBlock.Builder out) {
        throw unsupported("an escaping call");
    }
}
