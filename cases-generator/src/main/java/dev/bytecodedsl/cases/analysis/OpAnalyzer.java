package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Annotation;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Analyzes one {@code op} or {@code inst}: sized stack items, cache layout, flags, tier-2 viability. */
final class OpAnalyzer {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final StackEffects stackEffects;
    private final boolean overridesFile;

    /**
     * @param overridesFile whether the definitions come from an optimizer overrides file, the only
     *                      place where {@code override} is meaningful
     */
    OpAnalyzer(Declarations declarations, Diagnostics diagnostics, boolean overridesFile) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.stackEffects = new StackEffects(declarations, diagnostics);
        this.overridesFile = overridesFile;
    }

    Op analyze(Definition.InstructionDef def) {
        checkAnnotations(def);
        List<Slot> inputs = stackEffects.inputs(def.name(), def.effect());
        List<Slot> outputs = stackEffects.outputs(def.name(), def.effect());
        stackEffects.checkPassThroughArrays(def.name(), inputs, outputs);
        BodyProperties body = BodyProperties.of(def.body(), declarations);
        Set<String> assigned = Statements.assignedNames(def.body());
        List<CacheSlot> caches = stackEffects.caches(def.name(), def.effect()).stream()
                .map(cache -> assigned.contains(cache.name()) ? cache.asWritten() : cache)
                .toList();

        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(body.flags());
        if (stackMentionsOparg(def.effect()) || def.has(Annotation.Kind.REPLICATE)) {
            flags.add(Flag.HAS_ARG);
        }
        if (def.has(Annotation.Kind.PURE)) {
            flags.add(Flag.PURE);
        }
        if (def.has(Annotation.Kind.GUARD)) {
            flags.add(Flag.GUARD);
        }
        return new Op(def, inputs, outputs, caches, flags, tier2Blocker(def, body, caches), Optional.empty(),
                Optional.empty());
    }

    private static boolean stackMentionsOparg(StackEffect effect) {
        return effect.inputs().stream().anyMatch(OpAnalyzer::mentionsOparg)
                || effect.outputs().stream().anyMatch(OpAnalyzer::mentionsOparg);
    }

    private static boolean mentionsOparg(StackEffect.EffectItem item) {
        return item instanceof StackEffect.StackItem s
                && (s.arraySize().map(BodyProperties::mentionsOparg).orElse(false)
                        || s.condition().map(BodyProperties::mentionsOparg).orElse(false));
    }

    /**
     * Why a body cannot run as a uop. Tier 2 executes straight-line traces built from specialized
     * instructions: rewriting tier-1 code, jumping around tier-1 code, or needing more than the one
     * operand a trace entry carries all rule a body out.
     */
    private static Optional<String> tier2Blocker(
            Definition.InstructionDef def, BodyProperties body, List<CacheSlot> caches) {
        if (def.has(Annotation.Kind.TIER1)) {
            return Optional.of("annotated tier1");
        }
        if (def.has(Annotation.Kind.SPECIALIZING)) {
            return Optional.of("specializing (rewrites tier-1 code)");
        }
        if (body.dispatchesSameOparg()) {
            return Optional.of("uses DISPATCH_SAME_OPARG");
        }
        if (body.extendsOparg()) {
            return Optional.of("uses DISPATCH_EXTENDED_OPARG (trace projection folds the prefix into the oparg)");
        }
        if (body.flags().contains(Flag.JUMPS)) {
            return Optional.of("jumps within tier-1 code (JUMPBY)");
        }
        Optional<CacheSlot> written = caches.stream().filter(CacheSlot::written).findFirst();
        if (written.isPresent()) {
            return Optional.of("writes cache entry '" + written.get().name() + "' (a trace carries entries as constants)");
        }
        long operands = caches.stream().filter(c -> !c.entry().isUnused()).count();
        if (operands > 1) {
            return Optional.of("reads " + operands + " cache entries (a uop carries at most one operand)");
        }
        return Optional.empty();
    }

    private void checkAnnotations(Definition.InstructionDef def) {
        if (def.has(Annotation.Kind.TIER1) && def.has(Annotation.Kind.TIER2)) {
            diagnostics.error(def.pos(), "'" + def.name() + "' cannot be both tier1 and tier2");
        }
        if (def.has(Annotation.Kind.TIER2) && def.kind() == Definition.InstructionDef.Kind.INST) {
            diagnostics.error(def.pos(), "inst '" + def.name() + "' cannot be tier2-only; declare it as an op");
        }
        def.annotation(Annotation.Kind.REPLICATE).ifPresent(replicate -> {
            if (def.kind() != Definition.InstructionDef.Kind.OP) {
                diagnostics.error(replicate.pos(), "replicate applies to ops only");
            }
        });
        def.annotation(Annotation.Kind.OVERRIDE).ifPresent(override -> {
            if (!overridesFile) {
                diagnostics.error(override.pos(), "'override' is only allowed in an optimizer overrides file");
            }
        });
        for (Annotation.Kind kind : Annotation.Kind.values()) {
            if (def.annotations().stream().filter(a -> a.kind() == kind).count() > 1) {
                diagnostics.error(def.pos(), "annotation '" + kind.spelling() + "' given twice on '" + def.name() + "'");
            }
        }
    }
}
