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
 * than one per {@value #UOPS_PER_HELPER_CALL} uops stays in tier 1.
 *
 * <p>Measured (2026-12-03, steady state, benchmarks/steady-state.sh with CONFIGS="tier1 jit jit-all"):
 * once exits into traces that read globals were linked in machine code, compiling every trace was
 * nowhere slower than this policy at one per 8 uops, and string_list_workload's str-helper loops
 * (one per 2.8 to 4.5 uops) ran 0.86-0.99 of tier 1's time against 1.00-1.24 left there;
 * dict_workload's dict-helper loops (one per 2.3 to 3.8) ran the same either way. Before that
 * (2026-12-02), at one per 4 uops, spectral_norm's inner loop and dict_workload's loop ran slower
 * natively, and a loop calling two small Python functions ran ~15% slower at one per 8.
 *
 * <p>A trace that ends inside a call it made leaves machine code every pass, unless a trace goes on
 * there (the engine says so: a callee's loop one call deep, or its own loop a frame deeper after a
 * recursive call, both linked in machine code); when none does, its helper calls are never
 * amortized: with any, it stays in tier 1. Measured (2026-12-02): fib_loop's outer loop (range()
 * and iter() upcalls before the callee's loop) ran 4-9% slower natively when it left for tier 1
 * there; continuing in the callee loop's trace, it runs 0.84 of that (2026-12-03, whole process).
 */
final class HelperBoundLoops {
    /** One helper call per this many uops of the loop body is still worth compiling. */
    static final int UOPS_PER_HELPER_CALL = 2;

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
        if (calls * UOPS_PER_HELPER_CALL <= uops) {
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
