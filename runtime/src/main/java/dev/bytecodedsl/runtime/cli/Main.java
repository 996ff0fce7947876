package dev.bytecodedsl.runtime.cli;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.StartupTrace;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.kit.os.Mappings;
import dev.bytecodedsl.runtime.os.Stdout;
import dev.bytecodedsl.runtime.vm.Sigint;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code pyvm run FILE.py [--dis] [--stats] [--tier2] [--jit] [--hot-threshold N] [--trace] [--no-optimize] ...},
 * {@code pyvm check FILE.py...}, {@code pyvm --help}.
 */
public final class Main {
    static final int EXIT_USAGE = 2;

    private static final String USAGE = """
            usage: pyvm run FILE.py [--dis] [--stats] [--tier2] [--jit] [--jit-all] [--jit-fallback] [--jit-dump]
                                   [--hot-threshold N] [--trace] [--no-optimize] [--gc-stress] [--debug]
                   pyvm check FILE.py...
                   pyvm --help

            Runs a program in the Python subset on the VM whose interpreter is generated from bytecodes.def.
              --dis        after the run, print every code object's disassembly to stderr, as quickened
                           (specialized opcodes such as BINARY_OP_ADD_INT show where specialization happened)
              --stats      after the run, print per-family specialization statistics to stderr
                           (with --tier2 also: traces created, uops executed, side exits, invalidations,
                           guards removed, uops folded and removed by the optimizer)
              --tier2      run hot loops and recursive functions as traces on the generated uop
                           interpreter
              --jit        compile those traces to x86-64 machine code (copy-and-patch JIT; implies --tier2);
                           with --stats also: native entries, traces and uops compiled, compile time
              --jit-fallback
                           with --jit: run a trace that has a uop without a stencil on the uop interpreter
                           (without it, such a trace is an internal error naming the uop)
              --jit-all    with --jit: compile every trace (without it, a loop whose uops make more than one
                           helper call per 2 uops stays in tier 1, where it runs faster than through upcalls)
              --jit-dump   with --jit: print each trace's machine code (disassembled by llvm-mc-19 when
                           installed, else hex) and the holes patched, to stderr
              --hot-threshold N
                           with --tier2: project a loop (a recursive function) when its JUMP_BACKWARD
                           (RESUME) runs the N-th time (default 16)
              --trace      with --tier2: print every trace to stderr when it is created, before and
                           after optimization
              --no-optimize  with --tier2: install traces as projected (no trace optimizer)
              --gc-stress  collect garbage at every safepoint (slow; for testing GC safety)
              --debug      show Java stack traces of internal VM errors
            check compiles each FILE.py with the front end alone (nothing runs) and reports every syntax error
            and construct outside the supported Python subset; exit status 1 when there was any.
            Exit status: the program's (0, or 1 after an uncaught exception or compile error);
            2 for usage errors and unreadable files, 3 for internal VM errors. Ctrl-C (SIGINT) raises
            KeyboardInterrupt in the program; uncaught, the process dies of SIGINT as CPython's does.
            stdout is line-buffered on a terminal, block-buffered otherwise; when the reader of a pipe
            is gone, print raises BrokenPipeError, and a failed flush at exit makes the status 120.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Stdout out = processStdout();
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Sigint.install();
        StartupTrace.mark("stdout, signals");
        int status = run(args, out, err);
        out.flush();
        StartupTrace.mark("flush");
        StartupTrace.report();
        if (out.takeFailure() != null) {
            // What the program printed last could not be written (the reader of the pipe is gone):
            // CPython's report when flushing stdout at exit fails.
            err.println(Stdout.EXIT_FLUSH_FAILED);
            err.println("BrokenPipeError: [Errno 32] Broken pipe");
            status = Stdout.EXIT_FLUSH_STATUS;
        }
        err.flush();
        if (status == Vm.EXIT_KEYBOARD_INTERRUPT) {
            Sigint.dieOfSigint();
        }
        if (status != 0) {
            System.exit(status);
        }
        // Status 0: main returns and the JVM ends as its last thread does (the program's thread has
        // been joined). System.exit would first look up the System.Logger that Runtime.exit logs
        // to, a service-loader scan of the class path that costs an empty program ~10% of its time.
    }

    /**
     * The process's stdout, with libc's downcalls linked on a start-up thread while the main thread
     * parses and compiles the program (FFM spins a stub class per call shape, which the AOT cache
     * cannot keep): isatty first when the file system cannot tell (stdout's buffering, awaited at the
     * first write), then mmap (a one-shot run never unmaps, see VmOptions.oneShot).
     */
    static Stdout processStdout() {
        CompletableFuture<Boolean> terminal = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("pyvm-startup").start(() -> {
            try {
                terminal.complete(Stdout.isTerminal());
                Mappings.prelink();
            } catch (Throwable t) {
                terminal.completeExceptionally(t); // not a terminal, then; the main thread links what it needs itself
            }
        });
        return Stdout.ofProcess(terminal);
    }

    /** Parses the command line and runs; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err, "missing command");
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return 0;
        }
        if (args[0].equals("check")) {
            return check(Arrays.asList(args).subList(1, args.length), err);
        }
        if (!args[0].equals("run")) {
            return usage(err, "unknown command '" + args[0] + "'");
        }
        VmOptions options = VmOptions.defaults().withOneShot(true);
        String file = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dis" -> options = options.withDisassemble(true);
                case "--stats" -> options = options.withStats(true);
                case "--gc-stress" -> options = options.withGcStress(true);
                case "--debug" -> options = options.withDebug(true);
                case "--tier2" -> options = options.withTier2(true);
                case "--trace" -> options = options.withTraceTraces(true);
                case "--jit" -> options = options.withJit(true);
                case "--jit-fallback" -> options = options.withJitFallback(true);
                case "--jit-dump" -> options = options.withJitDump(true);
                case "--jit-all" -> options = options.withJitAll(true);
                case "--no-optimize" -> options = options.withOptimize(false);
                case "--hot-threshold" -> {
                    Integer n = i + 1 < args.length ? positive(args[i + 1]) : null;
                    if (n == null) {
                        return usage(err, "--hot-threshold needs a positive number");
                    }
                    options = options.withHotThreshold(n);
                    i++;
                }
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("-")) {
                        return usage(err, "unknown option '" + args[i] + "'");
                    }
                    if (file != null) {
                        return usage(err, "only one FILE.py may be given");
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            return usage(err, "run: missing FILE.py");
        }
        return Vm.run(Path.of(file), options, out, err);
    }

    /** {@code pyvm check}: the front end's verdict on each file, which is the language subset's definition. */
    private static int check(List<String> files, PrintStream err) {
        if (files.isEmpty() || files.stream().anyMatch(f -> f.startsWith("-"))) {
            return usage(err, "check: expected FILE.py...");
        }
        int status = Vm.EXIT_OK;
        for (String name : files) {
            Optional<SourceFile> file = Vm.read(Path.of(name), err);
            if (file.isEmpty()) {
                status = Vm.EXIT_NO_FILE;
            } else if (Vm.compile(file.get(), err).isEmpty() && status == Vm.EXIT_OK) {
                status = Vm.EXIT_ERROR;
            }
        }
        return status;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("pyvm: " + problem);
        err.println("usage: pyvm check FILE.py... | pyvm run FILE.py [--dis] [--stats] [--tier2] [--jit] [--jit-all] [--jit-fallback] [--jit-dump]"
                + " [--hot-threshold N] [--trace] [--no-optimize] [--gc-stress] [--debug]   (pyvm --help for details)");
        return EXIT_USAGE;
    }

    private static Integer positive(String s) {
        try {
            int n = Integer.parseInt(s);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
