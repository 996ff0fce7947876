package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.python.ast.Expr;

/** Names expressions the way CPython's messages do ("cannot assign to function call"). */
final class ExprKinds {

    private ExprKinds() {}

    static String describe(Expr expr) {
        return expr.accept(DESCRIBER);
    }

    private static final Expr.Visitor<String> DESCRIBER = new Expr.Visitor<>() {
        @Override
        public String visitName(Expr.Name n) {
            return "name";
        }

        @Override
        public String visitIntLit(Expr.IntLit i) {
            return "literal";
        }

        @Override
        public String visitFloatLit(Expr.FloatLit f) {
            return "literal";
        }

        @Override
        public String visitStrLit(Expr.StrLit s) {
            return "literal";
        }

        @Override
        public String visitBoolLit(Expr.BoolLit b) {
            return b.value() ? "True" : "False";
        }

        @Override
        public String visitNoneLit(Expr.NoneLit n) {
            return "None";
        }

        @Override
        public String visitUnary(Expr.Unary u) {
            return "expression";
        }

        @Override
        public String visitBinary(Expr.Binary b) {
            return "expression";
        }

        @Override
        public String visitBoolOp(Expr.BoolOp b) {
            return "expression";
        }

        @Override
        public String visitIfExp(Expr.IfExp i) {
            return "conditional expression";
        }

        @Override
        public String visitCompare(Expr.Compare c) {
            return "comparison";
        }

        @Override
        public String visitCall(Expr.Call c) {
            return "function call";
        }

        @Override
        public String visitAttribute(Expr.Attribute a) {
            return "attribute";
        }

        @Override
        public String visitSubscript(Expr.Subscript s) {
            return "subscript";
        }

        @Override
        public String visitSlice(Expr.Slice s) {
            return "slice";
        }

        @Override
        public String visitListDisplay(Expr.ListDisplay l) {
            return "list";
        }

        @Override
        public String visitTupleDisplay(Expr.TupleDisplay t) {
            return "tuple";
        }

        @Override
        public String visitDictDisplay(Expr.DictDisplay d) {
            return "dict literal";
        }
    };
}
