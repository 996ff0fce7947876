package dev.bytecodedsl.cases.generate.tier1;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import dev.bytecodedsl.cases.generate.java.FunctionsFile;
import dev.bytecodedsl.cases.generate.java.HelpersFile;
import dev.bytecodedsl.cases.generate.java.InterpreterContextFile;
import dev.bytecodedsl.cases.generate.java.RegistersFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tier-1 interpreter and its contract with the runtime: {@code Helpers} (the DSL's externs),
 * {@code InterpreterContext} (frame access), {@code Registers} (shared with tier 2) and
 * {@code Tier1Interpreter} (the specializing loop), and {@code DslFunctions} (the DSL's {@code func}s,
 * shared with tier 2) when there are any.
 */
public final class Tier1Generator implements Generator {

    @Override
    public String name() {
        return "tier1";
    }

    @Override
    public Set<String> requires() {
        return Set.of("metadata");
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        List<GeneratedFile> files = new ArrayList<>(List.of(
                HelpersFile.generate(analysis),
                InterpreterContextFile.generate(),
                RegistersFile.generate(),
                Tier1InterpreterFile.generate(analysis)));
        FunctionsFile.generate(analysis).ifPresent(files::add);
        return files;
    }
}
