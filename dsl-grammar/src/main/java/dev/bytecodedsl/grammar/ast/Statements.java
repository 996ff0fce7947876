package dev.bytecodedsl.grammar.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Walks statement trees, for the many checks and generators that look for one kind of statement. */
public final class Statements {

    private Statements() {}

    /** The statement and every statement nested in it, in source order. */
    public static List<Stmt> all(Stmt statement) {
        List<Stmt> all = new ArrayList<>();
        collect(statement, all);
        return all;
    }

    /**
     * The names a body assigns as a whole ({@code x = v}, not {@code a[i] = v}): an output it never
     * assigns passes through, a cache entry it assigns is written back.
     */
    public static Set<String> assignedNames(Stmt body) {
        return all(body).stream()
                .filter(s -> s instanceof Stmt.Assign a && a.index().isEmpty())
                .map(s -> ((Stmt.Assign) s).target())
                .collect(Collectors.toSet());
    }

    /** Every call in the statement's expressions, nested calls after their callers, in source order. */
    public static List<Expr.Call> calls(Stmt statement) {
        List<Expr.Call> calls = new ArrayList<>();
        for (Stmt s : all(statement)) {
            expressions(s).forEach(e -> calls(e, calls));
        }
        return calls;
    }

    /** The expressions a statement evaluates itself (not those of nested statements). */
    public static List<Expr> expressions(Stmt statement) {
        return switch (statement) {
            case Stmt.LocalDecl d -> List.of(d.init());
            case Stmt.Assign a -> a.index().map(i -> List.of(i, a.value())).orElse(List.of(a.value()));
            case Stmt.ExprStmt e -> List.of(e.expr());
            case Stmt.If i -> List.of(i.condition());
            case Stmt.While w -> List.of(w.condition());
            case Stmt.For f -> f.condition().map(List::of).orElse(List.of());
            case Stmt.ConditionalExit e -> List.of(e.condition());
            case Stmt.JumpBy j -> List.of(j.offset());
            case Stmt.Return r -> r.value().map(List::of).orElse(List.of());
            case Stmt.Block b -> List.of();
            case Stmt.Break b -> List.of();
            case Stmt.Continue c -> List.of();
            case Stmt.Goto g -> List.of();
            case Stmt.ErrorNoPop e -> List.of();
            case Stmt.DispatchSameOparg d -> List.of();
            case Stmt.DispatchExtendedOparg d -> List.of();
            case Stmt.CheckEvalBreaker c -> List.of();
            case Stmt.ReloadFrame r -> List.of();
        };
    }

    private static void calls(Expr expr, List<Expr.Call> into) {
        switch (expr) {
            case Expr.Call c -> {
                into.add(c);
                c.args().forEach(a -> calls(a, into));
            }
            case Expr.Index i -> {
                calls(i.array(), into);
                calls(i.index(), into);
            }
            case Expr.Unary u -> calls(u.operand(), into);
            case Expr.Binary b -> {
                calls(b.left(), into);
                calls(b.right(), into);
            }
            case Expr.Conditional c -> {
                calls(c.condition(), into);
                calls(c.ifTrue(), into);
                calls(c.ifFalse(), into);
            }
            case Expr.IntLit i -> { }
            case Expr.FloatLit f -> { }
            case Expr.BoolLit b -> { }
            case Expr.Name n -> { }
        }
    }

    private static void collect(Stmt statement, List<Stmt> all) {
        all.add(statement);
        switch (statement) {
            case Stmt.Block b -> b.statements().forEach(s -> collect(s, all));
            case Stmt.If i -> {
                collect(i.then(), all);
                i.otherwise().ifPresent(s -> collect(s, all));
            }
            case Stmt.While w -> collect(w.body(), all);
            case Stmt.For f -> {
                f.init().ifPresent(s -> collect(s, all));
                f.update().ifPresent(s -> collect(s, all));
                collect(f.body(), all);
            }
            case Stmt.LocalDecl d -> { }
            case Stmt.Assign a -> { }
            case Stmt.ExprStmt e -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Goto g -> { }
            case Stmt.Return r -> { }
            case Stmt.ConditionalExit e -> { }
            case Stmt.ErrorNoPop e -> { }
            case Stmt.JumpBy j -> { }
            case Stmt.DispatchSameOparg d -> { }
            case Stmt.DispatchExtendedOparg d -> { }
            case Stmt.CheckEvalBreaker c -> { }
            case Stmt.ReloadFrame r -> { }
        }
    }
}
