package dev.bytecodedsl.analysis.body;

import dev.bytecodedsl.analysis.Declarations;
import dev.bytecodedsl.ast.Definition;
import dev.bytecodedsl.ast.Expr;
import dev.bytecodedsl.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks {@code const T NAME = value;}: T is int, double or bool, and the value is built from
 * literals, other constants and operators only (so generators can evaluate it at build time), has
 * type T, and does not depend on itself.
 */
final class ConstantChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;

    ConstantChecker(Declarations declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    void check(Definition.ConstDecl constant) {
        Optional<DslType> declared = DslType.of(constant.type(), declarations, diagnostics);
        if (declared.isPresent() && !declared.get().isScalar()) {
            diagnostics.error(constant.type().pos(), "constant '" + constant.name()
                    + "' must be int, double or bool, got " + declared.get());
            declared = Optional.empty();
        }
        Resolution.Builder resolution = new Resolution.Builder();
        var typer = new ExprTyper(declarations, diagnostics, Scopes.constants(declarations), resolution,
                ExprTyper.Calls.FORBIDDEN_IN_CONSTANT);
        Optional<DslType> value = typer.value(constant.value());
        if (declared.isPresent() && value.isPresent() && !declared.get().equals(value.get())) {
            diagnostics.error(constant.value().pos(), "type error: constant '" + constant.name() + "' is "
                    + declared.get() + " but its value is " + value.get());
        }
        checkNotCircular(constant);
    }

    /** Reports the first reference in the initializer through which the constant reaches itself. */
    private void checkNotCircular(Definition.ConstDecl constant) {
        for (Expr.Name name : constantNames(constant.value())) {
            Definition.ConstDecl referenced = declarations.constants().get(name.name());
            if (referenced == constant || reaches(referenced, constant, new HashSet<>())) {
                diagnostics.error(name.pos(), "constant '" + constant.name() + "' is defined in terms of itself");
                return;
            }
        }
    }

    private boolean reaches(Definition.ConstDecl from, Definition.ConstDecl target, Set<String> visited) {
        if (!visited.add(from.name())) {
            return false;
        }
        for (Expr.Name name : constantNames(from.value())) {
            Definition.ConstDecl next = declarations.constants().get(name.name());
            if (next == target || reaches(next, target, visited)) {
                return true;
            }
        }
        return false;
    }

    /** The names in an expression that refer to declared constants. */
    private List<Expr.Name> constantNames(Expr expr) {
        List<Expr.Name> names = new ArrayList<>();
        collectNames(expr, names);
        names.removeIf(n -> !declarations.constants().containsKey(n.name()));
        return names;
    }

    private static void collectNames(Expr expr, List<Expr.Name> into) {
        switch (expr) {
            case Expr.IntLit i -> {}
            case Expr.FloatLit f -> {}
            case Expr.BoolLit b -> {}
            case Expr.Name n -> into.add(n);
            case Expr.Call c -> c.args().forEach(a -> collectNames(a, into));
            case Expr.Index i -> {
                collectNames(i.array(), into);
                collectNames(i.index(), into);
            }
            case Expr.Unary u -> collectNames(u.operand(), into);
            case Expr.Binary b -> {
                collectNames(b.left(), into);
                collectNames(b.right(), into);
            }
            case Expr.Conditional c -> {
                collectNames(c.condition(), into);
                collectNames(c.ifTrue(), into);
                collectNames(c.ifFalse(), into);
            }
        }
    }
}
