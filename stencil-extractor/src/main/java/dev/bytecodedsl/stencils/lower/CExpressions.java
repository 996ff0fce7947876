package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.analysis.StackSize;
import dev.bytecodedsl.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers body-language expressions to C with the README's semantics, identical to the Java
 * lowering: {@code + - *} and unary minus wrap ({@code -fwrapv}), integer {@code / %} go through
 * {@code dsl_div}/{@code dsl_rem} (zero divisor and {@code MIN / -1} defined as in Java), double
 * ones through {@code dsl_fdiv}/{@code dsl_fmod} (chosen by C11 {@code _Generic}, because the
 * printer does not know types), shift counts are masked to 0..63.
 */
public final class CExpressions {

    /** What names, calls and array elements mean where the expression appears. */
    public interface Names {
        String name(Expr.Name name);

        String call(Expr.Call call, List<String> loweredArgs);

        /** Element {@code index} of the stack array named by {@code array}. */
        String element(Expr array, String loweredIndex);
    }

    /** Expressions of {@code oparg} and constants only (stack sizes, item conditions, constant values). */
    public static final Names CONSTANTS = new Names() {
        @Override
        public String name(Expr.Name name) {
            return name.name();
        }

        @Override
        public String call(Expr.Call call, List<String> loweredArgs) {
            throw new LoweringException(call.pos(), "a call in a constant expression cannot be lowered to C");
        }

        @Override
        public String element(Expr array, String loweredIndex) {
            throw new LoweringException(array.pos(), "an array element in a constant expression cannot be lowered to C");
        }
    };

    private CExpressions() {}

    public static String lower(Expr expr, Names names) {
        return switch (expr) {
            case Expr.IntLit i -> intLiteral(i.value());
            case Expr.FloatLit f -> floatLiteral(f);
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Name n -> names.name(n);
            case Expr.Call c -> names.call(c, c.args().stream().map(a -> lower(a, names)).toList());
            case Expr.Index i -> names.element(i.array(), lower(i.index(), names));
            case Expr.Unary u -> u.op().symbol() + paren(u.operand(), names);
            case Expr.Binary b -> switch (b.op()) {
                case DIV -> "DSL_DIV(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                case REM -> "DSL_REM(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                case SHL -> "dsl_shl(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                case SHR -> "dsl_shr(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                case USHR -> "dsl_ushr(" + lower(b.left(), names) + ", " + lower(b.right(), names) + ")";
                default -> paren(b.left(), names) + " " + b.op().symbol() + " " + paren(b.right(), names);
            };
            case Expr.Conditional c -> paren(c.condition(), names) + " ? " + paren(c.ifTrue(), names) + " : "
                    + paren(c.ifFalse(), names);
        };
    }

    /** Atoms stay bare; everything else is parenthesized, as in the Java lowering. */
    public static String paren(Expr expr, Names names) {
        String lowered = lower(expr, names);
        boolean atom = expr instanceof Expr.Name || expr instanceof Expr.BoolLit || expr instanceof Expr.Call
                || expr instanceof Expr.Index
                || (expr instanceof Expr.IntLit i && i.value() >= 0)
                || (expr instanceof Expr.FloatLit f && !lowered.startsWith("-"));
        return atom ? lowered : "(" + lowered + ")";
    }

    /** 64-bit on every target (long long is 64 bits on LP64 and LLP64 alike). */
    static String intLiteral(long value) {
        if (value == Long.MIN_VALUE) {
            return "(-9223372036854775807LL - 1)";
        }
        return value + "LL";
    }

    private static String floatLiteral(Expr.FloatLit literal) {
        double value = literal.value();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new LoweringException(literal.pos(), "the float literal " + value + " cannot be lowered to C");
        }
        // Java's shortest round-trip spelling; C's strtod rounds it back to the same double.
        return Double.toString(value);
    }

    /** A stack size as a C {@code int64_t} expression of {@code oparg}. */
    public static String lower(StackSize size) {
        if (size.isConstant()) {
            return intLiteral(size.constant());
        }
        List<String> parts = new ArrayList<>();
        if (size.constant() != 0) {
            parts.add(intLiteral(size.constant()));
        }
        size.terms().values().forEach(term -> {
            String lowered = "(" + lower(term.expr(), CONSTANTS) + ")";
            parts.add(term.coefficient() == 1 ? lowered : intLiteral(term.coefficient()) + " * " + lowered);
        });
        return "(" + String.join(" + ", parts) + ")";
    }
}
