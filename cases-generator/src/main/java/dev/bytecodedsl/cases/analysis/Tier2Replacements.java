package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves {@code replaces(_OP)} and {@code taken(_OP)}: a tier-2 op that stands in for a
 * tier-1-only op (one that jumps within tier-1 code, say) when an instruction is projected into a
 * trace. {@code replaces} gives the stand-in on the trace's own path (a conditional jump becomes a
 * guard that exits where the jump would be taken); {@code taken} gives the one for a side trace
 * that starts where that exit was taken (a guard that the jump is taken, after which the side trace
 * continues at the jump target). The pairings live in the DSL, so the generated expansion tables
 * cover such instructions and the projector needs no per-instruction knowledge.
 *
 * <p>A jump with a {@code taken} stand-in may record its recent directions in one cache entry it
 * writes (bit 0 the latest, 1 when it jumped): its branch history, from which the projector picks
 * the direction a trace follows (OpcodeMetadata.BRANCH_HISTORY).
 */
final class Tier2Replacements {

    private Tier2Replacements() {}

    /** Records each replacement on the op it replaces, after checking that the pair fits. */
    static void apply(Map<String, Op> ops, Diagnostics diagnostics) {
        for (Op replacement : List.copyOf(ops.values())) {
            for (Annotation.Kind kind : List.of(Annotation.Kind.REPLACES, Annotation.Kind.TAKEN)) {
                replacement.definition().annotation(kind).ifPresent(annotation ->
                        resolve(ops, replacement, annotation, diagnostics));
            }
        }
    }

    private static void resolve(Map<String, Op> ops, Op replacement, Annotation annotation, Diagnostics diagnostics) {
        boolean taken = annotation.kind() == Annotation.Kind.TAKEN;
        Op replaced = ops.get(annotation.target());
        String where = "'" + replacement.name() + "' " + (taken ? "stands in for taken '" : "replaces '")
                + annotation.target() + "'";
        if (replaced == null) {
            diagnostics.error(annotation.pos(), where + ", which is not an op");
        } else if (!replacement.isTier2Viable()) {
            diagnostics.error(annotation.pos(), where + " in traces but cannot run there itself ("
                    + replacement.tier2Blocker().orElseThrow() + ")");
        } else if (replaced.isTier2Viable()) {
            diagnostics.error(annotation.pos(), where + ", which runs in traces as it is");
        } else if (!sameStackEffect(replaced, replacement)) {
            diagnostics.error(annotation.pos(), where + " but their stack effects differ");
        } else if (existing(replaced, taken).isPresent()) {
            diagnostics.error(annotation.pos(), where + ", which already has a stand-in there ('"
                    + existing(replaced, taken).orElseThrow().name() + "')");
        } else if (taken && !BodyProperties.of(replaced.definition().body(), Declarations.EMPTY).jumpsOnlyByOparg()) {
            // The projector continues a taken jump at the next instruction + oparg: nothing else is
            // known without running the body.
            diagnostics.error(annotation.pos(), where + ", which does not jump by exactly JUMPBY(oparg)");
        } else if (taken && replaced.caches().stream().filter(CacheSlot::written).count() > 1) {
            // The projector reads the one written entry as the jump's branch history.
            diagnostics.error(annotation.pos(), where + ", which writes more than one cache entry"
                    + " (a jump's only written entry is its branch history)");
        } else {
            ops.put(replaced.name(), taken ? replaced.withTakenReplacement(replacement)
                    : replaced.withTier2Replacement(replacement));
        }
    }

    private static Optional<Op> existing(Op replaced, boolean taken) {
        return taken ? replaced.takenReplacement() : replaced.tier2Replacement();
    }

    private static boolean sameStackEffect(Op a, Op b) {
        return a.popped().sameAs(b.popped()) && a.pushed().sameAs(b.pushed());
    }
}
