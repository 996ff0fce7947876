package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tracks ownership: passing a variable by name to a {@code steal} parameter hands its value over, so
 * reading it afterwards (on any path) reads a value the body no longer owns, and pushing it as an
 * output would push it twice. Assigning the variable gives it a fresh value.
 */
final class ConsumptionChecker extends ForwardFlow<ConsumptionChecker.Consumed> {

    /** The variables possibly consumed so far, each with where (on some path) it was consumed. */
    record Consumed(Map<Symbol, SourcePos> at) {
        Consumed {
            at = Map.copyOf(at);
        }
    }

    private static final Consumed NONE = new Consumed(Map.of());

    private final Resolution resolution;
    private final Diagnostics diagnostics;

    ConsumptionChecker(Resolution resolution, Diagnostics diagnostics) {
        this.resolution = resolution;
        this.diagnostics = diagnostics;
    }

    /** Checks a body; {@code outputItems} are the stack values it pushes at the end (none for labels). */
    void check(Stmt.Block body, List<StackEffect.StackItem> outputItems, Map<String, Symbol.StackValue> stack) {
        Consumed end = run(body, NONE);
        for (StackEffect.StackItem item : outputItems) {
            Symbol.StackValue value = stack.get(item.name());
            SourcePos consumed = item.isUnused() || value == null ? null : end.at().get(value);
            if (consumed != null) {
                String what = value.isPassThrough()
                        ? "input '" + item.name() + "' is consumed but also pushed as output"
                        : "output '" + item.name() + "' is consumed but also pushed";
                diagnostics.error(item.pos(), what + " (consumed at " + Positions.relative(consumed, item.pos()) + ")");
            }
        }
    }

    @Override
    protected Consumed unreachable() {
        return NONE;
    }

    /** Possibly consumed on either path; the earlier consumption is the one messages cite. */
    @Override
    protected Consumed join(Consumed a, Consumed b) {
        if (a.at().isEmpty()) {
            return b;
        }
        Map<Symbol, SourcePos> union = new HashMap<>(a.at());
        b.at().forEach((symbol, pos) -> union.merge(symbol, pos, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        return new Consumed(union);
    }

    @Override
    protected Consumed expression(Expr expr, Consumed in) {
        return switch (expr) {
            case Expr.IntLit i -> in;
            case Expr.FloatLit f -> in;
            case Expr.BoolLit b -> in;
            case Expr.Name n -> {
                resolution.symbol(n).ifPresent(symbol -> use(symbol, n.pos(), in));
                yield in;
            }
            case Expr.Call c -> call(c, in);
            case Expr.Index i -> expression(i.index(), expression(i.array(), in));
            case Expr.Unary u -> expression(u.operand(), in);
            case Expr.Binary b -> {
                Consumed left = expression(b.left(), in);
                Consumed right = expression(b.right(), left);
                // The right operand of && and || may not run.
                yield b.op() == BinaryOp.AND || b.op() == BinaryOp.OR ? join(left, right) : right;
            }
            case Expr.Conditional c -> {
                Consumed condition = expression(c.condition(), in);
                yield join(expression(c.ifTrue(), condition), expression(c.ifFalse(), condition));
            }
        };
    }

    /** Arguments are evaluated first; the callee takes ownership when it is called. */
    private Consumed call(Expr.Call call, Consumed in) {
        Consumed state = in;
        for (Expr arg : call.args()) {
            state = expression(arg, state);
        }
        Optional<Callee> callee = resolution.callee(call);
        if (callee.isEmpty() || callee.get().params().size() != call.args().size()) {
            return state;
        }
        Map<Symbol, SourcePos> consumed = new HashMap<>(state.at());
        for (int i = 0; i < call.args().size(); i++) {
            if (callee.get().params().get(i).steals() && call.args().get(i) instanceof Expr.Name name) {
                resolution.symbol(name).ifPresent(symbol -> consumed.put(symbol, name.pos()));
            }
        }
        return new Consumed(consumed);
    }

    @Override
    protected Consumed assigned(Stmt.Assign assign, Consumed in) {
        Optional<Symbol> target = resolution.target(assign);
        if (target.isEmpty()) {
            return in;
        }
        // `x += v` reads x, and `a[i] = v` writes into a: both need a value the body still owns.
        if (assign.op() != AssignOp.ASSIGN || assign.index().isPresent()) {
            use(target.get(), assign.pos(), in);
        }
        return assign.index().isPresent() ? in : revived(target.get(), in);
    }

    @Override
    protected Consumed declared(Stmt.LocalDecl decl, Consumed in) {
        return resolution.local(decl).map(local -> revived(local, in)).orElse(in);
    }

    private static Consumed revived(Symbol symbol, Consumed in) {
        if (!in.at().containsKey(symbol)) {
            return in;
        }
        Map<Symbol, SourcePos> rest = new HashMap<>(in.at());
        rest.remove(symbol);
        return new Consumed(rest);
    }

    private void use(Symbol symbol, SourcePos pos, Consumed in) {
        SourcePos consumed = in.at().get(symbol);
        if (consumed != null && reporting()) {
            String what = symbol instanceof Symbol.StackValue s && s.input().isPresent() ? "input" : "value";
            diagnostics.error(pos, what + " '" + symbol.name() + "' used after it was consumed (consumed at "
                    + Positions.relative(consumed, pos) + ")");
        }
    }
}
