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
        return switch (expr) {
            case Expr.IntLit i -> Optional.of(new Constant.IntConst(i.value()));
            case Expr.FloatLit f -> Optional.of(new Constant.FloatConst(f.value()));
            case Expr.StrLit s -> Optional.of(new Constant.StrConst(s.value()));
            case Expr.BoolLit b -> Optional.of(new Constant.BoolConst(b.value()));
            case Expr.NoneLit n -> Optional.of(CodeUnit.NONE);
            case Expr.Unary u -> of(u.operand()).flatMap(c -> unary(u.op(), c));
            case Expr.TupleDisplay t -> tuple(t.elements());
            default -> Optional.empty();
        };
    }

    private static Optional<Constant> unary(UnaryOp op, Constant operand) {
        return switch (operand) {
            case Constant.IntConst i -> switch (op) {
                case NEG -> Optional.of(new Constant.IntConst(i.value().negate()));
                case POS -> Optional.of(i);
                case INVERT -> Optional.of(new Constant.IntConst(i.value().not()));
                case NOT -> Optional.empty();
            };
            case Constant.FloatConst f -> switch (op) {
                case NEG -> Optional.of(new Constant.FloatConst(-f.value()));
                case POS -> Optional.of(f);
                case INVERT, NOT -> Optional.empty();
            };
            default -> Optional.empty();
        };
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
        return of(expr).map(c -> switch (c) {
            case Constant.IntConst i -> i.value().signum() != 0;
            case Constant.FloatConst f -> f.value() != 0.0;
            case Constant.StrConst s -> !s.value().isEmpty();
            case Constant.BoolConst b -> b.value();
            case Constant.NoneConst n -> false;
            case Constant.TupleConst t -> !t.items().isEmpty();
            case Constant.CodeConst k -> true;
        });
    }
}
