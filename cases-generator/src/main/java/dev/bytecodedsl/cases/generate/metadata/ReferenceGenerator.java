package dev.bytecodedsl.cases.generate.metadata;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import java.util.List;

/** The human-readable instruction reference ({@code docs/instructions.md}): stack effects, caches, flags, families, expansions. */
public final class ReferenceGenerator implements Generator {

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        return List.of(InstructionReference.generate(analysis));
    }
}
