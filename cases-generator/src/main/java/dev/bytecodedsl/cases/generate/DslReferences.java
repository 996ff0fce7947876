package dev.bytecodedsl.cases.generate;

import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.grammar.ast.Definition;

/**
 * How generated output points back at the DSL: by the definition's kind and name, e.g.
 * {@code inst(NOP)}, {@code op(_GUARD_BOTH_INT)}, {@code macro(BINARY_OP_ADD_INT)}, {@code extern foo}, {@code func bar},
 * {@code label(error)}, {@code const NAME}. Never by file position: an edit that only moves text
 * (comments, blank lines, reordered definitions) must change no generated file and no stencil's C
 * source, whose text keys the object cache (issue 15).
 */
public final class DslReferences {

    private DslReferences() {}

    public static String of(Definition definition) {
        return switch (definition) {
            case Definition.TypeDecl t -> "type " + t.name();
            case Definition.ConstDecl c -> "const " + c.name();
            case Definition.HelperDecl h -> "extern " + h.name();
            case Definition.FunctionDef f -> "func " + f.name();
            case Definition.InstructionDef i -> (i.kind() == Definition.InstructionDef.Kind.INST ? "inst(" : "op(") + i.name() + ")";
            case Definition.MacroDef m -> "macro(" + m.name() + ")";
            case Definition.FamilyDef f -> "family(" + f.name() + ")";
            case Definition.PseudoDef p -> "pseudo(" + p.name() + ")";
            case Definition.LabelDef l -> "label(" + l.name() + ")";
        };
    }

    /** {@code inst(NOP)}, or {@code macro(NAME)} for an instruction composed of ops and cache skips. */
    public static String of(Instruction instruction) {
        boolean isInst = instruction.parts().size() == 1
                && instruction.parts().getFirst() instanceof Instruction.Part.OpPart part
                && part.op().definition().kind() == Definition.InstructionDef.Kind.INST
                && part.op().definition().name().equals(instruction.name());
        return (isInst ? "inst(" : "macro(") + instruction.name() + ")";
    }
}
