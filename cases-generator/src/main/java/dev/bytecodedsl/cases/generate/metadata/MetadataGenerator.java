package dev.bytecodedsl.cases.generate.metadata;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import java.util.List;

/**
 * The instruction metadata and the Java support every generated class shares: opcode and uop numbering, DSL constants, flags, stack effects, cache
 * sizes, families, macro expansions (as Java), and the same facts for the runtime kit ({@code GeneratedInstructionSet}).
 */
public final class MetadataGenerator implements Generator {

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        return List.of(
                CacheLayoutFile.generate(analysis),
                ConstantsFile.generate(analysis),
                FlagsFile.generate(),
                OpcodesFile.generate(analysis),
                UopsFile.generate(analysis),
                OpcodeMetadataFile.generate(analysis),
                UopMetadataFile.generate(analysis),
                InstructionSetFile.generate(analysis));
    }
}
