package dev.bytecodedsl.runtime.jit.bench;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.compile.CodeObject;
import dev.bytecodedsl.python.compile.PythonCompiler;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.jit.ExecutableMemory;
import dev.bytecodedsl.runtime.jit.PythonJit;
import dev.bytecodedsl.kit.jit.Jit;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.kit.jit.UpcallProbe;
import dev.bytecodedsl.runtime.tier2.Tier2;
import dev.bytecodedsl.runtime.vm.ProgramRunner;
import dev.bytecodedsl.runtime.vm.RuntimeCode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JIT compile time, warm and in process (a benchmark, not a test): runs each program once with the
 * JIT to get its real (optimized) traces, then compiles every trace again and again (copy, patch, mprotect;
 * the code is freed in batches, untimed) and reports nanoseconds per trace and per uop, and per
 * uop without what the pages cost (taking fresh pages, mprotect), which every trace pays once
 * whatever its length.
 *
 * <pre>JitCompileBenchmark [--iterations N] [--hot-threshold N] PROGRAM.py...</pre>
 */
public final class JitCompileBenchmark {
    private JitCompileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int iterations = 2000;
        int threshold = 2;
        List<Path> programs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--hot-threshold" -> threshold = Integer.parseInt(args[++i]);
                default -> programs.add(Path.of(args[i]));
            }
        }
        long syscalls = syscallNanos(iterations * 4);
        System.out.println("| program | traces | uops | ns per trace | ns per uop | copy + patch ns per uop |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Path program : programs) {
            measure(program, iterations, threshold, syscalls);
        }
        System.out.printf(Locale.ROOT, "%ntaking a fresh page, writing it and mprotect alone: %d ns per trace;"
                + " copy + patch = (ns per trace - that) / uops per trace; freeing (munmap) is not timed%n", syscalls);
        long[] probe = UpcallProbe.measure(PythonJit.hostTable().shim(), iterations * 500);
        System.out.printf(Locale.ROOT, "one entry through the shim (FFM downcall): %d ns; one helper upcall from machine"
                + " code into Java: %d ns more%n", probe[0], probe[1]);
    }

    private static void measure(Path program, int iterations, int threshold, long syscalls) throws IOException {
        CodeObject code = PythonCompiler.compile(SourceFile.read(program), new Diagnostics())
                .orElseThrow(() -> new IllegalArgumentException(program + " does not compile"));
        Tier2 tier2 = new Tier2(true, null, threshold);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        try (ProgramRunner runner = new ProgramRunner(discard, false, false, tier2, threshold,
                new JitOptions(true, null, true))) {
            RuntimeCode module = runner.load(code);
            runner.runModule(module);
            List<Trace> traces = new ArrayList<>();
            collect(module, traces);
            @SuppressWarnings("unchecked") Jit<UopContext> jit = (Jit<UopContext>) tier2.engine().backend();
            int uops = traces.stream().mapToInt(Trace::length).sum();
            if (traces.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %s | 0 | 0 | - | - | - |%n", program.getFileName());
                return;
            }
            compileAll(jit, traces, iterations);  // warm-up
            long nanos = compileAll(jit, traces, iterations);
            long perTrace = nanos / ((long) iterations * traces.size());
            double uopsPerTrace = (double) uops / traces.size();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.0f |%n", program.getFileName(), traces.size(),
                    uops, perTrace, perTrace / uopsPerTrace, Math.max(0, perTrace - syscalls) / uopsPerTrace);
        }
    }

    /**
     * Compiles every trace {@code iterations} times; returns the nanoseconds spent compiling. The
     * code is freed in batches outside the timing: freeing belongs to the executor's death, not to
     * compiling (and munmap of executable pages is the slowest system call of all).
     */
    private static long compileAll(Jit<UopContext> jit, List<Trace> traces, int iterations) {
        List<NativeTrace<UopContext>> batch = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            for (Trace trace : traces) {
                batch.add(jit.compile(trace, "bench"));
            }
            nanos += System.nanoTime() - start;
            if (batch.size() >= 256) {
                batch.forEach(NativeTrace::close);
                batch.clear();
            }
        }
        batch.forEach(NativeTrace::close);
        return nanos;
    }

    private static void collect(RuntimeCode code, List<Trace> traces) {
        for (Executor<UopContext> executor : code.executors().all()) {
            traces.add(executor.trace());
        }
        for (RuntimeCode nested : code.nested()) {
            collect(nested, traces);
        }
    }

    /** What handing out one page, writing it and making it executable costs (freeing not timed). */
    private static long syscallNanos(int iterations) {
        cycles(iterations / 4);
        return cycles(iterations) / iterations;
    }

    private static long cycles(int iterations) {
        List<ExecutableMemory> batch = new ArrayList<>();
        long nanos = 0;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            ExecutableMemory memory = ExecutableMemory.allocate(1);
            memory.writable().set(JAVA_BYTE, 0, (byte) 0xC3);
            memory.makeExecutable();
            nanos += System.nanoTime() - start;
            batch.add(memory);
            if (batch.size() >= 256) {
                batch.forEach(ExecutableMemory::close);
                batch.clear();
            }
        }
        batch.forEach(ExecutableMemory::close);
        return nanos;
    }
}
