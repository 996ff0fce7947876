package dev.bytecodedsl.cases.generate;

import dev.bytecodedsl.cases.analysis.Analysis;
import java.util.List;
import java.util.Set;

/** One generator: the analysis in, complete file texts out. Generators never touch the disk. */
public interface Generator {

    /** The name users select the generator by (e.g. {@code tier2}) and the manifest records. */
    String name();

    /** Generators whose classes this one's output refers to; a selection must include them. */
    default Set<String> requires() {
        return Set.of();
    }

    List<GeneratedFile> generate(Analysis analysis);

    /**
     * Outputs the last {@link #generate} could not produce here (e.g. no clang for the stencils);
     * most generators produce everything and keep the default.
     */
    default List<SkippedOutput> skipped() {
        return List.of();
    }
}
