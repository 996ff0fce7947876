import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Steady state, in one process (a benchmark, not a test): every program runs WARMUP + RUNS rounds;
 * in each round every configuration runs it once, interleaved, so JVM warm-up and machine noise hit
 * them alike. A VM configuration runs in this JVM ({@link Vm#execute}: compile, then a fresh VM
 * each time, so heap, specializations and traces start empty but the JVM's own JIT is warm); the
 * {@code cpython} configuration runs in one long-lived {@code python3 benchmarks/steady_state.py}
 * child, which execs the program file the same way (compile + run in fresh globals) in a warm
 * CPython process. Every run's stdout must equal the program's {@code .out} file.
 *
 * <p>Prints one {@code program config microseconds} line per measured run (warm-up rounds are not
 * printed) for {@code benchmarks/runtime-report.awk}; progress goes to stderr.
 *
 * <pre>java -cp VM_CLASSPATH benchmarks/SteadyState.java [--warmup N] [--runs N] [--configs "tier1 tier2 jit cpython"]
 *      [--python EXE] PROGRAM.py...</pre>
 */
public final class SteadyState {
    private SteadyState() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int warmup = 1;
        int runs = 3;
        String configs = "tier1 tier2 jit cpython";
        String python = "python3";
        List<Path> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--configs" -> configs = args[++i];
                case "--python" -> python = args[++i];
                default -> programs.add(Path.of(args[i]));
            }
        }
        List<String> order = List.of(configs.trim().split("\\s+"));
        PythonChild cpython = order.contains("cpython") ? PythonChild.start(python) : null;
        try {
            for (Path program : programs) {
                String name = program.getFileName().toString().replaceFirst("\\.py$", "");
                SourceFile file = SourceFile.read(program);
                Path outFile = program.resolveSibling(name + ".out");
                String expected = Files.exists(outFile) ? Files.readString(outFile) : null;
                for (int round = 1; round <= warmup + runs; round++) {
                    for (String config : order) {
                        long micros = config.equals("cpython")
                                ? cpython.run(program)
                                : runOnVm(file, options(config), expected, name + " on " + config);
                        if (round > warmup) {
                            System.out.println(name + " " + config + " " + micros);
                        }
                    }
                }
                System.out.flush();
                System.err.println("steady state: " + name + " done");
            }
        } finally {
            if (cpython != null) {
                cpython.close();
            }
        }
    }

    private static VmOptions options(String config) {
        return switch (config) {
            case "tier1" -> VmOptions.defaults();
            case "tier2" -> VmOptions.defaults().withTier2(true);
            case "tier2-noopt" -> VmOptions.defaults().withTier2(true).withOptimize(false);
            case "jit" -> VmOptions.defaults().withJit(true);
            // every trace compiled, helper-bound or not: measures the JIT's admission policy
            case "jit-all" -> VmOptions.defaults().withJit(true).withJitAll(true);
            default -> throw new IllegalArgumentException(
                    "unknown configuration '" + config + "' (known: tier1 tier2 tier2-noopt jit jit-all cpython)");
        };
    }

    /** One run on a fresh VM; returns its wall time in microseconds. */
    private static long runOnVm(SourceFile file, VmOptions options, String expected, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Vm.Result result = Vm.execute(file, options, outStream, new PrintStream(err, false, StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - start) / 1000;
        outStream.flush();
        String printed = out.toString(StandardCharsets.UTF_8);
        if (result.exitStatus() != Vm.EXIT_OK || (expected != null && !printed.equals(expected))) {
            throw new IllegalStateException(what + " failed (exit " + result.exitStatus() + ") or printed something"
                    + " else:\n" + printed + err.toString(StandardCharsets.UTF_8));
        }
        return micros;
    }

    /** The long-lived CPython process: one program path per line in, "microseconds" or "error: ..." out. */
    private record PythonChild(Process process, PrintWriter in, BufferedReader out) implements AutoCloseable {
        static PythonChild start(String python) throws IOException {
            Process p = new ProcessBuilder(python, "benchmarks/steady_state.py", "--serve")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            return new PythonChild(p, new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8),
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        }

        long run(Path program) throws IOException {
            in.println(program);
            String answer = out.readLine();
            if (answer == null || !answer.matches("\\d+")) {
                throw new IllegalStateException("cpython on " + program + ": " + answer);
            }
            return Long.parseLong(answer);
        }

        @Override
        public void close() {
            in.close();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroy();
            }
        }
    }
}
