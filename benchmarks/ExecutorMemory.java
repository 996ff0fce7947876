import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.jit.Stencil;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.kit.jit.CompiledCode;
import dev.bytecodedsl.runtime.jit.PythonJit;
import dev.bytecodedsl.generated.GeneratedInstructionSet;
import dev.bytecodedsl.kit.jit.StencilTable;
import dev.bytecodedsl.kit.jit.TraceCompiler;
import dev.bytecodedsl.runtime.vm.RuntimeCode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Memory used by executors (a report, not a test): runs each program once with {@code --jit}, then
 * for every executor left installed sizes its trace as every executor holds it (the trace's four
 * arrays: uop, oparg and target ints, operand longs; and the executor's side-exit counters, longs)
 * and as the JIT lays it out, by compiling it again
 * with the VM's own {@link TraceCompiler} (machine code, the stencils' data, and the whole pages
 * mapped, which is what the process pays). Prints a markdown table, one row per program.
 *
 * <pre>java -cp VM_CLASSPATH benchmarks/ExecutorMemory.java PROGRAM.py...</pre>
 */
public final class ExecutorMemory {
    /** Array header on a 64-bit HotSpot with compressed class pointers (16 bytes, rounded). */
    private static final int ARRAY_HEADER = 16;
    /** Never called: the traces are compiled only to measure them. */
    private static final long FAKE_HELPER = 0x7000_0000_0000L;

    private ExecutorMemory() {
    }

    public static void main(String[] args) throws IOException {
        StencilTable table = PythonJit.hostTable();
        TraceCompiler compiler = new TraceCompiler(table, GeneratedInstructionSet.INSTANCE, helper -> FAKE_HELPER, false, false);
        System.out.println("| program | traces | uops | trace + exit arrays (bytes) | machine code (bytes)"
                + " | stencil data (bytes) | mapped (bytes) | largest trace: uops / code + data / mapped |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (String arg : args) {
            Path program = Path.of(arg);
            Vm.Result result = Vm.execute(SourceFile.read(program), VmOptions.defaults().withJit(true), discard,
                    System.err);
            if (result.exitStatus() != Vm.EXIT_OK) {
                throw new IllegalStateException(program + " failed with exit status " + result.exitStatus());
            }
            List<Trace> traces = new ArrayList<>();
            collect(result.module(), traces);
            long uops = 0;
            long arrays = 0;
            long code = 0;
            long data = 0;
            long mapped = 0;
            String largest = "-";
            int largestUops = -1;
            for (Trace trace : traces) {
                CompiledCode compiled = compiler.compile(trace, 0, 0); // measured, never run: no exit links
                try {
                    int traceData = 0;
                    for (int i = 0; i < trace.length(); i++) {
                        Stencil s = table.stencil(trace.uop(i));
                        traceData += s.data().length;
                    }
                    uops += trace.length();
                    arrays += 5L * ARRAY_HEADER + trace.length() * (3L * Integer.BYTES + 2L * Long.BYTES);
                    code += compiled.codeSize();
                    data += traceData;
                    mapped += compiled.memory().size();
                    if (trace.length() > largestUops) {
                        largestUops = trace.length();
                        largest = trace.length() + " / " + (compiled.codeSize() + traceData) + " / "
                                + compiled.memory().size();
                    }
                } finally {
                    compiled.memory().close();
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %s |%n",
                    program.getFileName().toString().replaceFirst("\\.py$", ""), traces.size(), uops, arrays, code,
                    data, mapped, largest);
        }
    }

    private static void collect(RuntimeCode code, List<Trace> traces) {
        for (Executor<UopContext> executor : code.executors().all()) {
            traces.add(executor.trace());
        }
        for (RuntimeCode nested : code.nested()) {
            collect(nested, traces);
        }
    }
}
