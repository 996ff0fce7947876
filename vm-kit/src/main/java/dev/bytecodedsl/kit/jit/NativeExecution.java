package dev.bytecodedsl.kit.jit;

import java.util.ArrayList;
import java.util.List;

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
 *
 * <p>After linked exits the trace that returns is not always the one entered: each status is
 * handled with the trace that left (the state's {@code trace_id}), and re-entry after the eval
 * breaker goes into that trace.
 */
final class NativeExecution<C extends FrameContext> {
    private final Shim shim;
    private final JitState state;
    private final HelperUpcalls helpers;
    private final JitBinding<C> binding;
    private final int jumpToTop;
    /** Where executed uops are counted; null when statistics are off. */
    private final JitStats counts;
    private final LiveTraces<C> traces;
    /** The trace the last run left from. */
    private JitTrace<C> leaving;
    /** Runs in progress on this thread's stack (a helper upcall may run Python code that enters traces). */
    private int depth;
    /** Frees of closed traces' code, deferred while any run is in progress ({@link #whenIdle}). */
    private final List<Runnable> deferred = new ArrayList<>();

    NativeExecution(Shim shim, JitState state, HelperUpcalls helpers, JitBinding<C> binding, JitStats counts,
                    LiveTraces<C> traces) {
        this.shim = shim;
        this.traces = traces;
        this.state = state;
        this.helpers = helpers;
        this.binding = binding;
        this.counts = counts;
        this.jumpToTop = binding.instructions().uopRoles().jumpToTop();
    }

    /** The trace the last {@link #run} left from (valid until the next run). */
    JitTrace<C> leaving() {
        return leaving;
    }

    /**
     * Runs {@code action} (freeing a closed trace's code) now, or when no run is in progress: a
     * closed trace may still be executing beneath a helper's upcall, reached through a linked exit
     * that no executor's entry accounts for, and its code must stay mapped until it has returned.
     */
    void whenIdle(Runnable action) {
        if (depth == 0) {
            action.run();
        } else {
            deferred.add(action);
        }
    }

    int run(JitTrace<C> entered, C ctx, int sp) {
        depth++;
        try {
            return runTraces(entered, ctx, sp);
        } finally {
            depth--;
            if (depth == 0 && !deferred.isEmpty()) {
                List<Runnable> actions = List.copyOf(deferred);
                deferred.clear();
                actions.forEach(Runnable::run);
            }
        }
    }

    private int runTraces(JitTrace<C> entered, C ctx, int sp) {
        long stateAddress = state.segment().address();
        JitTrace<C> current = entered;
        int index = 0;
        while (true) {
            // Re-entered after the eval breaker, the trace may be in a callee's frame (RELOAD_FRAME).
            long locals = state.slotAddress(ctx.framePointer());
            state.setTraceId(current.id());
            long status = shim.enter(current.code().entry(index), locals, state.slotAddress(sp), stateAddress);
            ctx.syncNativeFrames(); // the trace may have left in a frame it pushed natively
            Throwable failure = helpers.takeFailure();
            if (failure != null) {
                throw Mappings.rethrow(failure);
            }
            if (state.traceId() != current.id()) {
                current = traces.get(state.traceId()); // a linked exit went on in another trace
            }
            leaving = current;
            Trace trace = current.trace();
            int left = state.uopIndex();
            if (counts != null) {
                // Exact: with statistics on no exit is linked, so the trace that left is the one entered.
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
