package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.os.Mappings;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.trace.TraceRunner;
import dev.bytecodedsl.kit.trace.UopStatus;

/**
 * Runs compiled code and does with its status exactly what {@code UopInterpreter.run} does with a
 * uop's: EXIT saves the exiting uop's target and its entry stack pointer; CHECK_EVAL_BREAKER
 * handles the breaker and re-enters at the uop's {@link Trace#successor}, or runs
 * the error label if handling raised; a label status runs that label. A Java exception an upcall
 * caught is rethrown here, after the native frames are gone. With statistics on, each return adds
 * the uops that ran ({@link NativeUops}) to the JIT's counts.
 */
final class NativeExecution<C extends FrameContext> {
    private final Shim shim;
    private final JitState state;
    private final HelperUpcalls helpers;
    private final JitBinding<C> binding;
    private final int jumpToTop;
    /** Where executed uops are counted; null when statistics are off. */
    private final JitStats counts;

    NativeExecution(Shim shim, JitState state, HelperUpcalls helpers, JitBinding<C> binding, JitStats counts) {
        this.shim = shim;
        this.state = state;
        this.helpers = helpers;
        this.binding = binding;
        this.counts = counts;
        this.jumpToTop = binding.instructions().uopRoles().jumpToTop();
    }

    int run(CompiledCode code, Trace trace, C ctx, int sp) {
        long stateAddress = state.segment().address();
        int index = 0;
        while (true) {
            // Re-entered after the eval breaker, the trace may be in a callee's frame (RELOAD_FRAME).
            long locals = state.slotAddress(ctx.framePointer());
            long status = shim.enter(code.entry(index), locals, state.slotAddress(sp), stateAddress);
            Throwable failure = helpers.takeFailure();
            if (failure != null) {
                throw Mappings.rethrow(failure);
            }
            int left = state.uopIndex();
            if (counts != null) {
                counts.executed(NativeUops.executed(trace, jumpToTop, index, left, state.takeLoopCloses()));
            }
            sp = state.savedSp();
            int target = trace.target(left);
            if (status == UopStatus.EXIT) {
                ctx.saveState(target, target, sp);
                return left;
            }
            if (status == UopStatus.CHECK_EVAL_BREAKER) {
                index = trace.successor(left, jumpToTop);
                if (!ctx.evalBreakerPending()) {
                    continue;
                }
                ctx.saveState(trace.target(index), trace.target(index), sp);
                if (ctx.handleEvalBreaker()) {
                    continue;
                }
                status = binding.errorLabel();
            }
            if (status < UopStatus.FIRST_LABEL) {
                throw new JitException("native trace returned status " + status + " at uop " + left);
            }
            binding.labels().runLabel(ctx, (int) status, target, sp);
            return TraceRunner.LEFT_THROUGH_LABEL;
        }
    }
}
