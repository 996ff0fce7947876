package dev.bytecodedsl.cases;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.cases.analysis.NumberLock;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import dev.bytecodedsl.cases.generate.GeneratorException;
import dev.bytecodedsl.cases.generate.OutputSettings;
import dev.bytecodedsl.cases.generate.Outputs;
import dev.bytecodedsl.cases.generate.SkippedOutput;
import dev.bytecodedsl.cases.generate.jit.JitHelpersGenerator;
import dev.bytecodedsl.cases.generate.metadata.MetadataGenerator;
import dev.bytecodedsl.cases.generate.metadata.ReferenceGenerator;
import dev.bytecodedsl.cases.generate.optimizer.OptimizerGenerator;
import dev.bytecodedsl.cases.generate.tier1.Tier1Generator;
import dev.bytecodedsl.cases.generate.tier2.Tier2Generator;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.BigStack;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole pipeline in one call: DSL sources -> AST -> analysis -> the selected generators' files.
 * Used by the command line, the Maven plugin, the drift check and the tests, so all of them see the
 * same outputs.
 */
public final class Pipeline {

    /** Every built-in generator; outputs are sorted by path, so the order here does not matter. */
    private static final List<Generator> GENERATORS = List.of(new MetadataGenerator(), new ReferenceGenerator(),
            new Tier1Generator(), new Tier2Generator(), new OptimizerGenerator(), new JitHelpersGenerator());

    private Pipeline() {}

    /**
     * What a run should produce and how: the generated code's Java package, the regenerate command
     * the file headers name, and the generators to run by name (empty: all of them).
     */
    public record Options(String packageName, String regenerateCommand, Set<String> generators) {
        public static final Options DEFAULTS = new Options(
                OutputSettings.DEFAULT_PACKAGE, OutputSettings.DEFAULTS.regenerateCommand(), Set.of());

        public Options {
            generators = Set.copyOf(generators);
        }

        public Options withGenerators(Set<String> selected) {
            return new Options(packageName, regenerateCommand, selected);
        }
    }

    /** The names of the built-in generators and of {@code extraGenerators}, in a stable order. */
    public static List<String> generatorNames(List<Generator> extraGenerators) {
        return Stream.concat(GENERATORS.stream(), extraGenerators.stream()).map(Generator::name).toList();
    }

    /**
     * Why {@code selected} is not a valid selection of generators (an unknown name, or a generator
     * without one it requires), or empty when it is. An empty selection means all generators.
     */
    public static Optional<String> invalidSelection(Set<String> selected, List<Generator> extraGenerators) {
        List<Generator> all = Stream.concat(GENERATORS.stream(), extraGenerators.stream()).toList();
        Set<String> known = all.stream().map(Generator::name).collect(Collectors.toSet());
        for (String name : new TreeSet<>(selected)) {
            if (!known.contains(name)) {
                return Optional.of("unknown generator '" + name + "' (known: "
                        + String.join(", ", generatorNames(extraGenerators)) + ")");
            }
        }
        for (Generator generator : all) {
            if (selected.contains(generator.name())) {
                for (String required : new TreeSet<>(generator.requires())) {
                    if (!selected.contains(required)) {
                        return Optional.of("generator '" + generator.name() + "' needs generator '" + required
                                + "' (its output refers to classes that one generates); select both");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Parses, analyzes and generates with every generator and the default options. Throws with
     * every diagnostic of the run when any stage reported an error; nothing is generated from
     * invalid input.
     */
    public static List<GeneratedFile> generateAll(List<SourceFile> sources) throws DslException {
        return run(sources, List.of()).files();
    }

    /**
     * What a run produced: the outputs, and the text the number lock should have after the run
     * (the caller writes it when it differs; see {@link NumberLock}).
     */
    public record Result(Outputs outputs, String lockText) {
        public List<GeneratedFile> files() {
            return outputs.files();
        }

        public List<SkippedOutput> skipped() {
            return outputs.skipped();
        }
    }

    /** Like {@link #generateAll}, with more generators after the built-in ones (the stencil extractor's). */
    public static Result run(List<SourceFile> sources, List<Generator> extraGenerators) throws DslException {
        return run(sources, Optional.empty(), Options.DEFAULTS, extraGenerators);
    }

    /** Like {@link #run(List, List)}, numbering with {@code lock} (empty when there is none yet). */
    public static Result run(List<SourceFile> sources, Optional<SourceFile> lock, List<Generator> extraGenerators)
            throws DslException {
        return run(sources, lock, Options.DEFAULTS, extraGenerators);
    }

    /**
     * Runs the selected generators (built-in and {@code extraGenerators}) under {@code options},
     * numbering with {@code lock} (the number lock file, see {@link NumberLock}; empty when there is
     * none yet): locked names keep their numbers. Errors in the lock are reported like DSL errors.
     *
     * @throws IllegalArgumentException when the selection is invalid (see {@link #invalidSelection})
     */
    public static Result run(List<SourceFile> sources, Optional<SourceFile> lock, Options options,
            List<Generator> extraGenerators) throws DslException {
        invalidSelection(options.generators(), extraGenerators).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        // Belt and braces to the parser's nesting limits: every stage walks the tree recursively,
        // and a long flat chain (a + b + ... with 100,000 terms) is that deep.
        return BigStack.call(() -> runStages(sources, lock, options, extraGenerators));
    }

    private static Result runStages(List<SourceFile> sources, Optional<SourceFile> lock, Options options,
            List<Generator> extraGenerators) throws DslException {
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
        String sourceName = sources.isEmpty() ? "bytecodes.def" : Path.of(sources.getFirst().name()).getFileName().toString();
        OutputSettings settings = new OutputSettings(options.packageName(), sourceName, options.regenerateCommand());
        List<Generator> selected = Stream.concat(GENERATORS.stream(), extraGenerators.stream())
                .filter(g -> options.generators().isEmpty() || options.generators().contains(g.name()))
                .toList();
        Outputs outputs = settings.apply(() -> generate(analysis, selected, diagnostics));
        return new Result(outputs, numberLock.updated(analysis).text());
    }

    private static Outputs generate(Analysis analysis, List<Generator> generators, Diagnostics diagnostics)
            throws DslException {
        List<GeneratedFile> outputs = new ArrayList<>();
        List<SkippedOutput> skipped = new ArrayList<>();
        Map<String, String> generatorOf = new HashMap<>();
        for (Generator generator : generators) {
            List<GeneratedFile> files;
            try {
                files = generator.generate(analysis);
            } catch (GeneratorException e) {
                e.errors().forEach(error -> diagnostics.error(error.pos(), error.message()));
                throw new DslException(diagnostics);
            }
            outputs.addAll(files);
            skipped.addAll(generator.skipped());
            files.forEach(f -> generatorOf.put(f.relativePath(), generator.name()));
            generator.skipped().forEach(s -> generatorOf.put(s.relativePath(), generator.name()));
        }
        outputs.sort(Comparator.comparing(GeneratedFile::relativePath));
        skipped.sort(Comparator.comparing(SkippedOutput::relativePath));
        return new Outputs(outputs, skipped, generatorOf,
                generators.stream().map(Generator::name).collect(Collectors.toSet()));
    }
}
