package dev.bytecodedsl.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: their parameters, skip, and the refusal to run on an older JDK.
 *
 * <p>This module is compiled for Java 17, the oldest JDK Maven users commonly run on, while the
 * generators it calls need Java 25. The mojos therefore touch no generator class themselves: they
 * check the JDK first and only then hand over to {@link Generation}, so a Maven on an older JDK
 * prints one line naming the JDK it needs instead of an {@code UnsupportedClassVersionError}.
 */
abstract class AbstractBytecodeDslMojo extends AbstractMojo {

    /** The JDK the generators (and the generated code) need. */
    static final int REQUIRED_JDK = 25;

    /**
     * The DSL source files, parsed together. Default: {@code ${project.basedir}/bytecodes.def},
     * plus the optimizer's overrides file {@code optimizer.def} next to it when there is one.
     */
    @Parameter(property = "bytecodedsl.defFiles")
    protected List<File> defFiles;

    /**
     * The number lock: opcode and uop numbers the generators keep stable (check it in). Default:
     * {@code bytecodes.lock} next to the first DSL file. {@code generate} creates and extends it.
     */
    @Parameter(property = "bytecodedsl.lockFile")
    protected File lockFile;

    /** Where the generated Java goes; {@code generate} adds it to the project's compile source roots. */
    @Parameter(property = "bytecodedsl.javaOutputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/bytecodedsl", required = true)
    protected File javaOutputDirectory;

    /** Where the generated documents go (the instruction reference). */
    @Parameter(property = "bytecodedsl.docsOutputDirectory",
            defaultValue = "${project.build.directory}/generated-docs/bytecodedsl", required = true)
    protected File docsOutputDirectory;

    /**
     * The list of files the generators wrote: the only files a later run deletes or overwrites
     * (besides files carrying the generators' header). Keep it next to the output when the output
     * is checked in.
     */
    @Parameter(property = "bytecodedsl.manifestFile",
            defaultValue = "${project.build.directory}/bytecodedsl/manifest.txt", required = true)
    protected File manifestFile;

    /** The Java package of every generated class (the JIT's classes go to its {@code jit} subpackage). */
    @Parameter(property = "bytecodedsl.packageName", defaultValue = "dev.bytecodedsl.generated", required = true)
    protected String packageName;

    /**
     * The generators to run, by name: {@code metadata}, {@code reference}, {@code tier1},
     * {@code tier2}, {@code optimizer}, {@code jit-helpers}, {@code stencils}. Default: all. A
     * generator needs the ones its output refers to (e.g. {@code tier2} needs {@code tier1} and
     * {@code metadata}); the build says which when one is missing.
     */
    @Parameter(property = "bytecodedsl.generators")
    protected List<String> generators;

    /** The command the generated files' headers tell a reader to run to regenerate them. */
    @Parameter(property = "bytecodedsl.regenerateCommand", defaultValue = "mvn generate-sources", required = true)
    protected String regenerateCommand;

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
    @Parameter(property = "bytecodedsl.clang", defaultValue = "clang-19")
    protected String clang;

    /** Where compiled stencil objects are cached between builds. */
    @Parameter(property = "bytecodedsl.stencilCache", defaultValue = "${project.build.directory}/bytecodedsl/stencil-cache")
    protected File stencilCache;

    /**
     * The stencil cache's budget in MiB: after a build, least recently used objects beyond it are
     * evicted (never the ones this build used). Like {@code ./casegen --stencil-cache-mib}, with its
     * default.
     */
    @Parameter(property = "bytecodedsl.stencilCacheMib", defaultValue = "64")
    protected int stencilCacheMib;

    /**
     * Cached stencil objects that none of the last this many builds used are evicted. Like {@code
     * ./casegen --stencil-cache-builds}, with its default.
     */
    @Parameter(property = "bytecodedsl.stencilCacheBuilds", defaultValue = "20")
    protected int stencilCacheBuilds;

    /** Leaves the stencil generator out: its existing tables are kept as they are, neither rebuilt nor checked. */
    @Parameter(property = "bytecodedsl.skipStencils", defaultValue = "false")
    protected boolean skipStencils;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bytecodedsl: " + goal() + " skipped");
            return;
        }
        requireJdk();
        run();
    }

    /** The goal's name, for log lines. */
    abstract String goal();

    /** The goal's work, on a JDK that can load the generators. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    private static void requireJdk() throws MojoExecutionException {
        if (Runtime.version().feature() < REQUIRED_JDK) {
            throw new MojoExecutionException("bytecodedsl-maven-plugin needs Maven to run on JDK " + REQUIRED_JDK
                    + " or newer, but this Maven runs on Java " + Runtime.version() + " (" + System.getProperty("java.home")
                    + "); set JAVA_HOME to a JDK " + REQUIRED_JDK + " and run Maven again");
        }
    }

    /** This execution's parameters as one value. */
    Settings settings() {
        List<Path> defs = defPaths();
        Path lock = lockFile != null ? lockFile.toPath() : defs.get(0).resolveSibling("bytecodes.lock");
        return new Settings(defs, lock, javaOutputDirectory.toPath(), docsOutputDirectory.toPath(), manifestFile.toPath(),
                packageName, generators == null ? List.of() : List.copyOf(generators), regenerateCommand,
                stencilTargets == null ? List.of() : List.copyOf(stencilTargets), clang, stencilCache.toPath(),
                stencilCacheMib, stencilCacheBuilds, skipStencils, basedir.toPath());
    }

    private List<Path> defPaths() {
        if (defFiles == null || defFiles.isEmpty()) {
            Path overrides = basedir.toPath().resolve("optimizer.def");
            List<Path> defaults = new ArrayList<>(List.of(basedir.toPath().resolve("bytecodes.def")));
            if (Files.exists(overrides)) {
                defaults.add(overrides);
            }
            return defaults;
        }
        return defFiles.stream().map(File::toPath).toList();
    }

    /** The parameters of one execution. */
    record Settings(List<Path> defs, Path lock, Path javaDirectory, Path docsDirectory, Path manifest, String packageName,
            List<String> generators, String regenerateCommand, List<String> stencilTargets, String clang,
            Path stencilCache, int stencilCacheMib, int stencilCacheBuilds, boolean skipStencils, Path basedir) {}
}
