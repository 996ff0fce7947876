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
        }
    }
}
