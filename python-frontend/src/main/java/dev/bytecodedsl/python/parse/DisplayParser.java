package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The bracketed atoms of {@link ExpressionParser}'s grammar: parenthesized expressions and tuples,
 * lists and dicts, and the comprehensions and sets outside the subset. Displays are positioned at
 * their opening bracket.
 */
final class DisplayParser {

    private final Tokens in;
    private final ExpressionParser expressions;

    DisplayParser(Tokens in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /**
     * {@code '(' ')' | '(' starTest ')' | '(' starTest (',' starTest)* ','? ')' | '(' test compFor ')'} --
     * only a comma makes a tuple; the parentheses alone are just grouping.
     */
    Expr parenthesized() {
        Token open = in.next();
        if (in.accept(")")) {
            return new Expr.TupleDisplay(in.pos(open), List.of());
        }
        Expr first = expressions.starTest();
        if (startsCompFor()) {
            return comprehension(open, "generator expression", ")");
        }
        if (!in.at(",")) {
            in.expect(")");
            return first;
        }
        return new Expr.TupleDisplay(in.pos(open), displayItems(first, ")"));
    }

    /** {@code '[' (starTest (',' starTest)* ','?)? ']' | '[' test compFor ']'} */
    Expr list() {
        Token open = in.next();
        if (in.accept("]")) {
            return new Expr.ListDisplay(in.pos(open), List.of());
        }
        Expr first = expressions.starTest();
        if (startsCompFor()) {
            return comprehension(open, "list comprehension", "]");
        }
        return new Expr.ListDisplay(in.pos(open), displayItems(first, "]"));
    }

    /** {@code (',' starTest)* ','? close}: the items of a display whose {@code first} item was read. */
    private List<Expr> displayItems(Expr first, String close) {
        List<Expr> items = new ArrayList<>(List.of(first));
        while (in.accept(",") && !in.at(close)) {
            items.add(expressions.starTest());
        }
        in.expect(close);
        return items;
    }

    /**
     * {@code '{' (dictEntry (',' dictEntry)* ','?)? '}'} with {@code dictEntry : test ':' test | '**' bitOr},
     * and outside the subset: {@code '{' test ':' test compFor '}'}, {@code '{' test compFor '}'} and
     * {@code '{' starTest (',' starTest)* ','? '}'} (a set).
     */
    Expr braces() {
        Token open = in.next();
        List<Expr.DictEntry> entries = new ArrayList<>();
        if (in.accept("}")) {
            return new Expr.DictDisplay(in.pos(open), entries);
        }
        if (!in.at("**")) {
            Token first = in.peek();
            Expr key = expressions.starTest();
            if (!in.accept(":")) {
                return set(open);
            }
            entries.add(new Expr.DictEntry(in.pos(first), key, expressions.test()));
            if (startsCompFor()) {
                return comprehension(open, "dict comprehension", "}");
            }
            if (!in.accept(",")) {
                in.expect("}");
                return new Expr.DictDisplay(in.pos(open), entries);
            }
        }
        while (!in.at("}")) {
            Token first = in.peek();
            if (in.accept("**")) {
                in.unsupported(first, "dict unpacking (**)");
                expressions.bitOr();
            } else {
                Expr key = expressions.test();
                in.expect(":");
                entries.add(new Expr.DictEntry(in.pos(first), key, expressions.test()));
            }
            if (!in.accept(",")) {
                break;
            }
        }
        in.expect("}");
        return new Expr.DictDisplay(in.pos(open), entries);
    }

    /** The rest of a set display or set comprehension after its first element. */
    private Expr set(Token open) {
        if (startsCompFor()) {
            return comprehension(open, "set comprehension", "}");
        }
        Expr set = expressions.placeholder(open, "set display");
        displayItems(set, "}");
        return set;
    }

    /** The {@code compFor} and closing bracket of a comprehension whose first element was read. */
    private Expr comprehension(Token open, String construct, String close) {
        Expr comprehension = expressions.placeholder(open, construct);
        compFor();
        in.expect(close);
        return comprehension;
    }

    boolean startsCompFor() {
        return in.at("for") || in.at("async") && in.peek(1).is("for");
    }

    /**
     * {@code compFor : 'async'? 'for' targetList 'in' orTest (compFor | 'if' orTest)*} -- only ever
     * parsed to be reported; the iterable is an orTest so that its {@code if} starts a condition.
     */
    void compFor() {
        while (startsCompFor() || in.at("if")) {
            if (in.accept("if")) {
                expressions.orTest();
                continue;
            }
            in.accept("async");
            in.expect("for");
            expressions.targetList();
            in.expect("in");
            expressions.orTest();
        }
    }
}
