package dev.bytecodedsl.bench;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.DslException;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.generate.GeneratedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm, in-process timing of parse + analyze + generate ({@link Pipeline#generateAll}) for DSL
 * sources read once up front; no file output. A benchmark, not a test.
 *
 * <pre>CasegenBenchmark [--warmup N] [--iterations N] [--markdown] [--scale K] [FILE...]   (default: bytecodes.def)</pre>
 *
 * <p>Prints min/median/max in milliseconds; {@code --markdown} prints them as one table row.
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
        boolean markdown = false;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--markdown" -> markdown = true;
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
                    + "\nusage: CasegenBenchmark [--warmup N] [--iterations N] [--markdown] [--scale K] [FILE...]");
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

        String label = "";
        if (scale > 1) {
            long lines = sources.stream().mapToLong(s -> s.text().lines().count()).sum();
            long extra = lines * (scale - 1);
            StringBuilder constants = new StringBuilder("const int BENCH_C0 = 1;\n");
            for (long k = 1; k < extra; k++) {
                constants.append("const int BENCH_C").append(k).append(" = BENCH_C").append(k - 1).append(" + 1;\n");
            }
            sources.add(new SourceFile("scale.def", constants.toString()));
            label = String.format(Locale.ROOT, ", %dx the lines (%d constants added)", scale, extra);
        }

        try {
            long sink = 0;
            for (int i = 0; i < warmup; i++) {
                sink += run(sources);
            }
            double[] millis = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                sink += run(sources);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            double min = millis[0];
            double median = iterations % 2 == 1
                    ? millis[iterations / 2]
                    : (millis[iterations / 2 - 1] + millis[iterations / 2]) / 2;
            double max = millis[iterations - 1];
            if (markdown) {
                System.out.printf(Locale.ROOT, "| warm in-process generateAll (%d runs after %d warm-up%s) | %.2f | %.2f | %.2f |%n",
                        iterations, warmup, label, min, median, max);
            } else {
                System.out.printf(Locale.ROOT, "parse+analyze+generate of %s: %d runs after %d warm-up%s%n",
                        String.join(" ", files), iterations, warmup, label);
                System.out.printf(Locale.ROOT, "min %.2f ms, median %.2f ms, max %.2f ms (output chars: %d)%n",
                        min, median, max, sink / (warmup + iterations));
            }
        } catch (DslException e) {
            System.err.print(e.diagnostics().render());
            System.exit(1);
        }
    }

    /** One pipeline run; returns the total output size so the work cannot be optimized away. */
    private static long run(List<SourceFile> sources) throws DslException {
        long chars = 0;
        for (GeneratedFile file : Pipeline.generateAll(sources)) {
            chars += file.content().length();
        }
        return chars + sources.size();
    }
}
