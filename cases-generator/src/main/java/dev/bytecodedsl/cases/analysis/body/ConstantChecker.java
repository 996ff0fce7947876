package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Definition;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code const T NAME = value;}: T is int, double or bool, and the value is built from
 * literals, other constants and operators only (so generators can evaluate it at build time), has
 * type T, and does not depend on itself.
 */
final class ConstantChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Map<String, Symbol> constantSymbols;
    private final ConstantCycles cycles;

    /** {@code constantSymbols} and {@code cycles} are shared by all constants of a run. */
    ConstantChecker(Declarations declarations, Diagnostics diagnostics, Map<String, Symbol> constantSymbols,
            ConstantCycles cycles) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.constantSymbols = constantSymbols;
        this.cycles = cycles;
    }

    void check(Definition.ConstDecl constant) {
        Optional<DslType> declared = DslType.of(constant.type(), declarations, diagnostics);
        if (declared.isPresent() && !declared.get().isScalar()) {
            diagnostics.error(constant.type().pos(), "constant '" + constant.name()
                    + "' must be int, double or bool, got " + declared.get());
            declared = Optional.empty();
        }
        Resolution.Builder resolution = new Resolution.Builder();
        var typer = new ExprTyper(declarations, diagnostics, Scopes.constants(constantSymbols), resolution,
                ExprTyper.Calls.FORBIDDEN_IN_CONSTANT);
        Optional<DslType> value = typer.value(constant.value());
        if (declared.isPresent() && value.isPresent() && !declared.get().equals(value.get())) {
            diagnostics.error(constant.value().pos(), "type error: constant '" + constant.name() + "' is "
                    + declared.get() + " but its value is " + value.get());
        }
        // Reported at the first reference in the initializer through which the constant reaches itself.
        cycles.cycleThrough(constant).ifPresent(name -> diagnostics.error(
                name.pos(), "constant '" + constant.name() + "' is defined in terms of itself"));
    }
}
