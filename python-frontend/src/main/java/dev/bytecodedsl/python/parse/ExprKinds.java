package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.python.ast.Expr;

/** Names expressions the way CPython's messages do ("cannot assign to function call"). */
final class ExprKinds {

    private ExprKinds() {}

    static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Name n -> "name";
            case Expr.IntLit i -> "literal";
            case Expr.FloatLit f -> "literal";
            case Expr.StrLit s -> "literal";
            case Expr.BoolLit b -> b.value() ? "True" : "False";
            case Expr.NoneLit n -> "None";
            case Expr.Unary u -> "expression";
            case Expr.Binary b -> "expression";
            case Expr.BoolOp b -> "expression";
            case Expr.IfExp i -> "conditional expression";
            case Expr.Compare c -> "comparison";
            case Expr.Call c -> "function call";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Slice s -> "slice";
            case Expr.ListDisplay l -> "list";
            case Expr.TupleDisplay t -> "tuple";
            case Expr.DictDisplay d -> "dict literal";
        };
    }
}
