package dev.bytecodedsl.generate;

import dev.bytecodedsl.analysis.Analysis;
import java.util.List;

/** One generator: the analysis in, complete file texts out. Generators never touch the disk. */
public interface Generator {

    List<GeneratedFile> generate(Analysis analysis);

    /**
     * Outputs the last {@link #generate} could not produce here (e.g. no clang for the stencils);
     * most generators produce everything and keep the default.
     */
    default List<SkippedOutput> skipped() {
        return List.of();
    }
}
