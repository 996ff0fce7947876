package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Expr;

/**
 * Whether an expression calls an {@code escaping} helper (or a function that calls one), so the statement evaluating it must save
 * the frame state first. Shared by every lowering (Java interpreters, C stencils) so they save at
 * exactly the same points.
 */
public final class EscapingCalls {

    private EscapingCalls() {}

    public static boolean in(Declarations declarations, Expr expr) {
        return switch (expr) {
            case Expr.Call c -> CallEffects.escaping(declarations, c.callee())
                    || c.args().stream().anyMatch(a -> in(declarations, a));
            case Expr.Index i -> in(declarations, i.array()) || in(declarations, i.index());
            case Expr.Unary u -> in(declarations, u.operand());
            case Expr.Binary b -> in(declarations, b.left()) || in(declarations, b.right());
            case Expr.Conditional c -> in(declarations, c.condition()) || in(declarations, c.ifTrue())
                    || in(declarations, c.ifFalse());
            case Expr.IntLit i -> false;
            case Expr.FloatLit f -> false;
            case Expr.BoolLit b -> false;
            case Expr.Name n -> false;
        };
    }
}
