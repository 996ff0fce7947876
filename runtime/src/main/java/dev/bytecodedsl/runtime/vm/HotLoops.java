package dev.bytecodedsl.runtime.vm;

import static dev.bytecodedsl.generated.DslConstants.NO_VERSION;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.Callees;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.TraceEngine;
import dev.bytecodedsl.kit.trace.TraceFrame;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.tier2.CodeContext;
import dev.bytecodedsl.runtime.tier2.PyValues;
import dev.bytecodedsl.runtime.tier2.Tier2;

/**
 * The frame side of tier 2: optimize_hot_loop, optimize_hot_function and enter_executor on the
 * current frame, through the kit's trace engine. Without tier 2 ({@code tier2} null) a hot loop or
 * function only backs its counter off, so the check recurs ever more rarely.
 */
final class HotLoops {
    private final Tier2 tier2;
    private final TraceEngine<UopContext> engine;
    private final Globals globals;
    /** The object space's value words, for the optimizer (a constant's type). */
    private final PyValues values;
    private final FunctionVersions functions;
    private final Frames frames;

    HotLoops(Tier2 tier2, Globals globals, ObjectSpace space, FunctionVersions functions, Frames frames) {
        this.tier2 = tier2;
        this.engine = tier2 == null ? null : tier2.engine();
        this.globals = globals;
        this.values = new PyValues(space::typeTag);
        this.functions = functions;
        this.frames = frames;
        if (engine != null) {
            engine.followCalls((code, ip) -> {
                Callees.Callee callee = functions.callee(code, ip);
                if (callee != null) {
                    // The callee's LOAD_GLOBAL_* read its own globals: writes there must invalidate too.
                    globals.watch(functions.lookup(callee.version()).globals());
                }
                return callee;
            }, version -> {
                FunctionVersions.Entry callee = functions.lookup(version);
                return callee == null ? null : callee.code().executors();
            });
        }
    }

    /** What the optimizer knows of {@code code}, and through the version cache of the functions it calls. */
    private CodeContext context(RuntimeCode code) {
        return new CodeContext(code.consts(), code.names(), code.localCount(), values, version -> {
            FunctionVersions.Entry callee = functions.lookup(version);
            return callee == null ? null : context(callee.code());
        });
    }

    /** JUMP_BACKWARD's counter ran out: a trace for the loop it closes. */
    void optimize(Frame f, int backDistance) {
        installed(f, f.instrIp, engine == null ? null
                : engine.install(f.code.code(), f.code.executors(), f.instrIp, backDistance, f.code.qualname(),
                        tier2.optimizerFor(context(f.code))));
    }

    /** RESUME's counter ran out: a trace for the function, when the engine wants one ({@link TraceEngine#installAtEntry}). */
    void optimizeEntry(Frame f) {
        installed(f, 0, engine == null ? null
                : engine.installAtEntry(f.code.code(), f.code.executors(), f.code.qualname(),
                        tier2.optimizerFor(context(f.code))));
    }

    /**
     * After an attempt to install a trace in place of the instruction at {@code ip}: without one,
     * that instruction's counter (its first cache unit) backs off, so the check recurs ever more rarely.
     */
    private void installed(Frame f, int ip, Executor<UopContext> executor) {
        char[] code = f.code.code();
        if (executor == null) {
            code[ip + 1] = Counters.backoff(code[ip + 1]);
        } else {
            // LOAD_GLOBAL_* read the frame's globals and the builtins: writes there invalidate. The
            // trace may not read them, but a side trace grown from it later may.
            globals.watch(f.globals);
            globals.watch(globals.builtins());
        }
    }

    void enter(UopContext ctx, Frame f, int oparg) {
        // The frame tier 1 would resume: a side trace may start in a callee of f's trace, or in a
        // caller a trace returned to.
        TraceFrame resumed = new TraceFrame() {
            @Override
            public int stackPointer() {
                return ctx.resumeSp();
            }

            @Override
            public Caller caller() {
                Frame caller = frames.current().returnsTo();
                return caller == null || caller.version == NO_VERSION ? null
                        : new Caller(caller.version, caller.code.code(), caller.instrIp);
            }
        };
        int resume = engine.enter(ctx, f.code.code(), f.code.executors(), oparg, resumed);
        if (resume != TraceEngine.RAN) {
            f.resumeIp = resume;
        }
    }

    boolean runningIsValid() {
        return engine != null && engine.runningIsValid();
    }

    void countUop() {
        if (engine != null) {
            engine.stats().uopExecuted();
        }
    }
}
