package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.DslPrinter;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.stream.Collectors;

/**
 * An indented, position-annotated dump of an AST for golden tests: one node per line, expressions
 * as fully parenthesized trees so precedence is visible.
 */
final class AstDump {

    private final StringBuilder out = new StringBuilder();

    static String dump(DslFile file) {
        AstDump dump = new AstDump();
        file.definitions().forEach(def -> dump.definition(def));
        return dump.out.toString();
    }

    private void line(int depth, String text, dev.bytecodedsl.diagnostics.SourcePos pos) {
        out.append("  ".repeat(depth)).append(text).append("  @").append(pos.line()).append(':')
                .append(pos.column()).append('\n');
    }

    private void definition(Definition def) {
        switch (def) {
            case Definition.TypeDecl t -> line(0, "type " + t.name(), t.pos());
            case Definition.ConstDecl c -> line(0, "const " + c.type() + " " + c.name() + " = " + tree(c.value()), c.pos());
            case Definition.HelperDecl h -> line(0, "extern " + (h.escaping() ? "escaping " : "") + (h.cold() ? "cold " : "") + h.returnType()
                    + " " + h.name() + params(h.params()), h.pos());
            case Definition.FunctionDef f -> {
                line(0, "func " + f.returnType() + " " + f.name() + params(f.params()), f.pos());
                stmt(1, f.body());
            }
            case Definition.InstructionDef i -> {
                line(0, i.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + i.name() + " "
                        + DslPrinter.print(i.effect()) + " " + i.annotations(), i.pos());
                for (StackEffect.EffectItem item : i.effect().inputs()) {
                    line(1, "in " + DslPrinter.print(item), item.pos());
                }
                for (StackEffect.EffectItem item : i.effect().outputs()) {
                    line(1, "out " + DslPrinter.print(item), item.pos());
                }
                stmt(1, i.body());
            }
            case Definition.MacroDef m -> line(0, "macro " + m.name() + " = " + m.parts().stream()
                    .map(p -> switch (p) {
                        case Definition.MacroPart.OpRef op -> op.name();
                        case Definition.MacroPart.CacheSkip skip -> "unused/" + skip.size();
                    }).collect(Collectors.joining(" + ")), m.pos());
            case Definition.FamilyDef f -> line(0, "family " + f.name() + " cache " + tree(f.cacheSize()) + " = "
                    + f.members().stream().map(Definition.NameRef::name).toList(), f.pos());
            case Definition.PseudoDef p -> line(0, "pseudo " + p.name() + " " + DslPrinter.print(p.effect()) + " flags "
                    + p.flags().stream().map(Definition.NameRef::name).toList() + " = "
                    + p.targets().stream().map(Definition.NameRef::name).toList(), p.pos());
            case Definition.LabelDef l -> {
                line(0, "label " + l.name(), l.pos());
                stmt(1, l.body());
            }
        }
    }

    private static String params(java.util.List<Definition.Param> params) {
        return "(" + params.stream().map(p -> (p.steals() ? "steal " : "") + p.type() + " " + p.name())
                .collect(Collectors.joining(", ")) + ")";
    }

    private void stmt(int depth, Stmt stmt) {
        switch (stmt) {
            case Stmt.Block b -> {
                line(depth, "block", b.pos());
                b.statements().forEach(s -> stmt(depth + 1, s));
            }
            case Stmt.LocalDecl d -> line(depth, "local " + d.type() + " " + d.name() + " = " + tree(d.init()), d.pos());
            case Stmt.Assign a -> line(depth, "assign " + a.target() + a.index().map(i -> "[" + tree(i) + "]").orElse("")
                    + " " + a.op().symbol() + " " + tree(a.value()), a.pos());
            case Stmt.ExprStmt e -> line(depth, "expr " + tree(e.expr()), e.pos());
            case Stmt.If i -> {
                line(depth, "if " + tree(i.condition()), i.pos());
                stmt(depth + 1, i.then());
                i.otherwise().ifPresent(o -> {
                    line(depth, "else", o.pos());
                    stmt(depth + 1, o);
                });
            }
            case Stmt.While w -> {
                line(depth, "while " + tree(w.condition()), w.pos());
                stmt(depth + 1, w.body());
            }
            case Stmt.For f -> {
                line(depth, "for ; " + f.condition().map(AstDump::tree).orElse("") + " ;", f.pos());
                f.init().ifPresent(s -> stmt(depth + 1, s));
                f.update().ifPresent(s -> stmt(depth + 1, s));
                stmt(depth + 1, f.body());
            }
            case Stmt.Break b -> line(depth, "break", b.pos());
            case Stmt.Continue c -> line(depth, "continue", c.pos());
            case Stmt.Goto g -> line(depth, "goto " + g.label(), g.pos());
            case Stmt.Return r -> line(depth, "return" + r.value().map(v -> " " + tree(v)).orElse(""), r.pos());
            case Stmt.ConditionalExit e -> line(depth, e.kind() + "_IF " + tree(e.condition()), e.pos());
            case Stmt.ErrorNoPop e -> line(depth, "ERROR_NO_POP", e.pos());
            case Stmt.JumpBy j -> line(depth, "JUMPBY " + tree(j.offset()), j.pos());
            case Stmt.DispatchSameOparg d -> line(depth, "DISPATCH_SAME_OPARG", d.pos());
            case Stmt.CheckEvalBreaker c -> line(depth, "CHECK_EVAL_BREAKER", c.pos());
            case Stmt.ReloadFrame r -> line(depth, "RELOAD_FRAME", r.pos());
            case Stmt.DispatchExtendedOparg d -> line(depth, "DISPATCH_EXTENDED_OPARG", d.pos());
        }
    }

    /** Fully parenthesized, so the golden file shows exactly how precedence was resolved. */
    private static String tree(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.FloatLit f -> Double.toString(f.value());
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Name n -> n.name();
            case Expr.Call c -> c.callee() + "(" + c.args().stream().map(AstDump::tree).collect(Collectors.joining(", "))
                    + ")";
            case Expr.Index i -> tree(i.array()) + "[" + tree(i.index()) + "]";
            case Expr.Unary u -> "(" + u.op().symbol() + tree(u.operand()) + ")";
            case Expr.Binary b -> "(" + tree(b.left()) + " " + b.op().symbol() + " " + tree(b.right()) + ")";
            case Expr.Conditional c -> "(" + tree(c.condition()) + " ? " + tree(c.ifTrue()) + " : "
                    + tree(c.ifFalse()) + ")";
        };
    }
}
