package dev.bytecodedsl.runtime;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.compile.CodeObject;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import dev.bytecodedsl.python.compile.Disassembler;
import dev.bytecodedsl.python.compile.PythonCompiler;
import dev.bytecodedsl.python.parse.PythonParser;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.kit.os.SystemCallException;
import dev.bytecodedsl.runtime.tier2.Tier2;
import dev.bytecodedsl.runtime.vm.ProgramRunner;
import dev.bytecodedsl.runtime.vm.RuntimeCode;
import dev.bytecodedsl.runtime.vm.SpecializationStats;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a Python program: compile, load, execute with the generated tier-1 interpreter, report an
 * uncaught exception as CPython does. Exit statuses: 0 success, 1 uncaught exception or compile
 * error, 2 unreadable file, 3 internal VM error.
 */
public final class Vm {
    public static final int EXIT_OK = 0;
    public static final int EXIT_ERROR = 1;
    public static final int EXIT_NO_FILE = 2;
    public static final int EXIT_INTERNAL = 3;
    /**
     * An uncaught KeyboardInterrupt: the command line then dies of SIGINT as CPython does
     * ({@link dev.bytecodedsl.runtime.vm.Sigint#dieOfSigint}), which a shell reports as 130.
     */
    public static final int EXIT_KEYBOARD_INTERRUPT = 130;

    /** Java stack for the interpreter thread: nested invocations recurse in Java up to the recursion limit. */
    private static final long THREAD_STACK_BYTES = 512L << 20;
    /** The smallest stack tried when {@code ulimit -v} leaves no room for the full one. */
    private static final long MIN_THREAD_STACK_BYTES = 32L << 20;

    /** The outcome of a run, with the quickened module code and the statistics for inspection. */
    public record Result(int exitStatus, RuntimeCode module, SpecializationStats stats, int collections,
                         Tier2 tier2) {
        public Result(int exitStatus, RuntimeCode module, SpecializationStats stats, int collections) {
            this(exitStatus, module, stats, collections, null);
        }
    }

    private Vm() {
    }

    /** Runs the program in {@code source}; returns the process exit status. */
    public static int run(Path source, VmOptions options, PrintStream out, PrintStream err) {
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        ProgramFile.Opened opened = ProgramFile.open(source);
        if (opened instanceof ProgramFile.Refused refused) {
            err.println(refused.message());
            return refused.exitStatus();
        }
        SourceFile file = ((ProgramFile.Read) opened).file();
        Result result = execute(file, options, out, err);
        if (options.disassemble() && result.module() != null) {
            err.print(disassembly(result.module()));
        }
        if (options.stats() && result.stats() != null) {
            err.print(result.stats().format());
        }
        if (options.stats() && result.tier2() != null) {
            err.print(result.tier2().formatStats());
            if (result.stats() != null) {
                err.print(result.tier2().coverage(result.stats().totalExecutions()).format());
            }
        }
        err.flush();
        return result.exitStatus();
    }

    /** The source file, or empty after printing CPython's message for a file it cannot run. */
    public static Optional<SourceFile> read(Path source, PrintStream err) {
        ProgramFile.Opened opened = ProgramFile.open(source);
        if (opened instanceof ProgramFile.Refused refused) {
            err.println(refused.message());
            return Optional.empty();
        }
        return Optional.of(((ProgramFile.Read) opened).file());
    }

    /**
     * The front end alone: {@code file} compiled, or empty after its errors (syntax, constructs
     * outside the subset, compiler limits) were printed to {@code err} as a run reports them.
     */
    public static Optional<CodeObject> compile(SourceFile file, PrintStream err) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            StartupTrace.mark("read");
            Optional<CodeObject> code = PythonParser.parse(file, diagnostics)
                    .flatMap(module -> {
                        StartupTrace.mark("parse");
                        return PythonCompiler.compile(module, file.name(), diagnostics);
                    });
            StartupTrace.mark("compile");
            if (code.isEmpty()) {
                err.print(CompileErrorReport.format(diagnostics, file));
            }
            return code;
        } catch (CompilationLimitError e) {
            err.println(e.pythonLine());
            return Optional.empty();
        }
    }

    /**
     * Compiles and runs {@code file} (--dis and --stats output is left to the caller: see the
     * result); {@code Result.module()} is null when it did not compile.
     */
    public static Result execute(SourceFile file, VmOptions options, PrintStream out, PrintStream err) {
        Optional<CodeObject> code;
        try {
            code = compile(file, err);
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e, options, err);
        }
        if (code.isEmpty()) {
            return new Result(EXIT_ERROR, null, null, 0);
        }
        AtomicReference<Result> result = new AtomicReference<>();
        Runnable body = () -> {
            try {
                result.set(runCompiled(file, code.get(), options, out, err));
            } catch (SystemCallException e) {
                // mmap refused the object heap's table, the value stack or JIT pages
                err.println("pyvm: " + e.getMessage() + ": not enough address space (ulimit -v?)");
                result.set(new Result(EXIT_INTERNAL, null, null, 0));
            } catch (RuntimeException | Error e) {
                result.set(internalError(e, options, err));
            }
        };
        Thread thread = startInterpreterThread(body);
        if (thread == null) {
            err.println("pyvm: not enough address space to start the interpreter (ulimit -v?)");
            return new Result(EXIT_INTERNAL, null, null, 0);
        }
        try {
            thread.join();
            StartupTrace.mark("close, join");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(EXIT_INTERNAL, null, null, 0);
        }
        return result.get();
    }

    /**
     * Starts {@code body} on a thread with the big Java stack, or, when the address-space limit
     * does not allow that stack, the biggest smaller one it allows (deep recursion then meets the
     * Java stack's end sooner); null when not even the smallest fits.
     */
    private static Thread startInterpreterThread(Runnable body) {
        for (long stack = THREAD_STACK_BYTES; stack >= MIN_THREAD_STACK_BYTES; stack /= 2) {
            Thread thread = new Thread(null, body, "pyvm", stack);
            try {
                thread.start();
                return thread;
            } catch (OutOfMemoryError e) {
                // pthread_create could not map the stack: try half
            }
        }
        return null;
    }

    private static Result runCompiled(SourceFile file, CodeObject code, VmOptions options, PrintStream out,
                                      PrintStream err) {
        Tier2 tier2 = options.tier2()
                ? new Tier2(options.optimize(), options.traceTraces() ? err : null, options.hotThreshold())
                : null;
        JitOptions jit = options.jit() ? new JitOptions(options.jitFallback(), options.jitDump() ? err : null,
                options.jitAll(), "--jit-fallback", options.stats()) : null;
        StartupTrace.mark("thread start");
        try (ProgramRunner runner = new ProgramRunner(out, options.stats(), options.gcStress(), tier2,
                options.hotThreshold(), jit)) {
            StartupTrace.mark("runner");
            if (options.oneShot()) {
                runner.leaveNativeMemoryToProcessExit();
            }
            RuntimeCode module = runner.load(code);
            StartupTrace.mark("load");
            int status;
            try {
                ProgramRunner.Outcome outcome = runner.runModule(module);
                StartupTrace.mark("run");
                out.flush();
                if (outcome.succeeded()) {
                    status = EXIT_OK;
                } else {
                    err.print(runner.formatException(outcome.exception(), file.text().split("\n", -1)));
                    status = runner.isKeyboardInterrupt(outcome.exception()) ? EXIT_KEYBOARD_INTERRUPT : EXIT_ERROR;
                }
            } catch (RuntimeException | Error e) {
                out.flush();
                status = internalError(e, options, err).exitStatus();
            }
            err.flush();
            return new Result(status, module, runner.stats(), runner.space().heap().collections(), tier2);
        }
    }

    /** A VM bug: one line, and the Java stack trace only with --debug. */
    private static Result internalError(Throwable e, VmOptions options, PrintStream err) {
        err.println("pyvm: internal error: " + e);
        if (options.debug()) {
            e.printStackTrace(err);
        }
        return new Result(EXIT_INTERNAL, null, null, 0);
    }

    /** Every code object, as quickened by the run. */
    public static String disassembly(RuntimeCode code) {
        StringBuilder sb = new StringBuilder();
        appendDisassembly(code, sb);
        return sb.toString();
    }

    private static void appendDisassembly(RuntimeCode code, StringBuilder sb) {
        sb.append(Disassembler.disassembleOne(code.source(), code.code()));
        for (RuntimeCode nested : code.nested()) {
            sb.append("\nDisassembly of <code object ").append(nested.name()).append(", line ")
                    .append(nested.source().firstLine()).append(">:\n");
            appendDisassembly(nested, sb);
        }
    }
}
