package dev.bytecodedsl.casegen;

import dev.bytecodedsl.stencils.StencilOptions;
import dev.bytecodedsl.stencils.compile.ObjectCache;
import dev.bytecodedsl.stencils.StencilsGenerator;
import dev.bytecodedsl.stencils.Target;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code ./casegen}'s entry point: {@link Casegen} with the stencil generator added, and its options
 * {@code --clang EXE}, {@code --stencil-target TRIPLE} (repeatable; default: every target) and
 * {@code --stencil-cache DIR} (default {@code .stencil-cache/} under the working directory, which
 * {@code ./casegen} makes the repository root), {@code --stencil-cache-mib N} and {@code
 * --stencil-cache-builds N} (the cache's {@link ObjectCache.Limits}).
 */
public final class StencilCasegen {

    static final String USAGE = """

            stencil options:
              --clang EXE              the clang executable (default: %s; must be clang %d)
              --stencil-target TRIPLE  a stencil target (repeatable; default: all of %s)
              --stencil-cache DIR      where compiled stencils are cached (default: .stencil-cache)
              --stencil-cache-mib N    keep that cache within N MiB after a build (default: %d)
              --stencil-cache-builds N drop cached stencils no build used in the last N (default: %d)
            """;

    private static final Set<String> OPTIONS = Set.of(
            "--clang", "--stencil-target", "--stencil-cache", "--stencil-cache-mib", "--stencil-cache-builds");

    private StencilCasegen() {}

    private static OptionalInt positive(String value) {
        try {
            int n = Integer.parseInt(value);
            return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public static void main(String[] args) {
        Casegen.exit(run(args, System.out, System.err));
    }

    /** Like {@link Casegen#run}, with the stencil generator and its options; prints what it compiled. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>();
        String clang = StencilOptions.DEFAULT_CLANG;
        Path cache = Path.of(StencilOptions.DEFAULT_CACHE);
        long cacheBytes = ObjectCache.Limits.DEFAULT.maxBytes();
        int cacheBuilds = ObjectCache.Limits.DEFAULT.maxBuilds();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!OPTIONS.contains(arg)) {
                rest.add(arg);
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].isEmpty()) {
                err.println("casegen: " + arg + " needs a value (try --help)");
                return Casegen.USAGE_OR_IO_ERROR;
            }
            String value = args[++i];
            switch (arg) {
                case "--clang" -> clang = value;
                case "--stencil-cache" -> cache = Path.of(value);
                case "--stencil-cache-mib", "--stencil-cache-builds" -> {
                    OptionalInt n = positive(value);
                    if (n.isEmpty()) {
                        err.println("casegen: " + arg + " needs a positive number, not " + value);
                        return Casegen.USAGE_OR_IO_ERROR;
                    }
                    if (arg.equals("--stencil-cache-mib")) {
                        cacheBytes = (long) n.getAsInt() << 20;
                    } else {
                        cacheBuilds = n.getAsInt();
                    }
                }
                default -> {
                    var target = Target.parse(value);
                    if (target.isEmpty()) {
                        err.println("casegen: unknown stencil target " + value + " (known: " + String.join(", ", Target.triples()) + ")");
                        return Casegen.USAGE_OR_IO_ERROR;
                    }
                    targets.add(target.get());
                }
            }
        }
        if (rest.contains("-h") || rest.contains("--help")) {
            int code = Casegen.run(new String[] {"--help"}, out, err,
                    List.of(new StencilsGenerator(StencilOptions.defaults(Path.of("")))));
            out.printf(USAGE, StencilOptions.DEFAULT_CLANG, StencilOptions.CLANG_MAJOR, String.join(", ", Target.triples()),
                    ObjectCache.Limits.DEFAULT.maxBytes() >> 20, ObjectCache.Limits.DEFAULT.maxBuilds());
            return code;
        }
        StencilOptions options = new StencilOptions(
                targets.isEmpty() ? Target.DEFAULTS : targets.stream().distinct().toList(),
                clang, cache.toAbsolutePath(), new ObjectCache.Limits(cacheBytes, cacheBuilds));
        StencilsGenerator generator = new StencilsGenerator(options, err::println);
        int code = Casegen.run(rest.toArray(String[]::new), out, err, List.of(generator));
        if (!generator.report().isEmpty()) {
            out.println(generator.report());
        }
        return code;
    }
}
