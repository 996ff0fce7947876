package dev.bytecodedsl.python.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * Renders an AST as indented text, one node per line with its line:col, for golden tests and for
 * looking at what the parser made of a program. Children are indented by two spaces; lists that
 * could be confused (a function's parameters and body) get a labelled line of their own.
 */
public final class AstPrinter {

    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {}

    public static String print(Module module) {
        AstPrinter printer = new AstPrinter();
        printer.line(0, "Module", module.pos());
        printer.stmts(1, module.body());
        return printer.out.toString();
    }

    private void stmts(int depth, List<Stmt> stmts) {
        stmts.forEach(s -> stmt(depth, s));
    }

    private void stmt(int d, Stmt stmt) {
        stmt.accept(new NodePrinter(d));
    }

    private void expr(int d, Expr expr) {
        expr.accept(new NodePrinter(d));
    }

    /** Prints one node at depth {@code d}; its children go through {@link #stmt} and {@link #expr} again. */
    private final class NodePrinter implements Stmt.Visitor<Void>, Expr.Visitor<Void> {

        private final int d;

        NodePrinter(int d) {
            this.d = d;
        }

        @Override
        public Void visitFunctionDef(Stmt.FunctionDef f) {
            line(d, "FunctionDef " + f.name(), f.pos());
            label(d + 1, "params");
            for (Stmt.Param p : f.params()) {
                line(d + 2, "Param " + p.name() + (p.defaultValue().isPresent() ? " default" : ""), p.pos());
                optional(d + 3, p.defaultValue());
            }
            label(d + 1, "body");
            stmts(d + 2, f.body());
            return null;
        }

        @Override
        public Void visitClassDef(Stmt.ClassDef c) {
            line(d, "ClassDef " + c.name(), c.pos());
            optional(d + 1, c.base());
            stmts(d + 1, c.body());
            return null;
        }

        @Override
        public Void visitReturn(Stmt.Return r) {
            line(d, "Return", r.pos());
            optional(d + 1, r.value());
            return null;
        }

        @Override
        public Void visitGlobal(Stmt.Global g) {
            line(d, "Global " + String.join(", ", g.names()), g.pos());
            return null;
        }

        @Override
        public Void visitIf(Stmt.If i) {
            line(d, "If", i.pos());
            expr(d + 1, i.test());
            label(d + 1, "then");
            stmts(d + 2, i.body());
            if (!i.orElse().isEmpty()) {
                label(d + 1, "else");
                stmts(d + 2, i.orElse());
            }
            return null;
        }

        @Override
        public Void visitWhile(Stmt.While w) {
            line(d, "While", w.pos());
            expr(d + 1, w.test());
            label(d + 1, "body");
            stmts(d + 2, w.body());
            return null;
        }

        @Override
        public Void visitFor(Stmt.For f) {
            line(d, "For", f.pos());
            expr(d + 1, f.target());
            expr(d + 1, f.iterable());
            label(d + 1, "body");
            stmts(d + 2, f.body());
            return null;
        }

        @Override
        public Void visitBreak(Stmt.Break b) {
            line(d, "Break", b.pos());
            return null;
        }

        @Override
        public Void visitContinue(Stmt.Continue c) {
            line(d, "Continue", c.pos());
            return null;
        }

        @Override
        public Void visitPass(Stmt.Pass p) {
            line(d, "Pass", p.pos());
            return null;
        }

        @Override
        public Void visitAssign(Stmt.Assign a) {
            line(d, "Assign", a.pos());
            label(d + 1, "targets");
            a.targets().forEach(t -> expr(d + 2, t));
            label(d + 1, "value");
            expr(d + 2, a.value());
            return null;
        }

        @Override
        public Void visitAugAssign(Stmt.AugAssign a) {
            line(d, "AugAssign " + a.op().symbol() + "=", a.pos());
            expr(d + 1, a.target());
            expr(d + 1, a.value());
            return null;
        }

        @Override
        public Void visitExprStmt(Stmt.ExprStmt e) {
            line(d, "ExprStmt", e.pos());
            expr(d + 1, e.expr());
            return null;
        }

        @Override
        public Void visitTry(Stmt.Try t) {
            line(d, "Try", t.pos());
            label(d + 1, "body");
            stmts(d + 2, t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                line(d + 1, "Except " + (h.types().isEmpty() ? "<any>" : String.join(", ", h.types())) + h.name().map(n -> " as " + n).orElse(""), h.pos());
                stmts(d + 2, h.body());
            }
            return null;
        }

        @Override
        public Void visitDelete(Stmt.Delete del) {
            line(d, "Delete", del.pos());
            del.targets().forEach(t -> expr(d + 1, t));
            return null;
        }

        @Override
        public Void visitRaise(Stmt.Raise r) {
            line(d, "Raise", r.pos());
            optional(d + 1, r.exception());
            return null;
        }

        @Override
        public Void visitName(Expr.Name n) {
            line(d, "Name " + n.id(), n.pos());
            return null;
        }

        @Override
        public Void visitIntLit(Expr.IntLit i) {
            line(d, "Int " + i.value(), i.pos());
            return null;
        }

        @Override
        public Void visitFloatLit(Expr.FloatLit f) {
            line(d, "Float " + f.value(), f.pos());
            return null;
        }

        @Override
        public Void visitStrLit(Expr.StrLit s) {
            line(d, "Str " + quote(s.value()), s.pos());
            return null;
        }

        @Override
        public Void visitBoolLit(Expr.BoolLit b) {
            line(d, b.value() ? "True" : "False", b.pos());
            return null;
        }

        @Override
        public Void visitNoneLit(Expr.NoneLit n) {
            line(d, "None", n.pos());
            return null;
        }

        @Override
        public Void visitUnary(Expr.Unary u) {
            line(d, "Unary " + u.op().symbol(), u.pos());
            expr(d + 1, u.operand());
            return null;
        }

        @Override
        public Void visitBinary(Expr.Binary b) {
            line(d, "Binary " + b.op().symbol(), b.pos());
            expr(d + 1, b.left());
            expr(d + 1, b.right());
            return null;
        }

        @Override
        public Void visitIfExp(Expr.IfExp i) {
            line(d, "IfExp", i.pos());
            expr(d + 1, i.test());
            expr(d + 1, i.body());
            expr(d + 1, i.orElse());
            return null;
        }

        @Override
        public Void visitBoolOp(Expr.BoolOp b) {
            line(d, "BoolOp " + b.op().name().toLowerCase(java.util.Locale.ROOT), b.pos());
            b.operands().forEach(o -> expr(d + 1, o));
            return null;
        }

        @Override
        public Void visitCompare(Expr.Compare c) {
            line(d, "Compare " + String.join(" ", c.ops().stream().map(CompareOp::symbol).toList()), c.pos());
            expr(d + 1, c.left());
            c.comparators().forEach(o -> expr(d + 1, o));
            return null;
        }

        @Override
        public Void visitCall(Expr.Call c) {
            line(d, "Call", c.pos());
            expr(d + 1, c.callee());
            c.args().forEach(a -> expr(d + 1, a));
            for (Expr.Keyword k : c.keywords()) {
                line(d + 1, "Keyword " + k.name(), k.pos());
                expr(d + 2, k.value());
            }
            return null;
        }

        @Override
        public Void visitAttribute(Expr.Attribute a) {
            line(d, "Attribute ." + a.name(), a.pos());
            expr(d + 1, a.value());
            return null;
        }

        @Override
        public Void visitSubscript(Expr.Subscript s) {
            line(d, "Subscript", s.pos());
            expr(d + 1, s.value());
            expr(d + 1, s.index());
            return null;
        }

        @Override
        public Void visitSlice(Expr.Slice s) {
            line(d, "Slice", s.pos());
            bound(d + 1, "lower", s.lower());
            bound(d + 1, "upper", s.upper());
            bound(d + 1, "step", s.step());
            return null;
        }

        @Override
        public Void visitListDisplay(Expr.ListDisplay l) {
            line(d, "List", l.pos());
            l.elements().forEach(e -> expr(d + 1, e));
            return null;
        }

        @Override
        public Void visitTupleDisplay(Expr.TupleDisplay t) {
            line(d, "Tuple", t.pos());
            t.elements().forEach(e -> expr(d + 1, e));
            return null;
        }

        @Override
        public Void visitDictDisplay(Expr.DictDisplay m) {
            line(d, "Dict", m.pos());
            for (Expr.DictEntry e : m.entries()) {
                line(d + 1, "Entry", e.pos());
                expr(d + 2, e.key());
                expr(d + 2, e.value());
            }
            return null;
        }
    }

    private void bound(int d, String name, Optional<Expr> value) {
        if (value.isPresent()) {
            label(d, name);
            expr(d + 1, value.get());
        }
    }

    private void optional(int d, Optional<Expr> value) {
        value.ifPresent(v -> expr(d, v));
    }

    private void line(int depth, String text, SourcePos pos) {
        out.append("  ".repeat(depth)).append(text).append(" @").append(pos.line()).append(':').append(pos.column()).append('\n');
    }

    private void label(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    /** Escapes so each node stays on one line of the dump. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
    }
}
