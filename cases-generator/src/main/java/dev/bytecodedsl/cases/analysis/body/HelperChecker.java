package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.TypeRef;
import dev.bytecodedsl.diagnostics.Diagnostics;
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
        result("helper", name, helper.pos(), helper.returnType(), declarations, diagnostics);
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

    /**
     * The result type of a helper or function ({@code what}) called {@code name}, checking what both
     * must respect: not an intrinsic's name, not an array result. Empty when unknown or an array.
     */
    static Optional<DslType> result(String what, String name, SourcePos pos, TypeRef returnType,
            Declarations declarations, Diagnostics diagnostics) {
        if (Intrinsic.bySpelling(name).isPresent()) {
            diagnostics.error(pos, what + " '" + name + "' redefines a built-in intrinsic");
        }
        Optional<DslType> result = DslType.of(returnType, declarations, diagnostics);
        if (result.isPresent() && result.get() instanceof DslType.Array) {
            diagnostics.error(returnType.pos(), what + " '" + name + "' cannot return an array");
            return Optional.empty();
        }
        return result;
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
