package dev.bytecodedsl.cases.generate.tier2;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.TraceRoles;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import dev.bytecodedsl.cases.generate.GeneratorException;
import java.util.List;
import java.util.Set;

/**
 * The tier-2 uop interpreter ({@code UopInterpreter}), its trace cells ({@code UopCell}) and its context
 * ({@code UopContext}). A DSL that opts into the runtime kit's traces (it declares ENTER_EXECUTOR) is
 * checked here for the rest of what they need ({@link TraceRoles#problems}).
 */
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
        List<TraceRoles.Problem> problems = TraceRoles.of(analysis).problems();
        if (!problems.isEmpty()) {
            throw new GeneratorException(problems.stream()
                    .map(p -> new GeneratorException.Error(p.pos(), p.message())).toList());
        }
        return List.of(UopContextFile.generate(), UopInterpreterFile.generate(analysis), UopCellFile.generate(analysis));
    }
}
