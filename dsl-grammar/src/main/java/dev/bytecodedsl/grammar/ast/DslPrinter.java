package dev.bytecodedsl.grammar.ast;

import java.util.stream.Collectors;

/**
 * Prints expressions and stack effects back in DSL syntax with the fewest parentheses that keep the
 * meaning. The analyzer uses the printed form as the canonical key of symbolic stack sizes, and the
 * reference docs show it to people.
 */
public final class DslPrinter {

    private static final int UNARY_PRECEDENCE = 11;
    private static final int CONDITIONAL_PRECEDENCE = 0;

    private DslPrinter() {}

    public static String print(Expr expr) {
        return print(expr, CONDITIONAL_PRECEDENCE);
    }

    /** Prints {@code expr}, parenthesized when it binds more loosely than {@code context}. */
    private static String print(Expr expr, int context) {
        return switch (expr) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.FloatLit f -> Double.toString(f.value());
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.Name n -> n.name();
            case Expr.Call c -> c.callee() + "(" + c.args().stream().map(DslPrinter::print)
                    .collect(Collectors.joining(", ")) + ")";
            case Expr.Index i -> print(i.array(), UNARY_PRECEDENCE + 1) + "[" + print(i.index()) + "]";
            case Expr.Unary u -> u.op().symbol() + print(u.operand(), UNARY_PRECEDENCE);
            case Expr.Binary b -> parenthesize(
                    print(b.left(), b.op().precedence()) + " " + b.op().symbol() + " "
                            + print(b.right(), b.op().precedence() + 1),
                    b.op().precedence(), context);
            case Expr.Conditional c -> parenthesize(
                    print(c.condition(), 1) + " ? " + print(c.ifTrue()) + " : " + print(c.ifFalse()),
                    CONDITIONAL_PRECEDENCE, context);
        };
    }

    private static String parenthesize(String text, int precedence, int context) {
        return precedence < context ? "(" + text + ")" : text;
    }

    /** {@code (left, right -- res)} with cache entries, arrays, types and conditions as written. */
    public static String print(StackEffect effect) {
        String inputs = effect.inputs().stream().map(DslPrinter::print).collect(Collectors.joining(", "));
        String outputs = effect.outputs().stream().map(DslPrinter::print).collect(Collectors.joining(", "));
        return "(" + join(inputs, "--", outputs) + ")";
    }

    public static String print(StackEffect.EffectItem item) {
        return switch (item) {
            case StackEffect.CacheEntry c -> c.name() + "/" + c.size();
            case StackEffect.StackItem s -> s.name()
                    + s.arraySize().map(size -> "[" + print(size) + "]").orElse("")
                    + s.type().map(t -> ": " + t).orElse("")
                    + s.condition().map(c -> " if (" + print(c) + ")").orElse("");
        };
    }

    private static String join(String inputs, String separator, String outputs) {
        StringBuilder out = new StringBuilder(inputs);
        if (!inputs.isEmpty()) {
            out.append(' ');
        }
        out.append(separator);
        if (!outputs.isEmpty()) {
            out.append(' ').append(outputs);
        }
        return out.toString();
    }
}
