package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.grammar.ast.Definition;

/**
 * Special statements in a label body. A label runs after its instruction left, with the registers
 * holding the failing instruction and its stack pointer, so only helper calls make sense there; the
 * analyzer rejects the instruction-only statements, and reaching one here is a generator bug.
 */
final class LabelStatements extends RejectingStatements {

    private final Definition.LabelDef label;

    LabelStatements(Definition.LabelDef label) {
        this.label = label;
    }

    @Override
    public void beforeEscapingCall(CodeBlock.Builder out) {
        out.addStatement("$L.ctx.saveState($L.ip, $L.ip, $L.sp)", OpEmitter.REGISTERS, OpEmitter.REGISTERS,
                OpEmitter.REGISTERS, OpEmitter.REGISTERS);
    }

    @Override
    protected IllegalStateException unsupported(String statement) {
        return new IllegalStateException(statement + " in label " + label.name());
    }
}
