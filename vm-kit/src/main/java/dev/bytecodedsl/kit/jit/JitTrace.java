package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;

import java.util.function.Consumer;

/** A trace's compiled code, runnable until closed (its executor died or the VM closed). */
final class JitTrace<C extends FrameContext> implements NativeTrace<C> {
    private final Trace trace;
    private final CompiledCode code;
    private final NativeExecution<C> execution;
    private final Consumer<JitTrace<C>> onClose;

    JitTrace(Trace trace, CompiledCode code, NativeExecution<C> execution, Consumer<JitTrace<C>> onClose) {
        this.trace = trace;
        this.code = code;
        this.execution = execution;
        this.onClose = onClose;
    }

    @Override
    public int run(C ctx, int sp) {
        if (!code.memory().isExecutable()) {
            throw new IllegalStateException("running a freed trace");
        }
        return execution.run(code, trace, ctx, sp);
    }

    CompiledCode code() {
        return code;
    }

    @Override
    public void close() {
        if (code.memory().isExecutable()) {
            code.memory().close();
            onClose.accept(this);
        }
    }
}
