package dev.bytecodedsl;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.analysis.Analyzer;
import dev.bytecodedsl.analysis.NumberLock;
import dev.bytecodedsl.ast.DslFile;
import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.DslException;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.Generator;
import dev.bytecodedsl.generate.GeneratorException;
import dev.bytecodedsl.generate.SkippedOutput;
import dev.bytecodedsl.generate.jit.JitHelpersGenerator;
import dev.bytecodedsl.generate.metadata.MetadataGenerator;
import dev.bytecodedsl.generate.optimizer.OptimizerGenerator;
import dev.bytecodedsl.generate.tier1.Tier1Generator;
import dev.bytecodedsl.generate.tier2.Tier2Generator;
import dev.bytecodedsl.parse.DslParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The whole pipeline in one call: DSL sources -> AST -> analysis -> every generator's files.
 * Used by the command line, the drift check and the tests, so all of them see the same outputs.
 */
public final class Pipeline {

    /** Every generator, in no particular order: outputs are sorted by path. */
    private static final List<Generator> GENERATORS = List.of(new MetadataGenerator(), new Tier1Generator(), new Tier2Generator(),
            new OptimizerGenerator(), new JitHelpersGenerator());

    /**
     * The directories (relative to the output root) whose whole content the generators own: files
     * there that are no longer generated are deleted by {@code casegen generate}.
     */
    public static final List<String> OWNED_DIRECTORIES = List.of("src/main/java/dev/bytecodedsl/generated", "docs");

    private Pipeline() {}

    /**
     * Parses, analyzes and generates. Throws with every diagnostic of the run when any stage
     * reported an error; nothing is generated from invalid input.
     */
    public static List<GeneratedFile> generateAll(List<SourceFile> sources) throws DslException {
        return run(sources, List.of()).files();
    }

    /**
     * What a run produced: the files, sorted by path, the outputs that could not be produced here,
     * and the text the number lock should have after the run (the caller writes it when it differs).
     */
    public record Result(List<GeneratedFile> files, List<SkippedOutput> skipped, String lockText) {
        public Result {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Like {@link #generateAll}, with more generators after the built-in ones: modules that depend on
     * this one (the stencil extractor) add theirs, so the command line and the Maven plugin see them.
     */
    public static Result run(List<SourceFile> sources, List<Generator> extraGenerators) throws DslException {
        return run(sources, Optional.empty(), extraGenerators);
    }

    /**
     * Like {@link #run(List, List)}, numbering with {@code lock} (the number lock file, see {@link
     * NumberLock}; empty when there is none yet): locked names keep their numbers. Errors in the lock
     * are reported like DSL errors.
     */
    public static Result run(List<SourceFile> sources, Optional<SourceFile> lock, List<Generator> extraGenerators)
            throws DslException {
        Diagnostics diagnostics = new Diagnostics();
        NumberLock numberLock = lock.map(file -> NumberLock.parse(file, diagnostics)).orElse(NumberLock.NONE);
        List<DslFile> files = new ArrayList<>();
        for (SourceFile source : sources) {
            Optional<DslFile> file = DslParser.parse(source, diagnostics);
            file.ifPresent(files::add);
        }
        if (diagnostics.hasErrors()) {
            throw new DslException(diagnostics);
        }
        Analysis analysis = new Analyzer(diagnostics).analyze(files, numberLock);
        if (diagnostics.hasErrors()) {
            throw new DslException(diagnostics);
        }
        List<GeneratedFile> outputs = new ArrayList<>();
        List<SkippedOutput> skipped = new ArrayList<>();
        List<Generator> generators = new ArrayList<>(GENERATORS);
        generators.addAll(extraGenerators);
        for (Generator generator : generators) {
            try {
                outputs.addAll(generator.generate(analysis));
            } catch (GeneratorException e) {
                e.errors().forEach(error -> diagnostics.error(error.pos(), error.message()));
                throw new DslException(diagnostics);
            }
            skipped.addAll(generator.skipped());
        }
        outputs.sort(Comparator.comparing(GeneratedFile::relativePath));
        skipped.sort(Comparator.comparing(SkippedOutput::relativePath));
        return new Result(outputs, skipped, numberLock.updated(analysis).text());
    }
}
