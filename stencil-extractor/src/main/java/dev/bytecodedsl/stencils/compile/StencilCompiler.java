package dev.bytecodedsl.stencils.compile;

import dev.bytecodedsl.stencils.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compiles translation units with clang, in parallel, through the {@link ObjectCache}: a unit
 * whose key is cached is not compiled again, so a no-op rebuild runs no clang at all.
 */
public final class StencilCompiler {

    /** One C translation unit to compile. */
    public record Unit(String name, String source) {}

    /** A compiled unit; {@code fromCache} when no clang ran for it. */
    public record Compiled(String name, byte[] object, String disassembly, boolean fromCache) {}

    /** clang rejected a unit: its name and clang's messages. */
    public static final class CompileFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String unit;

        public CompileFailure(String unit, String message) {
            super(message);
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    /** At most one progress line per interval. */
    private static final long PROGRESS_INTERVAL_NANOS = 3_000_000_000L;

    private final Clang clang;
    private final ObjectCache cache;
    private final int threads;
    private final AtomicInteger compiled = new AtomicInteger();
    private final Consumer<String> progress;

    public StencilCompiler(Clang clang, ObjectCache cache, int threads) {
        this(clang, cache, threads, line -> {});
    }

    /**
     * @param progress receives a line now and then while objects are compiled (not when they all
     *     come from the cache): a cold build runs for a minute, and a silent minute looks hung
     */
    public StencilCompiler(Clang clang, ObjectCache cache, int threads, Consumer<String> progress) {
        this.clang = clang;
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.progress = progress;
    }

    /** How many units were compiled (not taken from the cache) so far. */
    public int compiledCount() {
        return compiled.get();
    }

    /** Compiles every unit for {@code target}; results in the order of {@code units}. */
    public List<Compiled> compile(Target target, List<Unit> units) {
        List<String> flags = CompileFlags.of(target);
        Map<Unit, Future<Compiled>> futures = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Unit unit : units) {
                futures.put(unit, pool.submit(() -> compileOne(unit, flags)));
            }
            List<Compiled> results = new ArrayList<>();
            int fresh = 0;
            long lastReport = System.nanoTime();
            for (Future<Compiled> future : futures.values()) {
                Compiled result = future.get();
                results.add(result);
                if (!result.fromCache()) {
                    fresh++;
                    if (System.nanoTime() - lastReport > PROGRESS_INTERVAL_NANOS) {
                        progress.accept("stencils: " + target.triple() + ": " + results.size() + " of " + units.size()
                                + " objects done (" + fresh + " compiled so far, the others from the cache)");
                        lastReport = System.nanoTime();
                    }
                }
            }
            if (fresh > 0) {
                progress.accept("stencils: " + target.triple() + ": " + fresh + " of " + units.size() + " objects compiled");
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling stencils", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Compiled compileOne(Unit unit, List<String> flags) {
        String key = ObjectCache.key(unit.source(), clang, flags);
        var hit = cache.get(key);
        if (hit.isPresent()) {
            return new Compiled(unit.name(), hit.get().object(), hit.get().disassembly(), true);
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("stencil-");
            // Fixed file names inside a fresh directory: nothing machine-specific reaches the object.
            Files.writeString(dir.resolve("stencil.c"), unit.source());
            List<String> command = new ArrayList<>();
            command.add(clang.executable());
            command.addAll(flags);
            command.addAll(List.of("stencil.c", "-o", "stencil.o"));
            Clang.Result result = Clang.run(command, dir, 300);
            if (result.exitCode() != 0) {
                throw new CompileFailure(unit.name(), "clang failed:\n" + result.stderr().strip());
            }
            Clang.Result dump = Clang.run(List.of(clang.objdump(), "-d", "-r", "--no-leading-addr", "stencil.o"), dir, 300);
            if (dump.exitCode() != 0) {
                throw new CompileFailure(unit.name(), "llvm-objdump failed:\n" + dump.stderr().strip());
            }
            ObjectCache.Entry entry = new ObjectCache.Entry(Files.readAllBytes(dir.resolve("stencil.o")), tidy(dump.stdout()));
            cache.put(key, entry);
            compiled.incrementAndGet();
            return new Compiled(unit.name(), entry.object(), entry.disassembly(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** objdump's listing without its file-name header, so it does not depend on where it ran. */
    static String tidy(String listing) {
        List<String> lines = new ArrayList<>();
        for (String line : listing.split("\n")) {
            if (line.contains("file format") || line.startsWith("Disassembly of section") || line.isBlank()) {
                continue;
            }
            lines.add(line.stripTrailing().replace('\t', ' '));
        }
        return String.join("\n", lines) + "\n";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
