package dev.bytecodedsl.generate.metadata;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.analysis.Instruction;
import dev.bytecodedsl.analysis.Pseudo;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.java.JavaOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Opcodes}: CACHE, every instruction in opcode order, then the pseudo-instructions. */
final class OpcodesFile {

    private OpcodesFile() {}

    static GeneratedFile generate(Analysis analysis) {
        Map<String, Integer> opcodes = new LinkedHashMap<>();
        opcodes.put(Analysis.CACHE_NAME, Analysis.CACHE_OPCODE);
        for (Instruction instruction : analysis.instructions()) {
            opcodes.put(instruction.name(), instruction.opcode());
        }
        for (Pseudo pseudo : analysis.pseudos()) {
            opcodes.put(pseudo.name(), pseudo.opcode());
        }
        int limit = Analysis.FIRST_PSEUDO_OPCODE + analysis.pseudos().size();
        var type = NumberedNames.builder("Opcodes",
                "Opcode numbers. 0 marks inline-cache code units; real opcodes are below "
                        + Analysis.FIRST_PSEUDO_OPCODE + ", pseudo-instructions from there.",
                opcodes, limit);
        int lastReal = analysis.instructions().isEmpty() ? 0 : analysis.instructions().getLast().opcode();
        int firstSpecialized = analysis.instructions().stream().filter(Instruction::isSpecialized)
                .mapToInt(Instruction::opcode).min().orElse(lastReal + 1);
        type.addField(MetadataFields.constant("MAX_REAL_OPCODE", lastReal, "The highest real opcode."));
        type.addField(MetadataFields.constant("FIRST_SPECIALIZED_OPCODE", firstSpecialized,
                "Opcodes from here to MAX_REAL_OPCODE are specialized forms."));
        type.addField(MetadataFields.constant("FIRST_PSEUDO_OPCODE", Analysis.FIRST_PSEUDO_OPCODE,
                "Pseudo-instructions never appear in code objects."));
        return JavaOutput.file(type.build(), "metadata");
    }
}
