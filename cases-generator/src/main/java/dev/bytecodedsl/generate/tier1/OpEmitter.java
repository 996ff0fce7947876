package dev.bytecodedsl.generate.tier1;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.analysis.CacheSlot;
import dev.bytecodedsl.analysis.Declarations;
import dev.bytecodedsl.analysis.Instruction;
import dev.bytecodedsl.analysis.Op;
import dev.bytecodedsl.analysis.Slot;
import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Stmt;
import dev.bytecodedsl.generate.java.BodyLowering;
import dev.bytecodedsl.generate.java.JavaExpressions;
import dev.bytecodedsl.generate.java.JavaOutput;
import dev.bytecodedsl.generate.java.StackAccess;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Emits one op of a tier-1 instruction as a Java block. Each op reads its inputs from the native
 * stack, runs its body and writes its outputs back, so the stack in memory is exact between ops:
 * an escaping helper, an error or a frame switch never sees values that live only in Java locals.
 * (Pass-through outputs are not rewritten, so a guard costs its loads and nothing more.)
 */
final class OpEmitter {

    /** Generated plumbing names start with {@code __}, which the DSL reserves. */
    static final String REGISTERS = "__s";
    static final String STACK = "__stack";
    static final String SP = "__sp";
    static final String IP = "__ip";
    static final String AFTER = "__after";
    static final String NEXT = "__next";
    static final String BREAKER = "__breaker";

    private final Declarations declarations;
    private final Instruction instruction;
    private final Labels labels;
    private final StackAccess stack = new StackAccess(SP);

    OpEmitter(Declarations declarations, Instruction instruction, Labels labels) {
        this.declarations = declarations;
        this.instruction = instruction;
        this.labels = labels;
    }

    /** @param cacheOffset the op's first cache unit, counted from the instruction's first cache unit */
    void emit(CodeBlock.Builder out, Op op, int cacheOffset) {
        out.add("// $L ($L)\n", op.name(), JavaOutput.sourceReference(op.definition().pos()));
        out.add("{\n").indent();
        StackSize popped = StackAccess.total(op.inputs());
        List<StackSize> inputOffsets = StackAccess.offsets(op.inputs());
        for (int i = 0; i < op.inputs().size(); i++) {
            readInput(out, op.inputs().get(i), inputOffsets.get(i).minus(popped));
        }
        for (CacheSlot cache : op.caches()) {
            if (!cache.entry().isUnused()) {
                out.addStatement("long $L = $L", cache.name(),
                        readCache(IP + " + 1 + " + (cacheOffset + cache.offset()), cache.size()));
            }
        }
        List<StackSize> outputOffsets = StackAccess.offsets(op.outputs());
        for (int i = 0; i < op.outputs().size(); i++) {
            declareOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped));
        }
        new BodyLowering(declarations, Tier1Names.of(declarations), new Tier1Statements(popped))
                .statements(out, op.definition().body().statements());
        if (!Reachability.completesNormally(op.definition().body())) {
            out.unindent().add("}\n");
            return; // the body always leaves (goto, ERROR_NO_POP...): Java rejects code after it
        }
        Set<String> assigned = AssignedNames.of(op.definition().body());
        for (int i = 0; i < op.outputs().size(); i++) {
            writeOutput(out, op, op.outputs().get(i), outputOffsets.get(i).minus(popped), assigned);
        }
        StackSize delta = StackAccess.total(op.outputs()).minus(popped);
        if (!delta.isConstant() || delta.constant() != 0) {
            out.addStatement("$L = $L", SP, stack.at(delta));
        }
        out.unindent().add("}\n");
    }

    private void readInput(CodeBlock.Builder out, Slot slot, StackSize position) {
        if (slot.item().isUnused()) {
            return;
        }
        if (slot.item().isArray()) {
            out.addStatement("int $L = $L", slot.name(), stack.at(position));
            return;
        }
        String load = STACK + ".getAtIndex(JAVA_LONG, " + stack.at(position) + ")";
        if (slot.item().condition().isPresent()) {
            out.addStatement("long $L = $L ? $L : 0L", slot.name(), condition(slot), load);
        } else {
            out.addStatement("long $L = $L", slot.name(), load);
        }
    }

    private void declareOutput(CodeBlock.Builder out, Op op, Slot slot, StackSize position) {
        if (slot.item().isUnused() || input(op, slot.name()).isPresent()) {
            return;
        }
        if (slot.item().isArray()) {
            out.addStatement("int $L = $L", slot.name(), stack.at(position));
        } else {
            out.addStatement("long $L = 0L", slot.name());
        }
    }

    private void writeOutput(CodeBlock.Builder out, Op op, Slot slot, StackSize position, Set<String> assigned) {
        if (slot.item().isUnused()) {
            return;
        }
        Optional<StackSize> inputPosition = input(op, slot.name()).map(i -> inputPosition(op, i));
        boolean inPlace = inputPosition.isPresent() && inputPosition.get().sameAs(position);
        if (slot.item().isArray()) {
            if (inputPosition.isPresent() && !inPlace) {
                throw new IllegalStateException(op.name() + ": array '" + slot.name() + "' moves on the stack");
            }
            return; // written element by element by the body, or passed through where it was
        }
        if (inPlace && !assigned.contains(slot.name())) {
            return;
        }
        String store = STACK + ".setAtIndex(JAVA_LONG, " + stack.at(position) + ", " + slot.name() + ")";
        if (slot.item().condition().isPresent()) {
            out.beginControlFlow("if ($L)", condition(slot)).addStatement(store).endControlFlow();
        } else {
            out.addStatement(store);
        }
    }

    private static Optional<Slot> input(Op op, String name) {
        return op.inputs().stream().filter(s -> !s.item().isUnused() && s.name().equals(name)).findFirst();
    }

    private static StackSize inputPosition(Op op, Slot input) {
        int index = op.inputs().indexOf(input);
        return StackAccess.offsets(op.inputs()).get(index).minus(StackAccess.total(op.inputs()));
    }

    private static String condition(Slot slot) {
        return JavaExpressions.paren(slot.item().condition().orElseThrow(), JavaExpressions.CONSTANTS);
    }

    private static String readCache(String at, int size) {
        return switch (size) {
            case 1 -> REGISTERS + ".code[" + at + "]";
            case 2 -> "read32(" + REGISTERS + ".code, " + at + ")";
            case 4 -> "read64(" + REGISTERS + ".code, " + at + ")";
            default -> throw new IllegalStateException("cache entries are 1, 2 or 4 units, not " + size);
        };
    }

    /** What the special statements mean in tier 1. */
    private final class Tier1Statements implements BodyLowering.SpecialStatements {
        private final StackSize popped;

        Tier1Statements(StackSize popped) {
            this.popped = popped;
        }

        @Override
        public void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition) {
            out.beginControlFlow("if ($L)", condition);
            switch (kind) {
                // Tier 1 has no trace to leave: both re-execute the instruction as its generic form,
                // whose counter decides when to specialize again.
                case DEOPT, EXIT -> {
                    String head = instruction.family().orElseThrow(() -> new IllegalStateException(
                            instruction.name() + " deoptimizes but belongs to no family"));
                    out.addStatement("if ($L.stats) $L.ctx.countMiss(Opcodes.$L)", REGISTERS, REGISTERS,
                            instruction.name());
                    out.addStatement("return $L($L, oparg)", head, REGISTERS);
                }
                case ERROR -> {
                    out.addStatement("$L.sp = $L", REGISTERS, stack.at(popped.negate()));
                    out.addStatement("return $L", labels.status(Labels.ERROR));
                }
            }
            out.endControlFlow();
        }

        @Override
        public void errorNoPop(CodeBlock.Builder out) {
            out.addStatement("$L.sp = $L", REGISTERS, SP);
            out.addStatement("return $L", labels.status(Labels.ERROR));
        }

        @Override
        public void jumpBy(CodeBlock.Builder out, String offset) {
            out.addStatement("$L = $L + (int) $L", NEXT, AFTER, offset);
        }

        @Override
        public void dispatchSameOparg(CodeBlock.Builder out) {
            out.addStatement("return $L", Tier1InterpreterFile.DISPATCH_SAME);
        }

        @Override
        public void checkEvalBreaker(CodeBlock.Builder out) {
            out.addStatement("$L = true", BREAKER);
        }

        @Override
        public void gotoLabel(CodeBlock.Builder out, String label) {
            out.addStatement("$L.sp = $L", REGISTERS, SP);
            out.addStatement("return $L", labels.status(label));
        }

        @Override
        public void beforeEscapingCall(CodeBlock.Builder out) {
            out.addStatement("$L.ctx.saveState($L, $L, $L)", REGISTERS, IP, AFTER, SP);
        }
    }
}
