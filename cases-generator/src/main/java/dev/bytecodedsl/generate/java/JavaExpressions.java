package dev.bytecodedsl.generate.java;

import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lowers body-language expressions to Java source with the semantics of the README's table: ints are
 * Java {@code long}, integer division and remainder go through {@code DslMath}, shift counts are
 * masked (as Java already does for long). Constants are referenced through {@code DslConstants}.
 */
public final class JavaExpressions {

    private JavaExpressions() {}

    public static String lower(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> i.value() == Long.MIN_VALUE ? "Long.MIN_VALUE" : i.value() + "L";
            case Expr.FloatLit f -> Double.toString(f.value());
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Name n -> n.name().equals("oparg") ? "oparg" : "DslConstants." + n.name();
            case Expr.Call c -> c.callee() + "(" + c.args().stream().map(JavaExpressions::lower)
                    .collect(Collectors.joining(", ")) + ")";
            case Expr.Index i -> lower(i.array()) + "[(int) " + paren(i.index()) + "]";
            case Expr.Unary u -> u.op().symbol() + paren(u.operand());
            case Expr.Binary b -> switch (b.op()) {
                case DIV -> "DslMath.div(" + lower(b.left()) + ", " + lower(b.right()) + ")";
                case REM -> "DslMath.rem(" + lower(b.left()) + ", " + lower(b.right()) + ")";
                default -> paren(b.left()) + " " + b.op().symbol() + " " + paren(b.right());
            };
            case Expr.Conditional c -> paren(c.condition()) + " ? " + paren(c.ifTrue()) + " : " + paren(c.ifFalse());
        };
    }

    /** Atoms stay bare; everything else is parenthesized, which is always correct and easy to read. */
    private static String paren(Expr expr) {
        String lowered = lower(expr);
        boolean atom = expr instanceof Expr.Name || expr instanceof Expr.IntLit || expr instanceof Expr.FloatLit
                || expr instanceof Expr.BoolLit || expr instanceof Expr.Call || expr instanceof Expr.Index;
        boolean negativeLiteral = expr instanceof Expr.IntLit i && i.value() < 0;
        return atom && !negativeLiteral ? lowered : "(" + lowered + ")";
    }

    /** A stack size as a Java {@code int} expression of {@code oparg}. */
    public static String lower(StackSize size) {
        if (size.isConstant()) {
            return Long.toString(size.constant());
        }
        List<String> parts = new ArrayList<>();
        if (size.constant() != 0) {
            parts.add(size.constant() + "L");
        }
        size.terms().values().forEach(term -> {
            String lowered = "(" + lower(term.expr()) + ")";
            parts.add(term.coefficient() == 1 ? lowered : term.coefficient() + "L * " + lowered);
        });
        return "(int) (" + String.join(" + ", parts) + ")";
    }
}
