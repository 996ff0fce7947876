package dev.bytecodedsl.generate.tier2;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.Generator;
import java.util.List;
import java.util.Set;

/** The tier-2 uop interpreter ({@code UopInterpreter}), its trace cells ({@code UopCell}) and its context ({@code UopContext}). */
public final class Tier2Generator implements Generator {

    @Override
    public String name() {
        return "tier2";
    }

    @Override
    public Set<String> requires() {
        return Set.of("metadata", "tier1");
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        return List.of(UopContextFile.generate(), UopInterpreterFile.generate(analysis), UopCellFile.generate(analysis));
    }
}
