package dev.bytecodedsl.cases.generate.metadata;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Flag;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Pseudo;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import dev.bytecodedsl.grammar.ast.DslPrinter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code docs/instructions.md}: the instruction and uop tables a person reads. */
final class InstructionReference {

    static final String PATH = "docs/instructions.md";

    private InstructionReference() {}

    static GeneratedFile generate(Analysis analysis) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- ").append(JavaOutput.header("reference").replace("\n", " ")).append(" -->\n\n");
        md.append("# Instruction reference\n\n");
        md.append(analysis.instructions().size()).append(" instructions (")
                .append(analysis.instructions().stream().filter(Instruction::isSpecialized).count())
                .append(" specialized), ").append(analysis.pseudos().size()).append(" pseudo-instructions, ")
                .append(analysis.uops().size()).append(" uops.\n\n");

        md.append("## Instructions\n\n");
        md.append("| opcode | instruction | stack effect | cache | flags | family | uops (cache offset) | tier 2 |\n");
        md.append("|---:|---|---|---:|---|---|---|---|\n");
        for (Instruction i : analysis.instructions()) {
            md.append("| ").append(i.opcode())
                    .append(" | `").append(i.name()).append('`')
                    .append(" | ").append(code(effect(i.inputs(), i.outputs())))
                    .append(" | ").append(i.cacheSize())
                    .append(" | ").append(flags(i.flags()))
                    .append(" | ").append(i.family().map(f -> "`" + f + "`").orElse(""))
                    .append(" | ").append(parts(i))
                    .append(" | ").append(i.tier2Blocker().map(InstructionReference::escape).orElse("yes"))
                    .append(" |\n");
        }

        md.append("\n## Pseudo-instructions\n\n");
        md.append("| opcode | pseudo | stack effect | flags | targets |\n|---:|---|---|---|---|\n");
        for (Pseudo p : analysis.pseudos()) {
            md.append("| ").append(p.opcode()).append(" | `").append(p.name()).append('`')
                    .append(" | ").append(code(effect(p.inputs(), p.outputs())))
                    .append(" | ").append(flags(p.flags()))
                    .append(" | ").append(p.targets().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }

        md.append("\n## Uops\n\n");
        md.append("| id | uop | stack effect | net | flags |\n|---:|---|---|---|---|\n");
        for (Uop u : analysis.uops()) {
            Op op = u.op();
            md.append("| ").append(u.id()).append(" | `").append(u.name()).append('`')
                    .append(u.fixedOparg().isPresent() ? " (oparg " + u.fixedOparg().getAsInt() + ")" : "")
                    .append(" | ").append(code(DslPrinter.print(op.definition().effect())))
                    .append(" | ").append(code(op.pushed().minus(op.popped()).toString()))
                    .append(" | ").append(flags(op.flags()))
                    .append(" |\n");
        }

        md.append("\n## Ops that are not uops\n\n| op | why not tier 2 |\n|---|---|\n");
        for (Op op : analysis.ops()) {
            op.tier2Blocker().ifPresent(why -> md.append("| `").append(op.name()).append("` | ")
                    .append(escape(why)).append(" |\n"));
        }
        return new GeneratedFile(PATH, md.toString());
    }

    private static String effect(List<Slot> inputs, List<Slot> outputs) {
        String in = inputs.stream().map(s -> DslPrinter.print(s.item())).collect(Collectors.joining(", "));
        String out = outputs.stream().map(s -> DslPrinter.print(s.item())).collect(Collectors.joining(", "));
        return "(" + in + (in.isEmpty() ? "" : " ") + "--" + (out.isEmpty() ? "" : " ") + out + ")";
    }

    private static String parts(Instruction instruction) {
        return instruction.parts().stream().map(part -> switch (part) {
            case Instruction.Part.OpPart op -> "`" + op.op().name() + "`"
                    + (op.cacheSize() > 0 ? " (" + op.cacheOffset() + ")" : "");
            case Instruction.Part.CacheSkip skip -> "unused/" + skip.cacheSize();
        }).collect(Collectors.joining(" + "));
    }

    private static String flags(Set<Flag> flags) {
        return flags.stream().sorted().map(Flag::name).collect(Collectors.joining(" "));
    }

    private static String code(String text) {
        return "`" + escape(text) + "`";
    }

    /** Pipes would end a markdown table cell. */
    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
