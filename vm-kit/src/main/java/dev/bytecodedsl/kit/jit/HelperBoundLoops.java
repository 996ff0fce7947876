package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.UopRoles;
import dev.bytecodedsl.kit.trace.Trace;

/**
 * The JIT's admission policy: a loop whose uops mostly call helpers is left to tier 1. Helpers are
 * Java, so every call from machine code is an FFM upcall (about 20 ns, measured by
 * benchmarks/jit-compile.sh), several tier-1 instructions' worth, and an escaping helper's costs
 * more (its adapter syncs the frame both ways; frame pushes and pops, calls and allocation do more
 * Java work). Counted statically, per call site in the loop body's stencils, at the site's
 * {@link HelperCosts cost}: 0 for helpers the DSL declares {@code cold} (slow paths, e.g. boxing a
 * float without an immediate form), 2 for escaping ones, 1 for the others. A loop whose cost is more
 * than one per {@value #UOPS_PER_HELPER_CALL} uops stays in tier 1. Measured (2026-12-02): at one per
 * 4 uops with every site counting 1, spectral_norm's inner loop and dict_workload's loop ran slower
 * natively than in tier 1; a hot loop calling two small Python functions (two pushes and two pops,
 * benchmarks/ordinary/small_functions.py) ran ~15% slower natively at one per 8 uops with escaping
 * sites counting 1; the loops that win (nbody, float_workload, fannkuch, particles' method call)
 * stay within the limit.
 *
 * <p>A trace that ends inside a call it made leaves machine code every pass, unless a trace goes on
 * there (the engine says so: a callee's loop one call deep, or its own loop a frame deeper after a
 * recursive call, both linked in machine code); when none does, its helper calls are never
 * amortized: with any, it stays in tier 1. Measured (2026-12-02): fib_loop's outer loop (range()
 * and iter() upcalls before the callee's loop) ran 4-9% slower natively when it left for tier 1
 * there; continuing in the callee loop's trace, it runs 0.84 of that (2026-12-03, whole process).
 *
 * <p>A trace between traces (a side trace, or one that goes on in a trace) may cost one per
 * {@value #UOPS_PER_HELPER_CALL_BETWEEN_TRACES} uops: declining it does not keep its passes in tier 1
 * but sends each through an exit and an entry. nqueens' side trace into the recursive call (range()
 * and iter() upcalls in 21 uops) was declined at one per 8.
 */
final class HelperBoundLoops {
    /** One helper call per this many uops of the loop body is still worth compiling. */
    static final int UOPS_PER_HELPER_CALL = 8;

    /** The same for a trace that goes on in a trace where it ends (see the class comment). */
    static final int UOPS_PER_HELPER_CALL_BETWEEN_TRACES = 4;

    private HelperBoundLoops() {
    }

    /** Why {@code trace} should stay in tier 1, or null when compiling it pays. */
    static String reasonToDecline(Trace trace, boolean endsInATrace, StencilTable table, UopRoles roles,
                                  HelperCosts costs) {
        int jumpToTop = roles.jumpToTop();
        int loopStart = loopStart(trace, jumpToTop);
        int uops = trace.length() - loopStart;
        int calls = 0;
        for (int i = loopStart; i < trace.length(); i++) {
            calls += helperCalls(table.stencil(trace.uop(i)), costs);
        }
        int last = trace.length() - 1;
        if (calls > 0 && !endsInATrace && trace.frameDepths(roles.pushFrame(), roles.popFrame())[last] > 0) {
            return "helper-bound: " + calls + " helper calls (FFM upcalls) in a trace that ends inside a call it made";
        }
        if (calls * (endsInATrace ? UOPS_PER_HELPER_CALL_BETWEEN_TRACES : UOPS_PER_HELPER_CALL) <= uops) {
            return null;
        }
        return "helper-bound: " + calls + " helper calls (FFM upcalls) in a loop body of " + uops + " uops";
    }

    /** Where the loop closes back to (after peeling, the body copy); 0 for a trace that does not loop. */
    private static int loopStart(Trace trace, int jumpToTop) {
        int last = trace.length() - 1;
        return trace.uop(last) == jumpToTop ? trace.successor(last, jumpToTop) : 0;
    }

    /** Each reference to a helper is one call site (through its data slot or directly), at its cost. */
    private static int helperCalls(Stencil stencil, HelperCosts costs) {
        if (stencil == null) {
            return 0;
        }
        return cost(stencil.codeHoles(), costs) + cost(stencil.dataHoles(), costs);
    }

    private static int cost(Hole[] holes, HelperCosts costs) {
        int n = 0;
        for (Hole hole : holes) {
            if (hole.value() == HoleValue.HELPER) {
                n += costs.siteCost(hole.symbol());
            }
        }
        return n;
    }
}
