package dev.bytecodedsl.tests.stress;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@link RandomProgram}s on every tier and compares each run with CPython 3.11 (or, where no
 * CPython 3.11 is installed, with tier 1): stdout byte for byte, the exit status and the last line
 * of stderr, the corpus's comparison rule (tests/corpus/README.md). The modes are the issue's:
 * tier 1, tier 2 at threshold 1, the JIT with every trace compiled, and that JIT with the GC at
 * every safepoint. Programs that differ are kept with a note of what differed.
 */
public final class StressSuite {

    /** How a program is run on the VM. */
    public enum Mode {
        TIER1("tier 1", VmOptions.defaults()),
        TIER2("tier 2, threshold 1", VmOptions.defaults().withTier2(true).withHotThreshold(1)),
        JIT("JIT, --jit-all, threshold 1", VmOptions.defaults().withJit(true).withJitAll(true).withHotThreshold(1)),
        JIT_GC_STRESS("JIT, --jit-all, threshold 1, GC at every safepoint",
                VmOptions.defaults().withJit(true).withJitAll(true).withHotThreshold(1).withGcStress(true));

        final String label;
        final VmOptions options;

        Mode(String label, VmOptions options) {
            this.label = label;
            this.options = options;
        }
    }

    /** What a run printed and how it ended. */
    record Outcome(String stdout, int exit, String lastErrorLine, long traceEntries, long nativeEntries) {
        Outcome(String stdout, int exit, String lastErrorLine) {
            this(stdout, exit, lastErrorLine, 0, 0);
        }

        String describe() {
            return "exit " + exit + (lastErrorLine.isEmpty() ? "" : ", " + lastErrorLine);
        }
    }

    /** One program whose run in {@code mode} did not match the reference. */
    public record Difference(long seed, Mode mode, String what, Path program) {}

    /** The suite's result: programs run per mode, the reference used, the differences. */
    public record Report(int programs, long firstSeed, String reference, Map<Mode, Integer> runs,
            Map<Mode, Double> modeSeconds, Map<Mode, long[]> entries, List<Difference> differences, double seconds) {
        public String render() {
            StringBuilder out = new StringBuilder("# Stress suite\n\n");
            out.append(programs).append(" random programs (seeds ").append(firstSeed).append("..")
                    .append(firstSeed + programs - 1).append("), each compared with ").append(reference)
                    .append(String.format("; %.0f s.%n%n", seconds));
            out.append("| mode | programs run | differences | trace entries | of them in machine code | seconds |\n"
                    + "|---|---:|---:|---:|---:|---:|\n");
            runs.forEach((mode, count) -> {
                long[] e = entries.getOrDefault(mode, new long[2]);
                out.append("| ").append(mode.label).append(" | ").append(count).append(" | ")
                        .append(differences.stream().filter(d -> d.mode() == mode).count()).append(" | ")
                        .append(e[0]).append(" | ").append(e[1])
                        .append(String.format(" | %.1f |%n", modeSeconds.getOrDefault(mode, 0.0)));
            });
            if (!differences.isEmpty()) {
                out.append("\n## Differences\n\n");
                differences.stream().limit(50).forEach(d -> out.append("- seed ").append(d.seed()).append(", ")
                        .append(d.mode().label).append(": ").append(d.what()).append(" (").append(d.program()).append(")\n"));
            }
            return out.toString();
        }
    }

    private static final long TIMEOUT_SECONDS = 60;

    private StressSuite() {}

    /** Runs {@code programs} programs from {@code firstSeed}, keeping files and the report under {@code work}. */
    public static Report run(int programs, long firstSeed, Path work, Optional<CPython> cpython) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(work);
        Map<Mode, Integer> runs = new LinkedHashMap<>();
        Map<Mode, Double> modeSeconds = new LinkedHashMap<>();
        Map<Mode, long[]> entries = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            runs.put(mode, 0);
        }
        List<Difference> differences = new ArrayList<>();
        ExecutorService vm = Executors.newSingleThreadExecutor(StressSuite::daemon);
        for (long seed = firstSeed; seed < firstSeed + programs; seed++) {
            String text = RandomProgram.generate(seed);
            Path file = work.resolve("p" + seed + ".py");
            Files.writeString(file, text);
            Optional<Outcome> reference = cpython.isPresent() ? Optional.of(cpython.get().run(file)) : Optional.empty();
            for (Mode mode : Mode.values()) {
                Outcome outcome;
                long modeStart = System.nanoTime();
                try {
                    outcome = runOnVm(vm, file.getFileName().toString(), text, mode);
                    modeSeconds.merge(mode, (System.nanoTime() - modeStart) / 1e9, Double::sum);
                } catch (TimeoutException e) {
                    differences.add(new Difference(seed, mode, "no result after " + TIMEOUT_SECONDS + " s", file));
                    vm.shutdownNow();
                    vm = Executors.newSingleThreadExecutor(StressSuite::daemon);
                    continue;
                }
                runs.merge(mode, 1, Integer::sum);
                long[] modeEntries = entries.computeIfAbsent(mode, m -> new long[2]);
                modeEntries[0] += outcome.traceEntries();
                modeEntries[1] += outcome.nativeEntries();
                if (reference.isEmpty()) {
                    reference = Optional.of(outcome); // no CPython: tier 1 is the reference
                    continue;
                }
                Optional<String> what = compare(reference.get(), outcome);
                if (what.isPresent()) {
                    differences.add(new Difference(seed, mode, what.get(), file));
                }
            }
            if (differences.stream().noneMatch(d -> d.program().equals(file))) {
                Files.delete(file);
            }
        }
        vm.shutdownNow();
        String referenceName = cpython.map(CPython::describe).orElse("tier 1 (no CPython 3.11 found)");
        Report report = new Report(programs, firstSeed, referenceName, runs, modeSeconds, entries, differences, (System.nanoTime() - start) / 1e9);
        Files.writeString(work.resolve("report.md"), report.render());
        return report;
    }

    private static Optional<String> compare(Outcome expected, Outcome actual) {
        if (!expected.stdout().equals(actual.stdout())) {
            return Optional.of("stdout differs at line " + firstDifferentLine(expected.stdout(), actual.stdout()));
        }
        if (expected.exit() != actual.exit() || !expected.lastErrorLine().equals(actual.lastErrorLine())) {
            return Optional.of("expected " + expected.describe() + ", got " + actual.describe());
        }
        return Optional.empty();
    }

    private static String firstDifferentLine(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return (i + 1) + ": expected '" + el + "', got '" + al + "'";
            }
        }
        return "?";
    }

    private static Outcome runOnVm(ExecutorService vm, String name, String text, Mode mode) throws TimeoutException {
        Future<Outcome> run = vm.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Vm.Result result;
            try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                result = Vm.execute(new SourceFile(name, text), mode.options, o, e);
                o.flush();
            }
            // Which tier ran: trace entries, and how many of them ran machine code.
            long traceEntries = result.tier2() == null ? 0 : result.tier2().stats().executorEntries();
            long nativeEntries = result.tier2() == null ? 0 : result.tier2().stats().nativeEntries();
            return new Outcome(out.toString(StandardCharsets.UTF_8), result.exitStatus(),
                    lastLine(err.toString(StandardCharsets.UTF_8)), traceEntries, nativeEntries);
        });
        try {
            return run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome("", Vm.EXIT_INTERNAL, "internal error: " + e.getCause());
        }
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    private static Thread daemon(Runnable runnable) {
        Thread thread = new Thread(null, runnable, "stress-vm", 512L << 20);
        thread.setDaemon(true);
        return thread;
    }

    /** CPython 3.11, run as the corpus's expected files are made: {@code python3 -I FILE}, stdin empty. */
    public record CPython(String executable, String version) {

        /** {@code $PYTHON} or {@code python3}, when it is CPython 3.11. */
        public static Optional<CPython> find() {
            String executable = System.getenv().getOrDefault("PYTHON", "python3");
            try {
                Process process = new ProcessBuilder(executable, "-c",
                        "import sys, platform; print(platform.python_implementation(), platform.python_version())")
                        .redirectErrorStream(true).start();
                String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (process.waitFor() == 0 && version.startsWith("CPython 3.11.")) {
                    return Optional.of(new CPython(executable, version));
                }
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }

        String describe() {
            return version + " (`" + executable + "`)";
        }

        Outcome run(Path file) throws IOException {
            Path stdout = Files.createTempFile("stress", ".out");
            Path stderr = Files.createTempFile("stress", ".err");
            try {
                Process process = new ProcessBuilder(executable, "-I", file.getFileName().toString())
                        .directory(file.getParent().toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IOException("CPython ran " + file + " for more than " + TIMEOUT_SECONDS + " s");
                }
                return new Outcome(Files.readString(stdout), process.exitValue(), lastLine(Files.readString(stderr)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        }
    }
}
