package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Definition;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Checks an {@code extern} helper declaration, so calls can rely on its signature. */
final class HelperChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    HelperChecker(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    void check(Definition.HelperDecl helper) {
        String name = helper.name();
        if (Intrinsic.bySpelling(name).isPresent()) {
            diagnostics.error(helper.pos(), "helper '" + name + "' redefines a built-in intrinsic");
        }
        DslType.of(helper.returnType(), declarations, diagnostics)
                .filter(DslType.Array.class::isInstance)
                .ifPresent(t -> diagnostics.error(helper.returnType().pos(), "helper '" + name + "' cannot return an array"));
        Set<String> seen = new HashSet<>();
        for (Definition.Param param : helper.params()) {
            String subject = "parameter '" + param.name() + "' of '" + name + "'";
            ReservedNames.check(param.name(), param.pos(), "parameter", diagnostics);
            if (!seen.add(param.name())) {
                diagnostics.error(param.pos(), subject + " is already defined");
            }
            Optional<DslType> type = DslType.of(param.type(), declarations, diagnostics);
            if (type.isEmpty()) {
                continue;
            }
            if (type.get() instanceof DslType.Void) {
                diagnostics.error(param.type().pos(), subject + " cannot have type void");
            } else if (param.steals() && !owned(type.get())) {
                // Only words are owned references; stealing an int or a bool would mean nothing.
                diagnostics.error(param.pos(), "steal " + subject + " must have a word type, got " + type.get());
            }
        }
    }

    private static boolean owned(DslType type) {
        return switch (type) {
            case DslType.Word w -> true;
            case DslType.Array a -> a.element() instanceof DslType.Word;
            case DslType.Int i -> false;
            case DslType.Double d -> false;
            case DslType.Bool b -> false;
            case DslType.Void v -> false;
        };
    }
}
