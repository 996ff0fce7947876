package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.cases.generate.lower.BinaryChains;
import dev.bytecodedsl.cases.generate.lower.ExpressionNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers body-language expressions to C with the README's semantics, identical to the Java
 * lowering: {@code + - *} and unary minus wrap ({@code -fwrapv}), integer {@code / %} go through
 * {@code dsl_div}/{@code dsl_rem} (zero divisor and {@code MIN / -1} defined as in Java), double
 * ones through {@code dsl_fdiv}/{@code dsl_fmod} (chosen by C11 {@code _Generic}, because the
 * printer does not know types; see {@link #divisionChain} for why each operand is written once), shift counts are masked to 0..63. Parentheses appear only where
 * C's precedence (or clang's -Wparentheses) needs them.
 */
public final class CExpressions {

    /** Expressions of {@code oparg} and constants only (stack sizes, item conditions, constant values). */
    public static final ExpressionNames CONSTANTS = new ExpressionNames() {
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

    /** The prelude's macros for / and %, and the accumulator of a chain of them (reserved in {@link CNames}). */
    static final String DIV_MACRO = "DSL_DIV";
    static final String REM_MACRO = "DSL_REM";
    static final String ACCUMULATOR = "dsl_acc_";

    private CExpressions() {}

    public static String lower(Expr expr, ExpressionNames names) {
        StringBuilder out = new StringBuilder();
        write(expr, names, out);
        return out.toString();
    }

    /**
     * Appends the lowering of {@code expr}. A left-associative chain ({@code a + b + c ...}) is
     * walked down its left spine in a loop and written without parentheses, so neither this method
     * nor clang (which stops at 256 nested brackets) sees it nest.
     */
    private static void write(Expr expr, ExpressionNames names, StringBuilder out) {
        switch (expr) {
            case Expr.IntLit i -> out.append(intLiteral(i.value()));
            case Expr.FloatLit f -> out.append(floatLiteral(f));
            case Expr.BoolLit b -> out.append(b.value());
            case Expr.Name n -> out.append(names.name(n));
            case Expr.Call c -> out.append(names.call(c, c.args().stream().map(a -> lower(a, names)).toList()));
            case Expr.Index i -> out.append(names.element(i.array(), lower(i.index(), names)));
            case Expr.Unary u -> {
                String operand = lower(u.operand(), names);
                out.append(u.op().symbol());
                if (isInfix(u.operand()) || u.operand() instanceof Expr.Conditional) {
                    out.append('(').append(operand).append(')');
                } else {
                    // "- -x", not "--x" (a decrement).
                    out.append(operand.startsWith("-") ? " " : "").append(operand);
                }
            }
            case Expr.Binary b when isDivision(b) && isDivision(b.left()) -> divisionChain(b, names, out);
            case Expr.Binary b when !isInfix(b) -> {
                String function = switch (b.op()) {
                    case DIV -> DIV_MACRO;
                    case REM -> REM_MACRO;
                    case SHL -> "dsl_shl";
                    case SHR -> "dsl_shr";
                    default -> "dsl_ushr";
                };
                out.append(function).append('(');
                write(b.left(), names, out);
                out.append(", ");
                write(b.right(), names, out);
                out.append(')');
            }
            case Expr.Binary b -> {
                List<Expr.Binary> spine = BinaryChains.leftSpine(b,
                        (link, above) -> isInfix(link) && (above == null || !needsParens(link, above.op(), true)));
                Expr left = spine.getLast().left();
                operand(left, spine.getLast().op(), true, names, out);
                for (Expr.Binary link : spine.reversed()) {
                    out.append(' ').append(link.op().symbol()).append(' ');
                    operand(link.right(), link.op(), false, names, out);
                }
            }
            case Expr.Conditional c -> {
                // Right-associative like C's: an else-if style chain needs no parentheses.
                parenUnlessAtom(c.condition(), names, out);
                out.append(" ? ");
                parenUnlessAtom(c.ifTrue(), names, out);
                out.append(" : ");
                if (c.ifFalse() instanceof Expr.Conditional) {
                    write(c.ifFalse(), names, out);
                } else {
                    parenUnlessAtom(c.ifFalse(), names, out);
                }
            }
        }
    }

    /**
     * {@code a / b % c ...}: the prelude's {@code DSL_DIV}/{@code DSL_REM} evaluate their left
     * operand once, but each still nests three brackets deep, so a left spine of divisions is
     * folded into one accumulator instead ({@code ({ __auto_type acc = a; acc = DSL_DIV(acc, b);
     * acc = DSL_REM(acc, c); acc; })}): flat however long the chain (the parser allows 1,000
     * operators, clang 1,024 brackets). The analyzer gives both operands of / and % the same
     * type, so the accumulator's type is the chain's.
     */
    private static void divisionChain(Expr.Binary chain, ExpressionNames names, StringBuilder out) {
        List<Expr.Binary> spine = BinaryChains.leftSpine(chain, (link, above) -> isDivision(link));
        Expr left = spine.getLast().left();
        out.append("({ __auto_type ").append(ACCUMULATOR).append(" = ");
        write(left, names, out);
        out.append("; ");
        for (Expr.Binary link : spine.reversed()) {
            out.append(ACCUMULATOR).append(" = ").append(link.op() == BinaryOp.DIV ? DIV_MACRO : REM_MACRO)
                    .append('(').append(ACCUMULATOR).append(", ");
            write(link.right(), names, out);
            out.append("); ");
        }
        out.append(ACCUMULATOR).append("; })");
    }

    private static boolean isDivision(Expr expr) {
        return expr instanceof Expr.Binary b && (b.op() == BinaryOp.DIV || b.op() == BinaryOp.REM);
    }

    private static void operand(Expr operand, BinaryOp parent, boolean left, ExpressionNames names, StringBuilder out) {
        boolean parens = operand instanceof Expr.Binary b ? needsParens(b, parent, left)
                : operand instanceof Expr.Conditional;
        if (parens) {
            out.append('(');
        }
        write(operand, names, out);
        if (parens) {
            out.append(')');
        }
    }

    /** Division, remainder and shifts are lowered as calls; every other binary operator is infix. */
    private static boolean isInfix(Expr expr) {
        return expr instanceof Expr.Binary b && switch (b.op()) {
            case DIV, REM, SHL, SHR, USHR -> false;
            default -> true;
        };
    }

    /**
     * Whether {@code child} (a binary operand of {@code parent}) needs parentheses: where C's
     * precedence would group it otherwise, and where clang's -Wparentheses asks for them (mixed
     * {@code && ||}, mixed bitwise operators, comparisons of comparisons).
     */
    private static boolean needsParens(Expr.Binary child, BinaryOp parent, boolean left) {
        if (!isInfix(child)) {
            return false;
        }
        BinaryOp op = child.op();
        if (isBitwiseOrLogical(parent) || op.isComparison()) {
            return !(left && op == parent && !op.isComparison());
        }
        return op.precedence() < parent.precedence() || (op.precedence() == parent.precedence() && !left);
    }

    private static boolean isBitwiseOrLogical(BinaryOp op) {
        return switch (op) {
            case BIT_AND, BIT_XOR, BIT_OR, AND, OR -> true;
            default -> false;
        };
    }

    private static void parenUnlessAtom(Expr expr, ExpressionNames names, StringBuilder out) {
        out.append(paren(expr, names));
    }

    /** Atoms stay bare; everything else is parenthesized. */
    public static String paren(Expr expr, ExpressionNames names) {
        String lowered = lower(expr, names);
        boolean atom = expr instanceof Expr.Name || expr instanceof Expr.BoolLit || expr instanceof Expr.Call
                || expr instanceof Expr.Index || (expr instanceof Expr.Binary && !isInfix(expr))
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
