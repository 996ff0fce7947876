package dev.bytecodedsl.stencils;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import dev.bytecodedsl.cases.generate.SkippedOutput;
import dev.bytecodedsl.stencils.compile.Clang;
import dev.bytecodedsl.stencils.compile.ObjectCache;
import dev.bytecodedsl.stencils.compile.StencilCompiler;
import dev.bytecodedsl.stencils.emit.JitOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Set;

/**
 * The copy-and-patch JIT's generator: the target-independent types always, and one stencil table
 * per configured target when the pinned clang is available. Without it the tables are reported as
 * skipped (generate keeps them, check names them as not verified), never silently passed over.
 */
public final class StencilsGenerator implements Generator {

    @Override
    public String name() {
        return "stencils";
    }

    @Override
    public Set<String> requires() {
        return Set.of("metadata");
    }

    private final StencilOptions options;
    private List<SkippedOutput> skipped = List.of();
    private String report = "";

    private final Consumer<String> progress;

    public StencilsGenerator(StencilOptions options) {
        this(options, line -> {});
    }

    /** With a receiver of progress lines for long builds (the command line and the Maven log). */
    public StencilsGenerator(StencilOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    @Override
    public List<GeneratedFile> generate(Analysis analysis) {
        List<GeneratedFile> files = new ArrayList<>();
        skipped = List.of();
        report = "";
        if (options.targets().isEmpty()) {
            return files;
        }
        StencilBuild build = new StencilBuild(analysis); // lowering errors are reported even without clang
        Clang clang;
        try {
            clang = Clang.probe(options.clang(), StencilOptions.CLANG_MAJOR);
        } catch (Clang.Unavailable e) {
            skipped = options.targets().stream()
                    .map(t -> new SkippedOutput(JitOutput.path(t.className()), "stencils not rebuilt: " + e.getMessage()))
                    .toList();
            return files;
        }
        ObjectCache cache = new ObjectCache(options.cacheDirectory(), options.cacheLimits());
        StencilCompiler compiler = new StencilCompiler(clang, cache, Runtime.getRuntime().availableProcessors(), progress);
        for (Target target : options.targets()) {
            files.add(build.table(target, clang, compiler));
        }
        evict(cache);
        int total = build.units().size() * options.targets().size();
        report = compiler.compiledCount() == 0
                ? "stencils: all " + total + " objects from the cache, nothing compiled"
                : "stencils: compiled " + compiler.compiledCount() + " of " + total + " objects (the rest from the cache)";
        return files;
    }

    /** Keeps the cache bounded; a failure to clean it up costs disk space, not the build. */
    private void evict(ObjectCache cache) {
        try {
            ObjectCache.Eviction eviction = cache.evict();
            if (eviction.entries() > 0) {
                progress.accept("stencils: evicted " + eviction.entries() + " cached objects ("
                        + eviction.bytes() / 1024 + " KiB) beyond the cache's limits");
            }
        } catch (IOException e) {
            progress.accept("stencils: warning: cannot evict old entries from " + options.cacheDirectory() + ": " + e);
        }
    }

    /**
     * The targets and the clang binary the stencils come from (its resolved path, size and time):
     * another clang compiles other code, so up-to-date stamps must miss when it changes.
     */
    @Override
    public String inputs() {
        String targets = options.targets().stream().map(Target::triple).toList().toString();
        return targets + " " + executableIdentity(options.clang());
    }

    private static String executableIdentity(String executable) {
        List<Path> candidates = executable.contains("/") ? List.of(Path.of(executable))
                : java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, executable)).toList();
        for (Path candidate : candidates) {
            try {
                Path real = candidate.toRealPath();
                var attributes = java.nio.file.Files.readAttributes(real, java.nio.file.attribute.BasicFileAttributes.class);
                return real + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            } catch (IOException e) {
                // not here; try the next PATH entry
            }
        }
        return executable + " (not found)";
    }

    @Override
    public List<SkippedOutput> skipped() {
        return skipped;
    }

    /** What the last run compiled, e.g. that a no-op rebuild compiled nothing. */
    public String report() {
        return report;
    }
}
