package dev.bytecodedsl.maven;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.generate.DriftText;
import dev.bytecodedsl.cases.generate.LockFile;
import dev.bytecodedsl.cases.generate.OutputTree;
import dev.bytecodedsl.cases.generate.Outputs;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code check} goal's work (see {@link CheckMojo}).
 *
 * @param pluginContext where {@code generate} left what it verified in this build
 */
record CheckGoal(AbstractBytecodeDslMojo.Settings settings, PluginDescriptor plugin, Log log,
        Map<Object, Object> pluginContext) {

    void run() throws MojoExecutionException, MojoFailureException {
        Generation generation = new Generation(settings, log);
        List<SourceFile> sources = generation.readSources();
        try {
            Object verified = pluginContext == null ? null : pluginContext.get(GenerateGoal.VERIFIED);
            if (verified != null && verified.equals(GenerateGoal.stampContent(generation.inputsHash(sources, plugin),
                    generation.outputsHash()))) {
                log.info("bytecodedsl: generated code is up to date (generated in this build)");
                return;
            }
            LockFile lock = generation.lock();
            Pipeline.Result result = generation.run(sources, lock);
            Outputs outputs = result.outputs();
            OutputTree.DriftReport drift = generation.tree().check(outputs);
            String lockDrift = lock.drift(result.lockText());
            if (drift.upToDate() && lockDrift.isEmpty()) {
                int files = outputs.files().size();
                log.info("bytecodedsl: generated code is up to date (" + files + (files == 1 ? " file" : " files")
                        + (outputs.skipped().isEmpty() ? ")" : "; " + outputs.skipped().size() + " not verified, see the warnings)"));
                DriftText.notVerified(drift).lines()
                        .forEach(line -> log.warn(line.replaceFirst("^warning: ", "bytecodedsl: ")));
                return;
            }
            String report = drift.upToDate()
                    ? lockDrift + DriftText.notVerified(drift) + "fix: run " + settings.regenerateCommand()
                    : lockDrift + DriftText.describe("generated code", drift, settings.regenerateCommand());
            throw new MojoFailureException("bytecodedsl: generated code is stale\n" + report.stripTrailing());
        } catch (IOException e) {
            throw new MojoExecutionException("bytecodedsl: cannot check the generated files: " + e, e);
        }
    }
}
