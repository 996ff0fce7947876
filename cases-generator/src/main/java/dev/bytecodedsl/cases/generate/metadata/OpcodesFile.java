package dev.bytecodedsl.cases.generate.metadata;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Instruction;
import dev.bytecodedsl.cases.analysis.Pseudo;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
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
        int limit = analysis.opcodeLimit();
        var type = NumberedNames.builder("Opcodes",
                "Opcode numbers. 0 marks inline-cache code units; real opcodes are below "
                        + Analysis.FIRST_PSEUDO_OPCODE + ", pseudo-instructions from there.",
                opcodes, limit);
        // No FIRST_SPECIALIZED_OPCODE: stable numbers put a new generic instruction after existing
        // specialized ones, so OpcodeMetadata.isSpecialized answers instead of a comparison.
        int lastReal = analysis.instructions().isEmpty() ? 0 : analysis.instructions().getLast().opcode();
        type.addField(MetadataFields.constant("MAX_REAL_OPCODE", lastReal, "The highest real opcode."));
        type.addField(MetadataFields.constant("FIRST_PSEUDO_OPCODE", Analysis.FIRST_PSEUDO_OPCODE,
                "Pseudo-instructions never appear in code objects."));
        return JavaOutput.file(type.build(), "metadata");
    }
}
