package dev.bytecodedsl.casegen;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.stencils.StencilOptions;
import dev.bytecodedsl.stencils.StencilsGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Warm, in-process timing of parse + analyze + generate for DSL sources read once up front, with
 * every generator {@code ./casegen} runs: the pipeline's registry plus the stencil generator (its
 * objects from the stencil cache under the working directory, as {@code ./casegen check} takes
 * them); no file output. A benchmark, not a test.
 *
 * <pre>CasegenBenchmark [--warmup N] [--iterations N] [--scale K] [FILE...]   (default: bytecodes.def)</pre>
 *
 * <p>Prints each iteration's time in milliseconds, one per line; {@code benchmarks/casegen.sh} turns
 * them into min/median/max with the benchmarks' one statistics helper ({@code benchmarks/stats.awk}).
 * {@code --scale K} adds a file of constants, each defined by the one before, so the input has K
 * times the lines of the given files: a DSL larger than opcode numbering allows instructions for,
 * which shows whether analysis stays linear in the number of definitions.
 */
public final class CasegenBenchmark {

    private CasegenBenchmark() {}

    public static void main(String[] args) {
        int warmup = 20;
        int iterations = 50;
        int scale = 1;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--scale" -> scale = Integer.parseInt(args[++i]);
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(args[i]);
                    }
                }
            }
            if (warmup < 0 || iterations < 1 || scale < 1) {
                throw new IllegalArgumentException("need --warmup >= 0, --iterations >= 1 and --scale >= 1");
            }
        } catch (RuntimeException e) {
            System.err.println("bench: " + e.getMessage()
                    + "\nusage: CasegenBenchmark [--warmup N] [--iterations N] [--scale K] [FILE...]");
            System.exit(2);
        }
        if (files.isEmpty()) {
            files.add("bytecodes.def");
        }

        List<SourceFile> sources = new ArrayList<>();
        for (String file : files) {
            try {
                sources.add(SourceFile.read(Path.of(file)));
            } catch (IOException e) {
                System.err.println("bench: cannot read " + file + ": " + e);
                System.exit(2);
            }
        }

        if (scale > 1) {
            long lines = sources.stream().mapToLong(s -> s.text().lines().count()).sum();
            long extra = lines * (scale - 1);
            StringBuilder constants = new StringBuilder("const int BENCH_C0 = 1;\n");
            for (long k = 1; k < extra; k++) {
                constants.append("const int BENCH_C").append(k).append(" = BENCH_C").append(k - 1).append(" + 1;\n");
            }
            sources.add(new SourceFile("scale.def", constants.toString()));
        }

        try {
            long sink = 0;
            for (int i = 0; i < warmup; i++) {
                sink += run(sources);
            }
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                sink += run(sources);
                System.out.printf(Locale.ROOT, "%.3f%n", (System.nanoTime() - start) / 1e6);
            }
            // Printed so the work cannot be optimized away.
            System.err.printf(Locale.ROOT, "output chars per run: %d%n", sink / (warmup + iterations));
        } catch (DslException e) {
            System.err.print(e.diagnostics().render());
            System.exit(1);
        }
    }

    /** One pipeline run; returns the total output size so the work cannot be optimized away. */
    private static long run(List<SourceFile> sources) throws DslException {
        long chars = 0;
        var stencils = new StencilsGenerator(StencilOptions.defaults(Path.of("").toAbsolutePath()));
        for (GeneratedFile file : Pipeline.run(sources, List.of(stencils)).files()) {
            chars += file.content().length();
        }
        return chars + sources.size();
    }
}
