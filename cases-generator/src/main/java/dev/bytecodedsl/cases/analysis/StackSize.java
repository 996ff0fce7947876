package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.grammar.ast.DslPrinter;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A number of stack slots that may depend on oparg: {@code constant + sum(coefficient * term)}, where
 * each term is an oparg expression (an array size, or {@code cond ? 1 : 0} for a conditional item).
 * Terms are keyed by their printed form, so {@code oparg + 1 - oparg} simplifies to {@code 1} and
 * two sizes can be compared for equality.
 */
public record StackSize(long constant, Map<String, Term> terms) {

    /** A coefficient times an oparg expression; the expression is kept for lowering to Java and C. */
    public record Term(Expr expr, long coefficient) {}

    /** Shorter (simpler) terms print first: {@code oparg + (...)} rather than {@code (...) + oparg}. */
    private static final java.util.Comparator<String> TERM_ORDER =
            java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder());

    public static final StackSize ZERO = new StackSize(0, Map.of());
    public static final StackSize ONE = new StackSize(1, Map.of());

    public StackSize {
        terms = sortedTerms(terms);
    }

    private static Map<String, Term> sortedTerms(Map<String, Term> terms) {
        Map<String, Term> sorted = new TreeMap<>(TERM_ORDER);
        sorted.putAll(terms);
        return java.util.Collections.unmodifiableMap(sorted);
    }

    public static StackSize of(long constant) {
        return new StackSize(constant, Map.of());
    }

    /** The size of one term, folding integer literals into the constant. */
    public static StackSize of(Expr expr) {
        if (expr instanceof Expr.IntLit literal) {
            return of(literal.value());
        }
        return new StackSize(0, Map.of(DslPrinter.print(expr), new Term(expr, 1)));
    }

    /** {@code cond ? 1 : 0}: the size of an item that exists only when cond holds. */
    public static StackSize conditional(Expr condition) {
        SourcePos pos = condition.pos();
        return of(new Expr.Conditional(pos, condition, new Expr.IntLit(pos, 1), new Expr.IntLit(pos, 0)));
    }

    public StackSize plus(StackSize other) {
        Map<String, Term> sum = new TreeMap<>(TERM_ORDER);
        sum.putAll(terms);
        other.terms.forEach((key, term) -> sum.merge(key, term,
                (a, b) -> new Term(a.expr(), a.coefficient() + b.coefficient())));
        sum.values().removeIf(term -> term.coefficient() == 0);
        return new StackSize(constant + other.constant, sum);
    }

    public StackSize negate() {
        Map<String, Term> negated = new TreeMap<>(TERM_ORDER);
        terms.forEach((key, term) -> negated.put(key, new Term(term.expr(), -term.coefficient())));
        return new StackSize(-constant, negated);
    }

    public StackSize minus(StackSize other) {
        return plus(other.negate());
    }

    public boolean isConstant() {
        return terms.isEmpty();
    }

    /** Equality of the canonical forms (expressions compared by their printed text). */
    public boolean sameAs(StackSize other) {
        return constant == other.constant && terms.keySet().equals(other.terms.keySet())
                && terms.entrySet().stream().allMatch(e ->
                        e.getValue().coefficient() == other.terms.get(e.getKey()).coefficient());
    }

    /** DSL syntax, e.g. {@code 1 + oparg} or {@code -1 - (oparg & 1 ? 1 : 0)}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        terms.forEach((key, term) -> parts.add(signed(term.coefficient(), needsParens(term.expr()) ? "(" + key + ")" : key)));
        StringBuilder out = new StringBuilder();
        if (constant != 0 || parts.isEmpty()) {
            out.append(constant);
        }
        for (String part : parts) {
            if (out.isEmpty()) {
                out.append(part.startsWith("+ ") ? part.substring(2) : "-" + part.substring(2));
            } else {
                out.append(' ').append(part);
            }
        }
        return out.toString();
    }

    private static String signed(long coefficient, String term) {
        long magnitude = Math.abs(coefficient);
        String body = magnitude == 1 ? term : magnitude + " * " + term;
        return (coefficient < 0 ? "- " : "+ ") + body;
    }

    private static boolean needsParens(Expr expr) {
        return expr instanceof Expr.Binary || expr instanceof Expr.Conditional;
    }
}
