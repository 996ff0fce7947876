package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Definition;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An analyzed {@code op} or {@code inst} body: the unit the interpreters execute and, when tier-2
 * viable, a uop.
 *
 * @param inputs       stack inputs, bottom to top
 * @param outputs      stack outputs, bottom to top
 * @param caches       inline-cache entries in order, with offsets
 * @param tier2Blocker why this op cannot run in tier 2; empty when it can
 * @param tier2Replacement the uop that stands in for this tier-1-only op in traces ({@code replaces}):
 *                         on a trace's path it never jumps, and exits where it would
 * @param takenReplacement the uop that stands in for this tier-1-only op where it jumps ({@code taken}):
 *                         side traces that start at its exit run it and go on at the jump target
 */
public record Op(
        Definition.InstructionDef definition,
        List<Slot> inputs,
        List<Slot> outputs,
        List<CacheSlot> caches,
        Set<Flag> flags,
        Optional<String> tier2Blocker,
        Optional<Op> tier2Replacement,
        Optional<Op> takenReplacement) {

    public Op {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        caches = List.copyOf(caches);
        flags = Set.copyOf(flags);
    }

    public String name() {
        return definition.name();
    }

    public int cacheSize() {
        return caches.stream().mapToInt(CacheSlot::size).sum();
    }

    public StackSize popped() {
        return StackEffects.total(inputs);
    }

    public StackSize pushed() {
        return StackEffects.total(outputs);
    }

    public boolean isTier2Viable() {
        return tier2Blocker.isEmpty();
    }

    public Op withTier2Replacement(Op replacement) {
        return new Op(definition, inputs, outputs, caches, flags, tier2Blocker, Optional.of(replacement),
                takenReplacement);
    }

    public Op withTakenReplacement(Op replacement) {
        return new Op(definition, inputs, outputs, caches, flags, tier2Blocker, tier2Replacement,
                Optional.of(replacement));
    }

    /** What a trace runs for this op: itself, or the uop that replaces it there. */
    public Optional<Op> inTier2() {
        return isTier2Viable() ? Optional.of(this) : tier2Replacement;
    }

    /** What a trace runs for this op where it jumps: its {@code taken} stand-in, else {@link #inTier2}. */
    public Optional<Op> inTier2Taken() {
        return takenReplacement.or(this::inTier2);
    }
}
