package dev.bytecodedsl.cases.generate.jit;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import java.util.List;
import java.util.Set;

/** The JIT's run-time side of the helper contract: {@code jit/JitHelpers} (upcall stubs for every extern). */
public final class JitHelpersGenerator implements Generator {

    @Override
    public String name() {
        return "jit-helpers";
    }

    @Override
    public Set<String> requires() {
        return Set.of("tier1");
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        return List.of(JitHelpersFile.generate(analysis));
    }
}
