package dev.bytecodedsl.analysis;

import dev.bytecodedsl.ast.Annotation;
import dev.bytecodedsl.diag.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code replaces(_OP)}: a tier-2 op that stands in for a tier-1-only op (one that jumps
 * within tier-1 code, say) when an instruction is projected into a trace. The pairing lives in the
 * DSL, so the generated expansion tables cover such instructions and the projector needs no
 * per-instruction knowledge.
 */
final class Tier2Replacements {

    private Tier2Replacements() {}

    /** Records each replacement on the op it replaces, after checking that the pair fits. */
    static void apply(Map<String, Op> ops, Diagnostics diagnostics) {
        for (Op replacement : List.copyOf(ops.values())) {
            replacement.definition().annotation(Annotation.Kind.REPLACES).ifPresent(annotation -> {
                Op replaced = ops.get(annotation.target());
                String where = "'" + replacement.name() + "' replaces '" + annotation.target() + "'";
                if (replaced == null) {
                    diagnostics.error(annotation.pos(), where + ", which is not an op");
                } else if (!replacement.isTier2Viable()) {
                    diagnostics.error(annotation.pos(), where + " in traces but cannot run there itself ("
                            + replacement.tier2Blocker().orElseThrow() + ")");
                } else if (replaced.isTier2Viable()) {
                    diagnostics.error(annotation.pos(), where + ", which runs in traces as it is");
                } else if (!sameStackEffect(replaced, replacement)) {
                    diagnostics.error(annotation.pos(), where + " but their stack effects differ");
                } else {
                    ops.put(replaced.name(), replaced.withTier2Replacement(replacement));
                }
            });
        }
    }

    private static boolean sameStackEffect(Op a, Op b) {
        return a.popped().sameAs(b.popped()) && a.pushed().sameAs(b.pushed());
    }
}
