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
 * <pre>CasegenBenchmark [--warmup N] [--iterations N] [--markdown] [FILE...]   (default: bytecodes.def)</pre>
 *
 * <p>Prints min/median/max in milliseconds; {@code --markdown} prints them as one table row.
 */
public final class CasegenBenchmark {

    private CasegenBenchmark() {}

    public static void main(String[] args) {
        int warmup = 20;
        int iterations = 50;
        boolean markdown = false;
        List<String> files = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--markdown" -> markdown = true;
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        files.add(args[i]);
                    }
                }
            }
            if (warmup < 0 || iterations < 1) {
                throw new IllegalArgumentException("need --warmup >= 0 and --iterations >= 1");
            }
        } catch (RuntimeException e) {
            System.err.println("bench: " + e.getMessage()
                    + "\nusage: CasegenBenchmark [--warmup N] [--iterations N] [--markdown] [FILE...]");
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
                System.out.printf(Locale.ROOT, "| warm in-process generateAll (%d runs after %d warm-up) | %.2f | %.2f | %.2f |%n",
                        iterations, warmup, min, median, max);
            } else {
                System.out.printf(Locale.ROOT, "parse+analyze+generate of %s: %d runs after %d warm-up%n",
                        String.join(" ", files), iterations, warmup);
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
