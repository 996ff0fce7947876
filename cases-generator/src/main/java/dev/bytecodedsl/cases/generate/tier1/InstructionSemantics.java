package dev.bytecodedsl.cases.generate.tier1;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.java.BodyLowering;
import dev.bytecodedsl.cases.generate.java.InstructionExits;
import dev.bytecodedsl.cases.generate.lower.Labels;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.StackAccess;

/**
 * Tier 1's meaning of an op inside an instruction: cache entries are read from the code units
 * after the instruction, a failed guard re-executes the instruction as its family head, JUMPBY
 * moves the next instruction, and errors and labels leave through a status code.
 *
 * @param cacheOffset where the op's cache starts, in code units from the instruction's first cache unit
 */
record InstructionSemantics(Instruction instruction, Labels labels, int cacheOffset) implements OpEmitter.Semantics {

    @Override
    public String readCache(CacheSlot cache) {
        String at = OpEmitter.IP + " + 1 + " + (cacheOffset + cache.offset());
        return switch (cache.size()) {
            case 1 -> OpEmitter.REGISTERS + ".code[" + at + "]";
            case 2 -> "read32(" + OpEmitter.REGISTERS + ".code, " + at + ")";
            case 4 -> "read64(" + OpEmitter.REGISTERS + ".code, " + at + ")";
            default -> throw new IllegalStateException("cache entries are 1, 2 or 4 units, not " + cache.size());
        };
    }

    /** Only one-unit entries can be written (the type checker enforces it): a code unit is a char. */
    @Override
    public String writeCache(CacheSlot cache) {
        return OpEmitter.REGISTERS + ".code[" + OpEmitter.IP + " + 1 + " + (cacheOffset + cache.offset()) + "] = (char) "
                + cache.name();
    }

    @Override
    public BodyLowering.SpecialStatements statements(Op op, StackAccess stack, StackSize popped) {
        return new InstructionExits(labels, stack, popped) {
            // Tier 1 has no trace to leave: both re-execute the instruction as its generic form,
            // whose counter decides when to specialize again.
            @Override
            protected void guardFailed(CodeBlock.Builder out, Stmt.ExitKind kind) {
                String head = instruction.family().orElseThrow(() -> new IllegalStateException(
                        instruction.name() + " deoptimizes but belongs to no family"));
                out.addStatement("if ($L.stats) $L.ctx.countMiss(Opcodes.$L)", S, S, instruction.name());
                out.addStatement("return $L($L, oparg)", head, S);
            }

            @Override
            public void jumpBy(CodeBlock.Builder out, Stmt.JumpBy statement, String offset) {
                out.addStatement("$L = $L + (int) $L", OpEmitter.NEXT, OpEmitter.AFTER, offset);
            }

            @Override
            public void dispatchSameOparg(CodeBlock.Builder out, Stmt.DispatchSameOparg statement) {
                out.addStatement("return $L", Tier1InterpreterFile.DISPATCH_SAME);
            }

            // The prefix is done: the next instruction runs now, as if it had been dispatched with the
            // combined oparg (its ip is its own, so its caches and deopts work unchanged).
            @Override
            public void dispatchExtendedOparg(CodeBlock.Builder out, Stmt.DispatchExtendedOparg statement) {
                out.addStatement("$L.ip = $L", S, OpEmitter.AFTER);
                out.addStatement("return dispatchExtended($L, oparg)", S);
            }

            // The dispatch loop resumes the new current frame, as after a label.
            @Override
            public void reloadFrame(CodeBlock.Builder out) {
                out.addStatement("$L.sp = $L", S, OpEmitter.SP);
                out.addStatement("return $L", Tier1InterpreterFile.FRAME_SWITCHED);
            }

            @Override
            public void beforeEscapingCall(CodeBlock.Builder out) {
                out.addStatement("$L.ctx.saveState($L, $L, $L)", S, OpEmitter.IP, OpEmitter.AFTER, OpEmitter.SP);
            }
        };
    }
}
