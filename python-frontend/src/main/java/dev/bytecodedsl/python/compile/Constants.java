package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.UnaryOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The constant folding CPython's AST optimizer does that matters for the subset: literals, a sign
 * or {@code ~} applied to a number literal ({@code -1} is one LOAD_CONST), and tuples of constants
 * ({@code a, b = 0, 1} loads one tuple).
 */
final class Constants {

    private Constants() {}

    static Optional<Constant> of(Expr expr) {
        // Called on every expression the compiler visits: instanceof tests, not a pattern switch (see Expr.Visitor).
        if (expr instanceof Expr.IntLit i) {
            return Optional.of(new Constant.IntConst(i.value()));
        } else if (expr instanceof Expr.FloatLit f) {
            return Optional.of(new Constant.FloatConst(f.value()));
        } else if (expr instanceof Expr.StrLit s) {
            return Optional.of(new Constant.StrConst(s.value()));
        } else if (expr instanceof Expr.BoolLit b) {
            return Optional.of(new Constant.BoolConst(b.value()));
        } else if (expr instanceof Expr.NoneLit) {
            return Optional.of(CodeUnit.NONE);
        } else if (expr instanceof Expr.Unary u) {
            return of(u.operand()).flatMap(c -> unary(u.op(), c));
        } else if (expr instanceof Expr.TupleDisplay t) {
            return tuple(t.elements());
        }
        return Optional.empty();
    }

    private static Optional<Constant> unary(UnaryOp op, Constant operand) {
        if (operand instanceof Constant.IntConst i) {
            return switch (op) {
                case NEG -> Optional.of(new Constant.IntConst(i.value().negate()));
                case POS -> Optional.of(i);
                case INVERT -> Optional.of(new Constant.IntConst(i.value().not()));
                case NOT -> Optional.empty();
            };
        }
        if (operand instanceof Constant.FloatConst f) {
            return switch (op) {
                case NEG -> Optional.of(new Constant.FloatConst(-f.value()));
                case POS -> Optional.of(f);
                case INVERT, NOT -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static Optional<Constant> tuple(List<Expr> elements) {
        List<Constant> items = new ArrayList<>();
        for (Expr e : elements) {
            Optional<Constant> c = of(e);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            items.add(c.get());
        }
        return Optional.of(new Constant.TupleConst(items));
    }

    /** Python truthiness of a constant, for tests the compiler can decide ({@code while True:}). */
    static Optional<Boolean> truth(Expr expr) {
        return of(expr).map(Constant::truth);
    }
}
