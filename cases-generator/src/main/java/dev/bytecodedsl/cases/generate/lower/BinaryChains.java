package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.grammar.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The left spine of a chain of binary operators ({@code a + b - c ...} parses as {@code ((a + b) - c)
 * ...}), walked in a loop: every back end writes such a chain flat, because a chain of thousands of
 * terms would otherwise nest thousands of parentheses (javac's parser overflows, clang stops at 256
 * brackets) and recurse as deep in the lowering. Which links join the chain is the target's syntax
 * (Java: one precedence; C: wherever its precedence needs no parentheses; C's division calls).
 */
public final class BinaryChains {

    private BinaryChains() {}

    /**
     * The links from {@code top} down its left operands while {@code joins(link, linkAbove)} holds
     * ({@code linkAbove} is null for {@code top}), top first; the chain's leftmost operand is the last
     * link's left. Empty when {@code top} itself does not join.
     */
    public static List<Expr.Binary> leftSpine(Expr top, BiPredicate<Expr.Binary, Expr.Binary> joins) {
        List<Expr.Binary> spine = new ArrayList<>();
        Expr left = top;
        while (left instanceof Expr.Binary link && joins.test(link, spine.isEmpty() ? null : spine.getLast())) {
            spine.add(link);
            left = link.left();
        }
        return spine;
    }
}
