package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.python.compile.CodeObject;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.StartupTrace;
import dev.bytecodedsl.runtime.builtins.Builtins;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.jit.PythonJit;
import dev.bytecodedsl.kit.jit.JitOptions;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.tier2.PyAssumptions;
import dev.bytecodedsl.runtime.tier2.Tier2;
import dev.bytecodedsl.runtime.value.Values;

import java.io.PrintStream;

/**
 * One program run on the calling thread: the object space with its builtins (plus the VM's
 * {@code __build_class__}), the native value stack, and the module's execution. Must be closed
 * (it owns the native stack).
 */
public final class ProgramRunner implements AutoCloseable {
    /** How a module run ended: {@code exception} is NULL on success. */
    public record Outcome(long exception) {
        public boolean succeeded() {
            return exception == Values.NULL;
        }
    }

    private final ObjectSpace space = new ObjectSpace();
    private final ValueStack stack = new ValueStack(ValueStack.DEFAULT_SLOTS);
    private final SpecializationStats stats = new SpecializationStats();
    private final Interpreter interpreter;
    private final Globals globals;
    private final Tier2 tier2;
    private final char hotLoopCounter;
    /**
     * Java heap kept back for reporting a MemoryError: when the program's live objects fill the Java
     * heap, this is let go so the exception, its traceback and the report can still be made.
     */
    private byte[] memoryErrorReserve = new byte[4 << 20];
    private boolean releaseNativeMemory = true;

    public ProgramRunner(PrintStream out, boolean countStats, boolean gcStress) {
        this(out, countStats, gcStress, null, 0, null);
    }

    /**
     * @param tier2        the trace engine, or null for tier 1 only
     * @param hotThreshold with tier 2: the JUMP_BACKWARD execution that projects a loop
     * @param jit          with tier 2: compile traces to machine code with these options, or null
     */
    public ProgramRunner(PrintStream out, boolean countStats, boolean gcStress, Tier2 tier2, int hotThreshold,
                         JitOptions jit) {
        StartupTrace.mark("heap, stack");
        Builtins builtins = new Builtins(space, out);
        StartupTrace.mark("builtins");
        this.tier2 = tier2;
        this.hotLoopCounter = tier2 == null ? Counters.WARMUP : Counters.hotLoop(hotThreshold);
        this.globals = new Globals(space, builtins.dictHandle(), tier2 == null ? new PyAssumptions() : tier2.assumptions());
        this.interpreter = new Interpreter(space, stack, globals, stats, countStats, gcStress, tier2);
        StartupTrace.mark("interpreter");
        if (tier2 != null && jit != null) {
            // The upcall stubs bind to this interpreter, so the JIT comes after it.
            tier2.useJit(PythonJit.create(interpreter, stack.segment(), interpreter.evalBreaker().word(), jit));
        }
        Calls calls = interpreter.calls();
        space.setPythonCaller((function, self) -> calls.call(function, Values.NULL, new long[] {self}, 1, null));
        ClassBuilder classBuilder = interpreter.classBuilder();
        Sigint.attach(interpreter.evalBreaker());
        builtins.put("__build_class__", space.heap().allocatePinned(PyBuiltinFunction.function("__build_class__",
                (self, args, nargs, kwargs) -> classBuilder.build(args, nargs))));
    }

    public ObjectSpace space() {
        return space;
    }

    public SpecializationStats stats() {
        return stats;
    }

    /** Tier 2 (its trace engine and statistics), or null without tier 2. */
    public Tier2 tier2() {
        return tier2;
    }

    public RuntimeCode load(CodeObject code) {
        return new CodeLoader(space, hotLoopCounter).load(code);
    }

    /** Runs module code with a fresh {@code __main__} namespace. */
    public Outcome runModule(RuntimeCode module) {
        long dictValue = space.newDict();
        space.heap().pin(dictValue);
        Globals.Namespace ns = globals.globalsNamespace(dictValue);
        globals.store(ns, space.strings().intern("__name__"), space.strings().intern("__main__"));
        Calls calls = interpreter.calls();
        if (!interpreter.frames().hasSpaceFor(module)) {
            throw new IllegalStateException("module frame does not fit the value stack");
        }
        interpreter.frames().push(module, Values.NULL, ns, ns, true);
        try {
            calls.runEntry();
            return new Outcome(Values.NULL);
        } catch (PyError e) {
            return new Outcome(e.exception());
        } catch (OutOfMemoryError e) {
            // Where an operation does not turn it into a catchable MemoryError itself (sequence + and
            // *, see Numbers), running out ends the program with MemoryError, as in CPython.
            memoryErrorReserve = null;
            long exc = space.newException(BuiltinException.MEMORY_ERROR);
            return new Outcome(interpreter.exceptions().escapedThroughFrames(exc));
        }
    }

    /** Whether {@code exception} is a KeyboardInterrupt (CPython then dies of SIGINT). */
    public boolean isKeyboardInterrupt(long exception) {
        PyClass target = space.exceptions().get(BuiltinException.KEYBOARD_INTERRUPT);
        PyClass c = space.heap().get(exception) instanceof PyInstance i ? i.pyClass() : null;
        for (; c != null; c = c.baseClass()) {
            if (c == target) {
                return true;
            }
        }
        return false;
    }

    /** The uncaught exception's CPython-style report: traceback lines, then "Type: message". */
    public String formatException(long exception, String[] sourceLines) {
        return new TracebackPrinter(space).format(exception, sourceLines);
    }

    /**
     * The process ends after this run: {@link #close} leaves the value stack's mapping to the OS
     * (see {@link dev.bytecodedsl.runtime.VmOptions#oneShot}).
     */
    public void leaveNativeMemoryToProcessExit() {
        releaseNativeMemory = false;
    }

    @Override
    public void close() {
        Sigint.detach(interpreter.evalBreaker());
        if (tier2 != null) {
            tier2.closeBackend();
        }
        if (releaseNativeMemory) {
            stack.close();
        }
    }
}
