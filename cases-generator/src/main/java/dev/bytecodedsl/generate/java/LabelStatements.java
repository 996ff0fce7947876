package dev.bytecodedsl.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.ast.Definition;
import dev.bytecodedsl.ast.Stmt;

/**
 * Special statements in a label body. A label runs after its instruction left, with the registers
 * holding the failing instruction and its stack pointer, so only helper calls make sense there; the
 * analyzer rejects the instruction-only statements, and reaching one here is a generator bug.
 */
record LabelStatements(Definition.LabelDef label) implements BodyLowering.SpecialStatements {

    @Override
    public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
        throw unsupported(kind.name() + "_IF");
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
    public void gotoLabel(CodeBlock.Builder out, String target) {
        throw unsupported("goto");
    }

    @Override
    public void beforeEscapingCall(CodeBlock.Builder out) {
        out.addStatement("$L.ctx.saveState($L.ip, $L.ip, $L.sp)", OpEmitter.REGISTERS, OpEmitter.REGISTERS,
                OpEmitter.REGISTERS, OpEmitter.REGISTERS);
    }

    private IllegalStateException unsupported(String statement) {
        return new IllegalStateException(statement + " in label " + label.name());
    }
}
