package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.trace.Trace;
import java.util.Set;

/**
 * The JIT's admission policy: a loop whose uops mostly call helpers is left to tier 1. Helpers are
 * Java, so every call from machine code is an FFM upcall (about 20 ns, measured by
 * benchmarks/jit-compile.sh, and more for escaping helpers, which sync the frame both ways), several
 * tier-1 instructions' worth. Counted statically, per call site in the loop body's stencils; the
 * sites of helpers the DSL declares {@code cold} (slow paths, e.g. boxing a float without an
 * immediate form) do not count. With one call per 4 uops admitted, spectral_norm's inner loop (5
 * upcalls per call of a small function: frame space, push, pop, globals) and dict_workload's loop
 * ran slower natively than in tier 1, while the loops that win (nbody, float_workload, fannkuch)
 * make at most one call per {@value #UOPS_PER_HELPER_CALL} uops once cold sites are not counted.
 */
final class HelperBoundLoops {
    /** One helper call per this many uops of the loop body is still worth compiling. */
    static final int UOPS_PER_HELPER_CALL = 8;

    private HelperBoundLoops() {
    }

    /** Why {@code trace} should stay in tier 1, or null when compiling it pays. */
    static String reasonToDecline(Trace trace, StencilTable table, int jumpToTop, Set<String> coldHelpers) {
        int loopStart = loopStart(trace, jumpToTop);
        int uops = trace.length() - loopStart;
        int calls = 0;
        for (int i = loopStart; i < trace.length(); i++) {
            calls += helperCalls(table.stencil(trace.uop(i)), coldHelpers);
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

    /** Each reference to a helper that is not cold is one call site (through its data slot or directly). */
    private static int helperCalls(Stencil stencil, Set<String> coldHelpers) {
        if (stencil == null) {
            return 0;
        }
        return count(stencil.codeHoles(), coldHelpers) + count(stencil.dataHoles(), coldHelpers);
    }

    private static int count(Hole[] holes, Set<String> coldHelpers) {
        int n = 0;
        for (Hole hole : holes) {
            if (hole.value() == HoleValue.HELPER && !coldHelpers.contains(hole.symbol())) {
                n++;
            }
        }
        return n;
    }
}
