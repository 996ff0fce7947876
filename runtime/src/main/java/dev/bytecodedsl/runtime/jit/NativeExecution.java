package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.runtime.os.Libc;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.generated.UopInterpreter;
import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.generated.jit.JitHelpers;
import dev.bytecodedsl.kit.trace.Trace;

/**
 * Runs compiled code and does with its status exactly what {@code UopInterpreter.run} does with a
 * uop's: EXIT saves the exiting uop's target and its entry stack pointer; CHECK_EVAL_BREAKER
 * handles the breaker and re-enters at the uop's {@link Trace#successor}, or runs
 * the error label if handling raised; a label status runs that label. A Java exception an upcall
 * caught is rethrown here, after the native frames are gone.
 */
final class NativeExecution {
    private final Shim shim;
    private final JitState state;
    private final JitHelpers helpers;

    NativeExecution(Shim shim, JitState state, JitHelpers helpers) {
        this.shim = shim;
        this.state = state;
        this.helpers = helpers;
    }

    int run(CompiledCode code, Trace trace, UopContext ctx, int sp) {
        long locals = state.slotAddress(ctx.framePointer());
        long stateAddress = state.segment().address();
        int index = 0;
        while (true) {
            long status = shim.enter(code.entry(index), locals, state.slotAddress(sp), stateAddress);
            Throwable failure = helpers.takeFailure();
            if (failure != null) {
                throw Libc.rethrow(failure);
            }
            int left = state.uopIndex();
            sp = state.savedSp();
            int target = trace.target(left);
            if (status == UopInterpreter.EXIT) {
                ctx.saveState(target, target, sp);
                return left;
            }
            if (status == UopInterpreter.CHECK_EVAL_BREAKER) {
                index = trace.successor(left, Uops._JUMP_TO_TOP);
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(trace.target(index), trace.target(index), sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = UopInterpreter.LABEL_ERROR;
            }
            if (status < UopInterpreter.LABEL_ERROR) {
                throw new JitException("native trace returned status " + status + " at uop " + left);
            }
            UopInterpreter.runLabel(ctx, (int) status, target, sp);
            return UopInterpreter.LEFT_THROUGH_LABEL;
        }
    }
}
