package dev.bytecodedsl.maven;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.DslException;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.OutputTree;
import dev.bytecodedsl.stencils.StencilOptions;
import dev.bytecodedsl.stencils.StencilsGenerator;
import dev.bytecodedsl.stencils.Target;
import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What both goals share: the DSL sources, the output directory, skip, running the pipeline. */
abstract class AbstractBytecodeDslMojo extends AbstractMojo {

    /**
     * The DSL source files, parsed together. Default: {@code ${project.basedir}/bytecodes.def},
     * plus the optimizer's overrides file {@code optimizer.def} next to it when there is one.
     */
    @Parameter(property = "bytecodedsl.defFiles")
    protected List<File> defFiles;

    /**
     * The output root: the generators own {@code src/main/java/dev/bytecodedsl/generated/} and
     * {@code docs/} under it (extra files there are deleted by generate and reported by check).
     */
    @Parameter(property = "bytecodedsl.outputDirectory", defaultValue = "${project.basedir}", required = true)
    protected File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "bytecodedsl.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * The stencil targets (clang triples, e.g. {@code x86_64-unknown-linux-gnu}). Default: every
     * target the extractor knows. An empty {@code <stencilTargets/>} is the default too; skip the
     * stencils with {@code skipStencils}.
     */
    @Parameter(property = "bytecodedsl.stencilTargets")
    protected List<String> stencilTargets;

    /** The clang executable for the stencils; its major version must be the pinned one (19). */
    @Parameter(property = "bytecodedsl.clang", defaultValue = StencilOptions.DEFAULT_CLANG)
    protected String clang;

    /** Where compiled stencil objects are cached (survives {@code mvn clean}). */
    @Parameter(property = "bytecodedsl.stencilCache", defaultValue = "${maven.multiModuleProjectDirectory}/" + StencilOptions.DEFAULT_CACHE)
    protected File stencilCache;

    /** Leaves the stencil tables out entirely (neither generated nor checked). */
    @Parameter(property = "bytecodedsl.skipStencils", defaultValue = "false")
    protected boolean skipStencils;

    protected List<Path> defPaths() {
        if (defFiles == null || defFiles.isEmpty()) {
            Path overrides = basedir.toPath().resolve("optimizer.def");
            return java.nio.file.Files.exists(overrides)
                    ? List.of(basedir.toPath().resolve("bytecodes.def"), overrides)
                    : List.of(basedir.toPath().resolve("bytecodes.def"));
        }
        return defFiles.stream().map(File::toPath).toList();
    }

    protected static List<SourceFile> readSources(List<Path> defs) throws MojoExecutionException {
        List<SourceFile> sources = new ArrayList<>();
        for (Path def : defs) {
            try {
                sources.add(SourceFile.read(def));
            } catch (CharacterCodingException e) {
                throw new MojoExecutionException("bytecodedsl: cannot read " + def + ": not valid UTF-8 text");
            } catch (IOException e) {
                throw new MojoExecutionException("bytecodedsl: cannot read " + def + ": " + e);
            }
        }
        return sources;
    }

    /** Runs the pipeline; DSL errors become a build failure listing every diagnostic (no stack trace). */
    protected Pipeline.Result generate(List<SourceFile> sources) throws MojoExecutionException, MojoFailureException {
        try {
            if (skipStencils) {
                return Pipeline.run(sources, List.of());
            }
            StencilsGenerator stencils = new StencilsGenerator(stencilOptions());
            Pipeline.Result result = Pipeline.run(sources, List.of(stencils));
            if (!stencils.report().isEmpty()) {
                getLog().info("bytecodedsl: " + stencils.report());
            }
            return result;
        } catch (DslException e) {
            // Maven prints each line of the message as "[ERROR] file:line:col: error: ...", which
            // IDEs and CI link to the source.
            throw new MojoFailureException("bytecodedsl: the DSL has errors:\n" + e.diagnostics().render().stripTrailing());
        }
    }

    private StencilOptions stencilOptions() throws MojoExecutionException {
        List<Target> targets = new ArrayList<>();
        for (String name : stencilTargets == null ? List.<String>of() : stencilTargets) {
            targets.add(Target.parse(name.strip()).orElseThrow(() -> new MojoExecutionException(
                    "bytecodedsl: unknown stencil target " + name + " (known: " + String.join(", ", Target.triples()) + ")")));
        }
        return new StencilOptions(targets.isEmpty() ? Target.DEFAULTS : targets.stream().distinct().toList(),
                clang, stencilCache.toPath());
    }

    protected OutputTree outputTree() {
        return new OutputTree(outputDirectory.toPath(), Pipeline.OWNED_DIRECTORIES);
    }
}
