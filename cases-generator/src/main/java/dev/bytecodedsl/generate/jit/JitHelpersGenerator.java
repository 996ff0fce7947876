package dev.bytecodedsl.generate.jit;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.Generator;
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
