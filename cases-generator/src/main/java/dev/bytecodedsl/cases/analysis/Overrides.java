package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Annotation;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The optimizer's overrides (like CPython's {@code optimizer_bytecodes.c}): abstract bodies for
 * uops, written in the same DSL over symbols instead of values. Kept apart from the instruction
 * set, so the symbol helpers never become runtime helpers.
 *
 * @param declarations the instruction set's declarations plus the overrides files' symbol helpers
 *                     and one int constant per uop name (for {@code replace_op(NAME)})
 * @param ops          the override bodies, by the name of the op they override (in name order)
 * @param uopNames     the names that are uop-id constants in override bodies
 */
public record Overrides(Declarations declarations, Map<String, Op> ops, Set<String> uopNames) {

    public Overrides {
        ops = Collections.unmodifiableSortedMap(new TreeMap<>(ops));
        uopNames = Set.copyOf(uopNames);
    }

    /**
     * A file whose ops are all {@code override} ops (at least one) is an overrides file, and
     * everything in it is the optimizer's; anywhere else {@code override} is an error.
     */
    public static boolean isOverridesFile(DslFile file) {
        List<Definition.InstructionDef> ops = file.definitions().stream()
                .filter(Definition.InstructionDef.class::isInstance).map(Definition.InstructionDef.class::cast).toList();
        return !ops.isEmpty() && ops.stream().allMatch(op -> op.has(Annotation.Kind.OVERRIDE));
    }
}
