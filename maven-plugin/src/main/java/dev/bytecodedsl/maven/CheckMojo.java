package dev.bytecodedsl.maven;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.cli.Casegen;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.OutputTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Regenerates in memory and fails the build when anything under the owned output directories is
 * stale, missing or extra. The message names each file, shows unified-diff excerpts and ends with
 * the one command that fixes it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractBytecodeDslMojo {

    /** Fix command for projects other than this repository's own {@code generated/} module. */
    static final String MAVEN_FIX_COMMAND = "mvn generate-sources";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bytecodedsl: check skipped");
            return;
        }
        List<Path> defs = defPaths();
        Pipeline.Result result = generate(readSources(defs));
        List<GeneratedFile> files = result.files();
        OutputTree.DriftReport drift;
        try {
            drift = outputTree().check(files, result.skipped());
        } catch (IOException e) {
            throw new MojoExecutionException("bytecodedsl: cannot check " + outputDirectory + ": " + e, e);
        }
        String label = outputDirectory.getName() + "/";
        if (drift.upToDate()) {
            getLog().info("bytecodedsl: " + label + " is up to date (" + files.size()
                    + (files.size() == 1 ? " file" : " files")
                    + (result.skipped().isEmpty() ? ")" : "; " + result.skipped().size() + " not verified, see the warnings)"));
            Casegen.describeNotVerified(label, drift).lines()
                    .forEach(line -> getLog().warn(line.replaceFirst("^warning: ", "bytecodedsl: ")));
            return;
        }
        String fix = Casegen.isStandardLayout(defs, outputDirectory.toPath()) ? Casegen.FIX_COMMAND : MAVEN_FIX_COMMAND;
        throw new MojoFailureException("bytecodedsl: generated code is stale\n"
                + Casegen.describeDrift(label, drift, fix).stripTrailing());
    }
}
