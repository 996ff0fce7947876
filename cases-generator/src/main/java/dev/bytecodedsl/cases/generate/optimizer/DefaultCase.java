package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.generate.lower.StackLayout;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.cases.generate.java.JavaExpressions;
import dev.bytecodedsl.cases.generate.java.JavaStack;
import dev.bytecodedsl.cases.generate.java.OpEmitter;
import dev.bytecodedsl.cases.generate.java.StackAccess;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The abstract case of a uop nobody overrode and whose body does more than move values: pop the
 * inputs, push a fresh unknown symbol for every output, except that an output passing an input
 * through (same name, not assigned by the body) keeps that input's symbol. A body that may write
 * locals makes every local unknown, since which one it wrote is not known here.
 */
final class DefaultCase {

    private static final String STACK = OpEmitter.STACK;
    private static final String UNKNOWN = OpEmitter.REGISTERS + ".ctx.unknown()";

    private final StackAccess stack = new StackAccess(OpEmitter.SP);

    void emit(CodeBlock.Builder out, Op op) {
        out.add("// $L: default case\n", op.name());
        out.add("{\n").indent();
        StackSize popped = StackLayout.total(op.inputs());
        List<StackSize> inputOffsets = StackLayout.offsets(op.inputs());
        List<StackSize> outputOffsets = StackLayout.offsets(op.outputs());
        Set<String> assigned = Statements.assignedNames(op.definition().body());
        // Read every moved pass-through first: writing outputs may overwrite inputs.
        for (int j = 0; j < op.outputs().size(); j++) {
            Slot output = op.outputs().get(j);
            Optional<StackSize> from = passThrough(op, output, assigned, inputOffsets).map(p -> p.minus(popped));
            if (from.isPresent() && !output.item().isArray() && !from.get().sameAs(outputOffsets.get(j).minus(popped))) {
                out.addStatement("long $L = $L", output.name(), JavaStack.load(STACK, stack.at(from.get())));
            }
        }
        for (int j = 0; j < op.outputs().size(); j++) {
            Slot output = op.outputs().get(j);
            StackSize position = outputOffsets.get(j).minus(popped);
            Optional<StackSize> from = passThrough(op, output, assigned, inputOffsets).map(p -> p.minus(popped));
            if (from.isPresent() && from.get().sameAs(position) || untouched(op, j, inputOffsets, outputOffsets)) {
                continue;
            }
            String value = from.isPresent() ? output.name() : UNKNOWN;
            output.item().condition().ifPresent(c ->
                    out.beginControlFlow("if ($L)", JavaExpressions.paren(c, JavaExpressions.CONSTANTS)));
            if (output.item().isArray()) {
                out.beginControlFlow("for (int __i = 0; __i < $L; __i++)", JavaExpressions.lower(output.size()))
                        .addStatement(JavaStack.store(STACK, stack.at(position) + " + __i", UNKNOWN))
                        .endControlFlow();
            } else {
                out.addStatement(JavaStack.store(STACK, stack.at(position), value));
            }
            output.item().condition().ifPresent(c -> out.endControlFlow());
        }
        StackSize delta = StackLayout.total(op.outputs()).minus(popped);
        if (!delta.isConstant() || delta.constant() != 0) {
            out.addStatement("$L = $L", OpEmitter.SP, stack.at(delta));
        }
        if (BodyShapes.writesLocals(op)) {
            out.addStatement("$L.forgetLocals()", OpEmitter.REGISTERS);
        }
        out.unindent().add("}\n");
    }

    /** Where the input an output passes through sits (from the base), if it does. */
    private static Optional<StackSize> passThrough(Op op, Slot output, Set<String> assigned, List<StackSize> offsets) {
        if (output.item().isUnused() || assigned.contains(output.name())) {
            return Optional.empty();
        }
        return BodyShapes.input(op, output.name()).filter(input -> input.item().isArray() == output.item().isArray())
                .map(input -> offsets.get(op.inputs().indexOf(input)));
    }

    /** An {@code unused} output over an {@code unused} input at the same place is not written, as in the interpreters. */
    private static boolean untouched(Op op, int j, List<StackSize> inputOffsets, List<StackSize> outputOffsets) {
        return op.outputs().get(j).item().isUnused() && j < op.inputs().size() && op.inputs().get(j).item().isUnused()
                && inputOffsets.get(j).sameAs(outputOffsets.get(j))
                && op.inputs().get(j).size().sameAs(op.outputs().get(j).size());
    }
}
