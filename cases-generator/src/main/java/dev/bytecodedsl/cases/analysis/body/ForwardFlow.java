package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.Optional;

/**
 * A forward data-flow analysis over the structured statements of a body. Subclasses give the state
 * lattice and what expressions, assignments and declarations do to it; this class knows how control
 * flows: which statements end a path, how branches join, and how loops iterate to a fixpoint.
 *
 * <p>Paths ending in {@code goto}, {@code ERROR_NO_POP()}, {@code DISPATCH_SAME_OPARG()} or {@code DISPATCH_EXTENDED_OPARG()} leave the
 * body and do not reach its end. {@code DEOPT_IF}/{@code EXIT_IF}/{@code ERROR_IF} leave only when
 * their condition holds, so the path goes on. A loop body may run zero times (unless the condition is
 * absent or literally {@code true}) and may run again, which the fixpoint accounts for.
 *
 * @param <S> the state; must implement {@code equals}, which the loop fixpoint relies on
 */
abstract class ForwardFlow<S> {

    /** Subclasses report only when this is set: loop bodies are walked silently until the fixpoint. */
    private boolean reporting = true;

    /** The state of a path that cannot be taken; the identity of {@link #join}. */
    protected abstract S unreachable();

    /** Where two paths meet. */
    protected abstract S join(S a, S b);

    /** The effect of evaluating an expression. */
    protected S expression(Expr expr, S in) {
        return in;
    }

    /** The effect of an assignment, after its index and value have been evaluated. */
    protected S assigned(Stmt.Assign assign, S in) {
        return in;
    }

    /** The effect of a local declaration, after its initializer has been evaluated. */
    protected S declared(Stmt.LocalDecl decl, S in) {
        return in;
    }

    protected final boolean reporting() {
        return reporting;
    }

    /** The state at the end of {@code body} when entered in {@code entry}. */
    protected final S run(Stmt.Block body, S entry) {
        return statement(body, entry, null);
    }

    /** Where the paths that leave a loop early go; null outside loops. */
    private final class Loop {
        S breaks = unreachable();
        S continues = unreachable();
    }

    private S statement(Stmt stmt, S in, Loop loop) {
        return switch (stmt) {
            case Stmt.Block b -> {
                S state = in;
                for (Stmt s : b.statements()) {
                    state = statement(s, state, loop);
                }
                yield state;
            }
            case Stmt.LocalDecl d -> declared(d, expression(d.init(), in));
            case Stmt.Assign a -> {
                S state = a.index().map(i -> expression(i, in)).orElse(in);
                yield assigned(a, expression(a.value(), state));
            }
            case Stmt.ExprStmt e -> expression(e.expr(), in);
            case Stmt.If i -> {
                S afterCondition = expression(i.condition(), in);
                S then = statement(i.then(), afterCondition, loop);
                S otherwise = i.otherwise().map(o -> statement(o, afterCondition, loop)).orElse(afterCondition);
                yield join(then, otherwise);
            }
            case Stmt.While w -> loop(Optional.of(w.condition()), Optional.empty(), w.body(), in);
            case Stmt.For f -> {
                S afterInit = f.init().map(init -> statement(init, in, loop)).orElse(in);
                yield loop(f.condition(), f.update(), f.body(), afterInit);
            }
            case Stmt.Break b -> {
                if (loop != null) {
                    loop.breaks = join(loop.breaks, in);
                }
                yield unreachable();
            }
            case Stmt.Continue c -> {
                if (loop != null) {
                    loop.continues = join(loop.continues, in);
                }
                yield unreachable();
            }
            case Stmt.ConditionalExit e -> expression(e.condition(), in);
            case Stmt.JumpBy j -> expression(j.offset(), in);
            case Stmt.CheckEvalBreaker c -> in;
            case Stmt.Goto g -> unreachable();
            case Stmt.Return r -> {
                r.value().ifPresent(v -> expression(v, in));
                yield unreachable();
            }
            case Stmt.ErrorNoPop e -> unreachable();
            case Stmt.DispatchSameOparg d -> unreachable();
            case Stmt.DispatchExtendedOparg d -> unreachable();
            case Stmt.ReloadFrame r -> unreachable();
        };
    }

    /** One pass through a loop from a given head state: the state fed back to the head, and the exit state. */
    private record Pass<S>(S backEdge, S exit) {}

    private S loop(Optional<Expr> condition, Optional<Stmt> update, Stmt body, S entry) {
        // Iterate silently until the head state is stable, then walk once more with reporting on,
        // so each statement reports once, with the state of every iteration (not just the first).
        boolean wasReporting = reporting;
        reporting = false;
        S head = entry;
        while (true) {
            S next = join(entry, pass(condition, update, body, head).backEdge());
            if (next.equals(head)) {
                break;
            }
            head = next;
        }
        reporting = wasReporting;
        return pass(condition, update, body, head).exit();
    }

    private Pass<S> pass(Optional<Expr> condition, Optional<Stmt> update, Stmt body, S head) {
        S afterCondition = condition.map(c -> expression(c, head)).orElse(head);
        Loop inner = new Loop();
        S bodyEnd = statement(body, afterCondition, inner);
        S beforeUpdate = join(bodyEnd, inner.continues);
        S backEdge = update.map(u -> statement(u, beforeUpdate, null)).orElse(beforeUpdate);
        boolean endless = condition.isEmpty() || condition.get() instanceof Expr.BoolLit literal && literal.value();
        S exit = endless ? inner.breaks : join(afterCondition, inner.breaks);
        return new Pass<>(backEdge, exit);
    }
}
