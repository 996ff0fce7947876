package dev.bytecodedsl.cases.generate.optimizer;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The trace optimizer's abstract interpreter ({@code AbstractInterpreter}), generated from the
 * instruction set plus the overrides files, with its symbol context and (when the kit's symbol table
 * serves) its binding to the kit's optimizer; the frame of symbols and the optimizer driving them are
 * the runtime kit's ({@code dev.bytecodedsl.kit.optimizer}).
 */
public final class OptimizerGenerator implements Generator {

    @Override
    public String name() {
        return "optimizer";
    }

    @Override
    public Set<String> requires() {
        return Set.of("metadata");
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        List<GeneratedFile> files = new ArrayList<>(List.of(SymbolContextFile.generate(analysis),
                AbstractInterpreterFile.generate(analysis)));
        AbstractInterpretationFile.generate(analysis).ifPresent(files::add);
        return files;
    }
}
