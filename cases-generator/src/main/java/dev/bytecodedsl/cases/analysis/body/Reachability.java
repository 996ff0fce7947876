package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.Stmt;

/**
 * Whether a statement can run to its end, by Java's rules (JLS 14.22) for the Java it lowers to:
 * Java rejects a statement after one that cannot complete normally, so the analyzer rejects such
 * statements in the DSL (with a position) and the lowering emits nothing after a body that always
 * leaves the instruction. Loops always complete normally: their conditions are never lowered to
 * Java constant expressions ({@code while (true)} becomes {@code while (DslMath.opaque(true))}),
 * so Java does not treat them as infinite either.
 */
public final class Reachability {

    private Reachability() {}

    public static boolean completesNormally(Stmt statement) {
        return switch (statement) {
            case Stmt.Block b -> b.statements().isEmpty() || completesNormally(b.statements().getLast());
            case Stmt.Goto g -> false;
            case Stmt.Return r -> false;
            case Stmt.ErrorNoPop e -> false;
            case Stmt.DispatchSameOparg d -> false;
            case Stmt.DispatchExtendedOparg d -> false;
            case Stmt.ReloadFrame r -> false;
            case Stmt.Break b -> false;
            case Stmt.Continue c -> false;
            case Stmt.If i -> i.otherwise().isEmpty() || completesNormally(i.then())
                    || completesNormally(i.otherwise().get());
            case Stmt.While w -> true;
            case Stmt.For f -> true;
            case Stmt.LocalDecl d -> true;
            case Stmt.Assign a -> true;
            case Stmt.ExprStmt e -> true;
            case Stmt.ConditionalExit e -> true;
            case Stmt.JumpBy j -> true;
            case Stmt.CheckEvalBreaker c -> true;
        };
    }
}
