package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Family;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.Pseudo;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code OpcodeMetadata}: per opcode, the flags, stack effect, cache size, deopt target, family
 * members, pseudo targets and the macro expansion that tier-2 trace projection follows.
 */
final class OpcodeMetadataFile {

    /** Width of one expansion entry: uop id, operand size in code units (0: none), operand offset. */
    static final int EXPANSION_ENTRY = 3;

    private OpcodeMetadataFile() {}

    static GeneratedFile generate(Analysis analysis) {
        int limit = analysis.opcodeLimit();
        TypeSpec.Builder type = TypeSpec.classBuilder("OpcodeMetadata")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Per-opcode metadata derived from bytecodes.def; tables are indexed by opcode.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addField(MetadataFields.constant("EXPANSION_ENTRY", EXPANSION_ENTRY, "Ints per EXPANSION entry."));
        var tables = new MetadataFields(type);

        tables.table("FLAGS", limit, false, "{@link OpcodeFlags} bits per opcode.");
        tables.table("CACHE_SIZE", Analysis.FIRST_PSEUDO_OPCODE, false,
                "Inline-cache code units that follow each instruction.");
        tables.table("DEOPT", Analysis.FIRST_PSEUDO_OPCODE, false,
                "The generic instruction a specialized form falls back to (itself for generic ones).");
        tables.table("SPECIALIZATIONS", Analysis.FIRST_PSEUDO_OPCODE, true,
                "Opcodes of the specialized forms of each family head; null for other opcodes.");
        tables.table("EXPANSION", Analysis.FIRST_PSEUDO_OPCODE, true,
                "How tier 2 sees each instruction: entries of EXPANSION_ENTRY ints (uop id, operand size in"
                        + " code units or 0, operand offset from the first cache unit); null when the instruction"
                        + " cannot be projected into a trace.");
        tables.table("TAKEN_EXPANSION", Analysis.FIRST_PSEUDO_OPCODE, true,
                "For an instruction that may jump: EXPANSION with the jump taken (each jumping op's `taken`"
                        + " stand-in in place of its `replaces` one), after which execution continues at the next"
                        + " instruction + oparg; what a side trace starting at the instruction's branch exit runs."
                        + " Null for other instructions.");
        tables.table("BRANCH_HISTORY", Analysis.FIRST_PSEUDO_OPCODE, false,
                "For an instruction that may jump: the offset from its first cache unit of the unit where tier 1"
                        + " records the jump's recent directions (bit 0 the latest, 1 when it jumped), from which"
                        + " projection picks the direction a trace follows; -1 when it records none.");
        tables.table("PSEUDO_TARGETS", limit - Analysis.FIRST_PSEUDO_OPCODE, true,
                "Opcodes a pseudo-instruction may become, indexed by opcode - Opcodes.FIRST_PSEUDO_OPCODE.");

        tables.statement("for (int opcode = 0; opcode < DEOPT.length; opcode++) DEOPT[opcode] = opcode");
        tables.statement("$T.fill(BRANCH_HISTORY, -1)", Arrays.class);
        for (Instruction i : analysis.instructions()) {
            String index = "Opcodes." + i.name();
            if (!i.flags().isEmpty()) {
                tables.set("FLAGS", index, MetadataFields.flagExpression(i.flags()));
            }
            if (i.cacheSize() != 0) {
                tables.set("CACHE_SIZE", index, Integer.toString(i.cacheSize()));
            }
            i.family().ifPresent(head -> tables.set("DEOPT", index, "Opcodes." + head));
            if (i.tier2Blocker().isEmpty()) {
                tables.set("EXPANSION", index, expansion(i, false));
                if (!i.takenTier2Ops().isEmpty()) {
                    tables.set("TAKEN_EXPANSION", index, expansion(i, true));
                    branchHistory(i).ifPresent(offset -> tables.set("BRANCH_HISTORY", index, Integer.toString(offset)));
                }
            }
        }
        for (Family family : analysis.families()) {
            tables.set("SPECIALIZATIONS", "Opcodes." + family.head(),
                    MetadataFields.row(family.members().stream().map(m -> "Opcodes." + m).toList()));
        }
        for (Pseudo p : analysis.pseudos()) {
            if (!p.flags().isEmpty()) {
                tables.set("FLAGS", "Opcodes." + p.name(), MetadataFields.flagExpression(p.flags()));
            }
            tables.set("PSEUDO_TARGETS", "Opcodes." + p.name() + " - Opcodes.FIRST_PSEUDO_OPCODE",
                    MetadataFields.row(p.targets().stream().map(t -> "Opcodes." + t).toList()));
        }
        tables.finish();

        List<StackEffectMethods.Case> popped = new ArrayList<>();
        List<StackEffectMethods.Case> pushed = new ArrayList<>();
        for (Instruction i : analysis.instructions()) {
            popped.add(new StackEffectMethods.Case("Opcodes." + i.name(), i.popped()));
            pushed.add(new StackEffectMethods.Case("Opcodes." + i.name(), i.pushed()));
        }
        for (Pseudo p : analysis.pseudos()) {
            popped.add(new StackEffectMethods.Case("Opcodes." + p.name(), p.popped()));
            pushed.add(new StackEffectMethods.Case("Opcodes." + p.name(), p.pushed()));
        }
        type.addMethod(isSpecialized());
        type.addMethod(StackEffectMethods.method("popped", "Stack slots the instruction pops.", "opcode", popped));
        type.addMethod(StackEffectMethods.method("pushed", "Stack slots the instruction pushes.", "opcode", pushed));
        return JavaOutput.file(type.build(), "metadata");
    }

    /**
     * Specialized opcodes are not one range (stable numbering gives a new generic instruction the
     * next free number, after existing specialized ones), so the deopt table says which they are.
     */
    private static MethodSpec isSpecialized() {
        return MethodSpec.methodBuilder("isSpecialized")
                .addJavadoc("Whether {@code opcode} is a specialized form (a family member), which deoptimizes to its"
                        + " family head.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "opcode")
                .addStatement("return opcode >= 0 && opcode < DEOPT.length && DEOPT[opcode] != opcode")
                .build();
    }

    /** Where the instruction's jumping op writes its branch history (the analyzer allows one such entry). */
    private static Optional<Integer> branchHistory(Instruction instruction) {
        for (Instruction.Part part : instruction.parts()) {
            if (part instanceof Instruction.Part.OpPart opPart && opPart.op().takenReplacement().isPresent()) {
                var written = opPart.op().caches().stream().filter(CacheSlot::written).findFirst();
                if (written.isPresent()) {
                    return Optional.of(part.cacheOffset() + written.get().offset());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The uops of a tier-2-viable instruction, each with the cache entry it takes as operand
     * (specializing ops are skipped, tier-1-only ops replaced by their stand-ins: for the jump
     * {@code taken} when there is one, else the fall-through's).
     */
    private static String expansion(Instruction instruction, boolean taken) {
        List<String> row = new ArrayList<>();
        for (Instruction.Part part : instruction.parts()) {
            if (!(part instanceof Instruction.Part.OpPart opPart) || Instruction.isSkippedInTier2(opPart.op())) {
                continue;
            }
            var standIn = taken ? opPart.op().inTier2Taken() : opPart.op().inTier2();
            standIn.ifPresent(uop -> {
                var operand = uop.caches().stream().filter(c -> !c.entry().isUnused()).findFirst();
                row.add("Uops." + uop.name());
                row.add(Integer.toString(operand.map(CacheSlot::size).orElse(0)));
                row.add(Integer.toString(operand.map(c -> part.cacheOffset() + c.offset()).orElse(0)));
            });
        }
        return MetadataFields.row(row);
    }
}
