package dev.bytecodedsl.maven;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.generate.OutputTree;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Regenerates the output directory from the DSL: writes only files whose content changed and
 * deletes files the generators no longer produce. Up-to-date aware: a stamp file records a hash of
 * the inputs (DSL contents, plugin version and jars, output directory) and of every file under the owned
 * output directories; when neither changed, the pipeline does not run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractBytecodeDslMojo {

    static final String UP_TO_DATE = "bytecodedsl: generated code is up to date (no work)";

    /** Where the up-to-date stamp is kept. */
    @Parameter(defaultValue = "${project.build.directory}/bytecodedsl/generate.stamp", required = true)
    protected File stampFile;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bytecodedsl: generate skipped");
            return;
        }
        List<Path> defs = defPaths();
        List<SourceFile> sources = readSources(defs);
        Path stamp = stampFile.toPath();
        try {
            String inputs = inputsHash(sources);
            if (Files.isRegularFile(stamp)
                    && Files.readString(stamp).equals(stampContent(inputs, outputsHash()))) {
                getLog().info(UP_TO_DATE);
                return;
            }
            Pipeline.Result result = generate(sources);
            OutputTree.WriteReport report = outputTree().write(result.files(), result.skipped());
            String label = outputDirectory.getName() + "/";
            report.written().forEach(p -> getLog().info("  wrote   " + label + p));
            report.deleted().forEach(p -> getLog().info("  deleted " + label + p));
            result.skipped().forEach(s -> getLog().warn("bytecodedsl: not regenerated " + label + s.relativePath() + ": " + s.reason()));
            getLog().info("bytecodedsl: " + report.written().size() + " written, " + report.unchanged().size()
                    + " unchanged, " + report.deleted().size() + " deleted");
            if (!result.skipped().isEmpty()) {
                // Not up to date while outputs are missing: the next run (with clang) must redo them.
                Files.deleteIfExists(stamp);
                return;
            }
            Files.createDirectories(stamp.toAbsolutePath().getParent());
            Files.writeString(stamp, stampContent(inputs, outputsHash()));
        } catch (IOException e) {
            throw new MojoExecutionException("bytecodedsl: cannot write " + outputDirectory + ": " + e, e);
        }
    }

    private static String stampContent(String inputs, String outputs) {
        return "inputs " + inputs + "\noutputs " + outputs + "\n";
    }

    private String inputsHash(List<SourceFile> sources) {
        MessageDigest digest = sha256();
        update(digest, plugin == null ? "?" : plugin.getVersion());
        if (plugin != null) {
            // A SNAPSHOT version does not change with the code: also hash our own jars (plugin,
            // generators, grammar), so a rebuilt plugin regenerates.
            List<org.apache.maven.artifact.Artifact> own = new java.util.ArrayList<>(plugin.getArtifacts());
            if (plugin.getPluginArtifact() != null) {
                own.add(plugin.getPluginArtifact());
            }
            own.stream()
                    .filter(a -> "dev.bytecodedsl".equals(a.getGroupId()) && a.getFile() != null && a.getFile().isFile())
                    .map(a -> a.getFile().toPath())
                    .sorted()
                    .forEach(jar -> {
                        update(digest, jar.toString());
                        try {
                            digest.update(Files.readAllBytes(jar));
                        } catch (IOException e) {
                            update(digest, "unreadable");
                        }
                    });
        }
        update(digest, outputDirectory.getAbsolutePath());
        update(digest, skipStencils + " " + clang + " " + stencilTargets);
        for (SourceFile source : sources) {
            update(digest, source.name());
            update(digest, source.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A hash of every file (path and bytes) under the owned output directories. */
    private String outputsHash() throws IOException {
        Path root = outputDirectory.toPath();
        TreeMap<String, Path> files = new TreeMap<>();
        for (String dir : Pipeline.OWNED_DIRECTORIES) {
            Path start = root.resolve(dir);
            if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> files.put(root.relativize(p).toString(), p));
            }
        }
        MessageDigest digest = sha256();
        for (var e : files.entrySet()) {
            update(digest, e.getKey());
            byte[] bytes = Files.readAllBytes(e.getValue());
            update(digest, Integer.toString(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
