package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;

import java.util.function.Consumer;

/** A trace's compiled code, runnable until closed (its executor died or the VM closed). */
final class JitTrace implements NativeTrace<UopContext> {
    private final Trace trace;
    private final CompiledCode code;
    private final NativeExecution execution;
    private final Consumer<JitTrace> onClose;

    JitTrace(Trace trace, CompiledCode code, NativeExecution execution, Consumer<JitTrace> onClose) {
        this.trace = trace;
        this.code = code;
        this.execution = execution;
        this.onClose = onClose;
    }

    @Override
    public int run(UopContext ctx, int sp) {
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
