package dev.bytecodedsl.stencils;

import dev.bytecodedsl.stencils.compile.ObjectCache;
import java.nio.file.Path;
import java.util.List;

/**
 * How to build the stencils: which targets, which clang executable (its major version must be
 * {@link #CLANG_MAJOR}), where compiled objects are cached between builds and how big that cache
 * may stay.
 */
public record StencilOptions(List<Target> targets, String clang, Path cacheDirectory, ObjectCache.Limits cacheLimits) {

    /** The pinned clang major version (CPython 3.14 pins LLVM 19 as well). */
    public static final int CLANG_MAJOR = 19;
    public static final String DEFAULT_CLANG = "clang-" + CLANG_MAJOR;
    /** At the repository root: survives {@code mvn clean}, ignored by git. */
    public static final String DEFAULT_CACHE = ".stencil-cache";

    public StencilOptions {
        targets = List.copyOf(targets);
    }

    /** With the default cache limits. */
    public StencilOptions(List<Target> targets, String clang, Path cacheDirectory) {
        this(targets, clang, cacheDirectory, ObjectCache.Limits.DEFAULT);
    }

    public static StencilOptions defaults(Path root) {
        return new StencilOptions(Target.DEFAULTS, DEFAULT_CLANG, root.resolve(DEFAULT_CACHE));
    }
}
