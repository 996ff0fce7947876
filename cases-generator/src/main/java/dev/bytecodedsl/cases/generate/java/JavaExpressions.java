package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.cases.generate.lower.BinaryChains;
import dev.bytecodedsl.cases.generate.lower.ExpressionNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers body-language expressions to Java source with the semantics of the README's table: ints are
 * Java {@code long}, integer division and remainder go through {@code DslMath}, shift counts are
 * masked (as Java already does for long). Constants are referenced through {@code DslConstants}.
 */
public final class JavaExpressions {

    /** Expressions of {@code oparg} and constants only, as stack sizes and conditions are. */
    public static final ExpressionNames CONSTANTS = new ExpressionNames() {
        @Override
        public String name(Expr.Name name) {
            return name.name().equals("oparg") ? "oparg" : "DslConstants." + name.name();
        }

        @Override
        public String call(Expr.Call call, List<String> loweredArgs) {
            return call.callee() + "(" + String.join(", ", loweredArgs) + ")";
        }

        @Override
        public String element(Expr array, String loweredIndex) {
            return lower(array) + "[(int) " + loweredIndex + "]";
        }
    };

    private JavaExpressions() {}

    public static String lower(Expr expr) {
        return lower(expr, CONSTANTS);
    }

    public static String lower(Expr expr, ExpressionNames names) {
        return switch (expr) {
            case Expr.IntLit i -> i.value() == Long.MIN_VALUE ? "Long.MIN_VALUE" : i.value() + "L";
            case Expr.FloatLit f -> Double.toString(f.value());
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Name n -> names.name(n);
            case Expr.Call c -> names.call(c, c.args().stream().map(a -> lower(a, names)).toList());
            case Expr.Index i -> names.element(i.array(), paren(i.index(), names));
            case Expr.Unary u -> u.op().symbol() + paren(u.operand(), names);
            case Expr.Binary b -> switch (b.op()) {
                case DIV -> "DslMath.div(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                case REM -> "DslMath.rem(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                default -> chain(b, names);
            };
            case Expr.Conditional c -> paren(c.condition(), names) + " ? " + paren(c.ifTrue(), names) + " : "
                    + paren(c.ifFalse(), names);
        };
    }

    /**
     * A left-associative chain of one precedence ({@code a + b - c ...}) without parentheses around
     * the left operands (Java groups it the same way), built in a loop: a chain of thousands of
     * terms would otherwise nest thousands of parentheses, deep enough to overflow javac's parser.
     */
    private static String chain(Expr.Binary top, ExpressionNames names) {
        List<Expr.Binary> spine = BinaryChains.leftSpine(top, (link, above) -> link.op().precedence() == top.op().precedence()
                && link.op() != BinaryOp.DIV && link.op() != BinaryOp.REM && !link.op().isComparison());
        if (spine.isEmpty()) {
            return paren(top.left(), names) + " " + top.op().symbol() + " " + paren(top.right(), names);
        }
        StringBuilder out = new StringBuilder(paren(spine.getLast().left(), names));
        for (Expr.Binary link : spine.reversed()) {
            out.append(' ').append(link.op().symbol()).append(' ').append(paren(link.right(), names));
        }
        return out.toString();
    }

    /** Atoms stay bare; everything else is parenthesized, which is always correct and easy to read. */
    public static String paren(Expr expr, ExpressionNames names) {
        String lowered = lower(expr, names);
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
