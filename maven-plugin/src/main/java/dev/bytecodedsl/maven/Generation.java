package dev.bytecodedsl.maven;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.cases.generate.LockFile;
import dev.bytecodedsl.cases.generate.Manifest;
import dev.bytecodedsl.cases.generate.OutputLayout;
import dev.bytecodedsl.cases.generate.OutputSettings;
import dev.bytecodedsl.cases.generate.OutputTree;
import dev.bytecodedsl.stencils.StencilOptions;
import dev.bytecodedsl.stencils.StencilsGenerator;
import dev.bytecodedsl.stencils.Target;
import dev.bytecodedsl.stencils.compile.ObjectCache;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;

/**
 * One goal's use of the generators: reads the DSL, runs the selected generators with the
 * execution's settings, and knows the output tree and the hashes that make {@code generate}
 * incremental. Only this class (and what it calls) needs the generators' JDK.
 */
final class Generation {

    private final AbstractBytecodeDslMojo.Settings settings;
    private final Log log;

    Generation(AbstractBytecodeDslMojo.Settings settings, Log log) {
        this.settings = settings;
        this.log = log;
    }

    List<SourceFile> readSources() throws MojoExecutionException {
        List<SourceFile> sources = new ArrayList<>();
        for (Path def : settings.defs()) {
            try {
                sources.add(SourceFile.read(def));
            } catch (CharacterCodingException e) {
                // InvalidUtf8Exception's message names the bad byte and its offset.
                throw new MojoExecutionException("bytecodedsl: cannot read " + def + ": "
                        + (e.getMessage() != null ? e.getMessage() : "not valid UTF-8 text"));
            } catch (IOException e) {
                throw new MojoExecutionException("bytecodedsl: cannot read " + def + ": " + e);
            }
        }
        return sources;
    }

    /** The number lock as it is on disk now. */
    LockFile lock() throws MojoExecutionException {
        try {
            return LockFile.read(settings.lock());
        } catch (IOException e) {
            throw new MojoExecutionException("bytecodedsl: cannot read " + settings.lock() + ": " + e);
        }
    }

    /** Runs the pipeline; DSL errors become a build failure listing every diagnostic (no stack trace). */
    Pipeline.Result run(List<SourceFile> sources, LockFile lock) throws MojoExecutionException, MojoFailureException {
        var badPackage = OutputSettings.invalidPackage(settings.packageName());
        if (badPackage.isPresent()) {
            throw new MojoExecutionException("bytecodedsl: packageName: " + badPackage.get());
        }
        StencilsGenerator stencils = new StencilsGenerator(stencilOptions(), line -> log.info("bytecodedsl: " + line));
        Set<String> selected = selection(stencils);
        try {
            Pipeline.Result result = Pipeline.run(sources, lock.current(),
                    new Pipeline.Options(settings.packageName(), settings.regenerateCommand(), selected), List.of(stencils));
            if (selected.contains(stencils.name()) && !stencils.report().isEmpty()) {
                log.info("bytecodedsl: " + stencils.report());
            }
            return result;
        } catch (DslException e) {
            // Maven prints each line of the message as "[ERROR] file:line:col: error: ...", which
            // IDEs and CI link to the source.
            throw new MojoFailureException("bytecodedsl: the DSL has errors:\n" + e.diagnostics().render().stripTrailing());
        }
    }

    /** The generators to run: the configured ones (default all), without the stencils when skipped. */
    private Set<String> selection(StencilsGenerator stencils) throws MojoExecutionException {
        Set<String> selected = new LinkedHashSet<>();
        for (String name : settings.generators()) {
            selected.add(name.strip());
        }
        selected.removeIf(String::isEmpty);
        var problem = Pipeline.invalidSelection(selected, List.of(stencils));
        if (problem.isPresent()) {
            throw new MojoExecutionException("bytecodedsl: generators: " + problem.get());
        }
        if (selected.isEmpty()) {
            selected.addAll(Pipeline.generatorNames(List.of(stencils)));
        }
        if (settings.skipStencils()) {
            selected.remove(stencils.name());
        }
        return selected;
    }

    /** The stencil generator's options: targets, clang, and the cache with its limits. */
    StencilOptions stencilOptions() throws MojoExecutionException {
        List<Target> targets = new ArrayList<>();
        for (String name : settings.stencilTargets()) {
            targets.add(Target.parse(name.strip()).orElseThrow(() -> new MojoExecutionException(
                    "bytecodedsl: unknown stencil target " + name + " (known: " + String.join(", ", Target.triples()) + ")")));
        }
        int mib = positive("stencilCacheMib", settings.stencilCacheMib());
        int builds = positive("stencilCacheBuilds", settings.stencilCacheBuilds());
        return new StencilOptions(targets.isEmpty() ? Target.DEFAULTS : targets.stream().distinct().toList(),
                settings.clang(), settings.stencilCache(), new ObjectCache.Limits((long) mib << 20, builds));
    }

    private static int positive(String parameter, int value) throws MojoExecutionException {
        if (value <= 0) {
            throw new MojoExecutionException("bytecodedsl: " + parameter + " must be a positive number, not " + value);
        }
        return value;
    }

    OutputTree tree() {
        return new OutputTree(new OutputLayout(settings.javaDirectory(), settings.docsDirectory()), settings.manifest(),
                settings.basedir());
    }

    /**
     * A hash of everything generation depends on: the DSL texts, every parameter, and the plugin's
     * own jars (a SNAPSHOT version does not change with the code, so a rebuilt plugin regenerates).
     */
    String inputsHash(List<SourceFile> sources, PluginDescriptor plugin) {
        MessageDigest digest = sha256();
        update(digest, plugin == null ? "?" : plugin.getVersion());
        if (plugin != null) {
            List<Artifact> own = new ArrayList<>(plugin.getArtifacts());
            if (plugin.getPluginArtifact() != null) {
                own.add(plugin.getPluginArtifact());
            }
            own.stream()
                    .filter(a -> "dev.bytecodedsl".equals(a.getGroupId()) && a.getFile() != null)
                    .map(a -> a.getFile().toPath())
                    .sorted()
                    .forEach(toolchain -> updateWithFiles(digest, toolchain));
        }
        update(digest, settings.toString());
        try {
            update(digest, lock().current().map(SourceFile::text).orElse("no lock"));
        } catch (MojoExecutionException e) {
            update(digest, "unreadable lock");
        }
        for (SourceFile source : sources) {
            update(digest, source.name());
            update(digest, source.text());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The toolchain's code: a jar, or a directory of classes, which is what a build of the
     * toolchain's own reactor resolves its modules to before they are packaged. Hashing only jars
     * made such a build keep output of the previous generator version as up to date.
     */
    static void updateWithFiles(MessageDigest digest, Path toolchain) {
        update(digest, toolchain.toString());
        try {
            if (Files.isRegularFile(toolchain)) {
                digest.update(Files.readAllBytes(toolchain));
            } else if (Files.isDirectory(toolchain)) {
                List<Path> files;
                try (var walk = Files.walk(toolchain)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    update(digest, toolchain.relativize(file).toString());
                    digest.update(Files.readAllBytes(file));
                }
            } else {
                update(digest, "missing");
            }
        } catch (IOException e) {
            update(digest, "unreadable");
        }
    }

    /** A hash of the manifest and of every file it lists (path and bytes). */
    String outputsHash() throws IOException {
        MessageDigest digest = sha256();
        Path manifest = settings.manifest();
        update(digest, Files.isRegularFile(manifest) ? Files.readString(manifest, StandardCharsets.UTF_8) : "no manifest");
        for (Path file : new TreeSet<>(Manifest.read(manifest).generatorOf().keySet())) {
            update(digest, file.toString());
            if (Files.isRegularFile(file)) {
                byte[] bytes = Files.readAllBytes(file);
                update(digest, Integer.toString(bytes.length));
                digest.update(bytes);
            } else {
                update(digest, "missing");
            }
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
