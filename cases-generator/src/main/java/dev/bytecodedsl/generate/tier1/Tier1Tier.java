package dev.bytecodedsl.generate.tier1;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.analysis.CacheSlot;
import dev.bytecodedsl.analysis.Instruction;
import dev.bytecodedsl.analysis.Op;
import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Stmt;
import dev.bytecodedsl.generate.java.BodyLowering;
import dev.bytecodedsl.generate.java.Labels;
import dev.bytecodedsl.generate.java.OpEmitter;
import dev.bytecodedsl.generate.java.StackAccess;

/**
 * Tier 1's meaning of an op inside an instruction: cache entries are read from the code units
 * after the instruction, a failed guard re-executes the instruction as its family head, JUMPBY
 * moves the next instruction, and errors and labels leave through a status code.
 *
 * @param cacheOffset where the op's cache starts, in code units from the instruction's first cache unit
 */
record Tier1Tier(Instruction instruction, Labels labels, int cacheOffset) implements OpEmitter.Tier {

    private static final String S = OpEmitter.REGISTERS;

    @Override
    public String readCache(CacheSlot cache) {
        String at = OpEmitter.IP + " + 1 + " + (cacheOffset + cache.offset());
        return switch (cache.size()) {
            case 1 -> S + ".code[" + at + "]";
            case 2 -> "read32(" + S + ".code, " + at + ")";
            case 4 -> "read64(" + S + ".code, " + at + ")";
            default -> throw new IllegalStateException("cache entries are 1, 2 or 4 units, not " + cache.size());
        };
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new BodyLowering.SpecialStatements() {
            @Override
            public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
                out.beginControlFlow("if ($L)", condition);
                switch (kind) {
                    // Tier 1 has no trace to leave: both re-execute the instruction as its generic
                    // form, whose counter decides when to specialize again.
                    case DEOPT, EXIT -> {
                        String head = instruction.family().orElseThrow(() -> new IllegalStateException(
                                instruction.name() + " deoptimizes but belongs to no family"));
                        out.addStatement("if ($L.stats) $L.ctx.countMiss(Opcodes.$L)", S, S, instruction.name());
                        out.addStatement("return $L($L, oparg)", head, S);
                    }
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
                out.addStatement("$L = $L + (int) $L", OpEmitter.NEXT, OpEmitter.AFTER, offset);
            }

            @Override
            public void dispatchSameOparg(CodeBlock.Builder out) {
                out.addStatement("return $L", Tier1InterpreterFile.DISPATCH_SAME);
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
                out.addStatement("$L.ctx.saveState($L, $L, $L)", S, OpEmitter.IP, OpEmitter.AFTER, OpEmitter.SP);
            }
        };
    }
}
