package dev.bytecodedsl.maven;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.generate.LockFile;
import dev.bytecodedsl.cases.generate.OutputTree;
import dev.bytecodedsl.cases.generate.Outputs;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code generate} goal's work (see {@link GenerateMojo}).
 *
 * @param stamp the up-to-date stamp
 * @param pluginContext where this goal leaves what it verified, for a later {@code check}
 */
record GenerateGoal(AbstractBytecodeDslMojo.Settings settings, Path stamp, PluginDescriptor plugin, Log log,
        Map<Object, Object> pluginContext) {

    static final String UP_TO_DATE = "bytecodedsl: generated code is up to date (no work)";
    /**
     * The plugin context key under which a goal records "these inputs produced exactly these
     * outputs" for a later goal of the same build (so {@code check} after {@code generate} does not
     * generate again).
     */
    static final String VERIFIED = "bytecodedsl.verified";

    void run() throws MojoExecutionException, MojoFailureException {
        Generation generation = new Generation(settings, log);
        List<SourceFile> sources = generation.readSources();
        try {
            String inputs = generation.inputsHash(sources, plugin);
            if (Files.isRegularFile(stamp)) {
                String outputsNow = generation.outputsHash();
                if (Files.readString(stamp).equals(stampContent(inputs, outputsNow))) {
                    log.info(UP_TO_DATE);
                    remember(inputs, outputsNow);
                    return;
                }
            }
            LockFile lock = generation.lock();
            Pipeline.Result result = generation.run(sources, lock);
            Outputs outputs = result.outputs();
            OutputTree tree = generation.tree();
            OutputTree.WriteReport report;
            try {
                report = tree.write(outputs);
            } catch (OutputTree.ForeignFilesException e) {
                throw new MojoFailureException("bytecodedsl: " + e.getMessage() + "\nNothing was written. Move those files"
                        + " away, or point javaOutputDirectory/docsOutputDirectory elsewhere; files the generators wrote"
                        + " are listed in " + tree.manifestFile() + ".");
            }
            report.written().forEach(p -> log.info("  wrote   " + p));
            report.deleted().forEach(p -> log.info("  deleted " + p));
            if (lock.update(result.lockText())) {
                log.info("  wrote   " + settings.lock() + " (the number lock: check it in)");
            }
            outputs.skipped().forEach(s -> log.warn("bytecodedsl: not regenerated " + tree.display(s.relativePath()) + ": "
                    + s.reason()));
            log.info("bytecodedsl: " + report.written().size() + " written, " + report.unchanged().size()
                    + " unchanged, " + report.deleted().size() + " deleted");
            if (!outputs.skipped().isEmpty()) {
                // Not up to date while outputs are missing: the next run (with clang) must redo them.
                Files.deleteIfExists(stamp);
                return;
            }
            // The inputs again: the number lock, one of them, may have just been extended.
            String inputsNow = generation.inputsHash(sources, plugin);
            String produced = generation.outputsHash();
            Files.createDirectories(stamp.toAbsolutePath().getParent());
            Files.writeString(stamp, stampContent(inputsNow, produced));
            remember(inputsNow, produced);
        } catch (IOException e) {
            throw new MojoExecutionException("bytecodedsl: cannot write the generated files: " + e, e);
        }
    }

    private void remember(String inputs, String outputs) {
        if (pluginContext != null) {
            pluginContext.put(VERIFIED, stampContent(inputs, outputs));
        }
    }

    static String stampContent(String inputs, String outputs) {
        return "inputs " + inputs + "\noutputs " + outputs + "\n";
    }
}
