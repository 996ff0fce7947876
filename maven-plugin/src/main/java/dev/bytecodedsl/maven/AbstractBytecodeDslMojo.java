package dev.bytecodedsl.maven;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.DslException;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.OutputTree;
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
    protected List<GeneratedFile> generate(List<SourceFile> sources) throws MojoFailureException {
        try {
            return Pipeline.generateAll(sources);
        } catch (DslException e) {
            // Maven prints each line of the message as "[ERROR] file:line:col: error: ...", which
            // IDEs and CI link to the source.
            throw new MojoFailureException("bytecodedsl: the DSL has errors:\n" + e.diagnostics().render().stripTrailing());
        }
    }

    protected OutputTree outputTree() {
        return new OutputTree(outputDirectory.toPath(), Pipeline.OWNED_DIRECTORIES);
    }
}
