package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.python.ast.BinaryOp;
import dev.bytecodedsl.python.ast.BoolOpKind;
import dev.bytecodedsl.python.ast.CompareOp;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.UnaryOp;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import dev.bytecodedsl.python.parse.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The expression rules of the subset, loosest first, one method per rule with the rule in its
 * comment; the bracketed atoms are {@link DisplayParser}'s. Operator nodes are positioned at their
 * operator, so a runtime error (ZeroDivisionError at {@code a // b}) can point at the exact place.
 *
 * <p>A construct outside the subset is parsed all the same (to find the problems after it) and
 * reported at its first token; it stands in the AST as a {@link #placeholder} name, which keeps
 * the checks of its context (assignment targets) quiet. No AST is returned after an error anyway.
 */
final class ExpressionParser {

    /**
     * How deep expressions nest (unary operators, {@code not}, conditional expressions) before the
     * parser gives up with MemoryError, as CPython 3.11's parser does past its stack of 6000 levels;
     * below it, nesting deeper than the compiler goes is its RecursionError.
     */
    static final int MAX_DEPTH = 6000;

    /** The binary operator levels between comparisons and unary operators, loosest first. */
    private static final List<List<String>> BINARY_LEVELS = List.of(
            List.of("|"), List.of("^"), List.of("&"), List.of("<<", ">>"), List.of("+", "-"),
            List.of("*", "/", "//", "%", "@"));

    private final Tokens in;
    private final LiteralDecoder literals;
    private final DisplayParser displays;
    private int depth;

    ExpressionParser(Tokens in, LiteralDecoder literals) {
        this.in = in;
        this.literals = literals;
        this.displays = new DisplayParser(in, this);
    }

    /** An argument of a call or class header, as written: whether it is allowed depends on where. */
    sealed interface Argument {
        Token start();

        record Positional(Token start, Expr value) implements Argument {}

        record Keyword(Token start, Expr.Keyword keyword) implements Argument {}

        /** {@code *xs}, {@code **kw} or a generator expression, already reported. */
        record Unsupported(Token start) implements Argument {}
    }

    /** Whether {@code token} can start an expression (so a comma before it is not a trailing one). */
    static boolean startsExpression(Token token) {
        return switch (token.kind()) {
            case NAME, INT, FLOAT, IMAG, STRING, FSTRING, BYTES -> true;
            case KEYWORD -> switch (token.text()) {
                case "not", "lambda", "yield", "await", "True", "False", "None" -> true;
                default -> false;
            };
            case OPERATOR -> switch (token.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "..." -> true;
                default -> false;
            };
            case NEWLINE, INDENT, DEDENT, END -> false;
        };
    }

    /** {@code exprList : starTest (',' starTest)* ','?} -- with a comma (even a trailing one) it is a tuple. */
    Expr exprList() {
        return commaList(this::starTest);
    }

    /**
     * {@code targetList : bitOr (',' bitOr)* ','?} -- a loop target stops below comparisons, so the
     * {@code in} of {@code for x in xs} is not read as a membership test.
     */
    Expr targetList() {
        return commaList(this::bitOr);
    }

    /** {@code item (',' item)* ','?}: the item alone, or a tuple at its first token. */
    private Expr commaList(Supplier<Expr> item) {
        Token first = in.peek();
        Expr head = item.get();
        if (!in.at(",")) {
            return head;
        }
        List<Expr> items = new ArrayList<>(List.of(head));
        while (in.accept(",") && startsExpression(in.peek())) {
            items.add(item.get());
        }
        return new Expr.TupleDisplay(in.pos(first), items);
    }

    /** {@code starTest : test | '*' bitOr} */
    Expr starTest() {
        if (in.at("*")) {
            Expr starred = placeholder(in.next(), "starred expression");
            bitOr();
            return starred;
        }
        return test();
    }

    /**
     * {@code test : orTest ('if' orTest 'else' test)? | 'lambda' lambdaParams? ':' test | NAME ':=' test
     * | 'yield' exprList? | 'await' test}
     */
    Expr test() {
        enter();
        try {
            Token first = in.peek();
            if (first.is("lambda")) {
                return lambda();
            }
            if (first.is("yield")) {
                Expr yield = placeholder(in.next(), "yield");
                if (startsExpression(in.peek())) {
                    exprList();
                }
                return yield;
            }
            if (first.is("await")) {
                Expr await = placeholder(in.next(), "await");
                test();
                return await;
            }
            if (first.kind() == Kind.NAME && in.peek(1).is(":=")) {
                Expr walrus = placeholder(in.next(), "assignment expression (:=)");
                in.next();
                test();
                return walrus;
            }
            Expr body = orTest();
            if (!in.at("if")) {
                return body;
            }
            Token ifToken = in.next();
            Expr condition = orTest();
            in.expect("else");
            return new Expr.IfExp(in.pos(ifToken), condition, body, test());
        } finally {
            depth--;
        }
    }

    /** {@code 'lambda' lambdaParams? ':' test} with {@code lambdaParam : ('*' | '**')? NAME ('=' test)?} */
    private Expr lambda() {
        Expr lambda = placeholder(in.next(), "lambda");
        while (!in.at(":")) {
            if (!in.accept("*")) {
                in.accept("**");
            }
            in.expect(Kind.NAME, "a parameter name");
            if (in.accept("=")) {
                test();
            }
            if (!in.accept(",")) {
                break;
            }
        }
        in.expect(":");
        test();
        return lambda;
    }

    /** {@code orTest : andTest ('or' andTest)*} -- one node for the whole chain. */
    Expr orTest() {
        return boolOp("or", BoolOpKind.OR, this::andTest);
    }

    /** {@code andTest : notTest ('and' notTest)*} */
    private Expr andTest() {
        return boolOp("and", BoolOpKind.AND, this::notTest);
    }

    /** {@code operand (keyword operand)*}, positioned at the first operator. */
    private Expr boolOp(String keyword, BoolOpKind kind, Supplier<Expr> operand) {
        Expr first = operand.get();
        if (!in.at(keyword)) {
            return first;
        }
        Token op = in.peek();
        List<Expr> operands = new ArrayList<>(List.of(first));
        while (in.accept(keyword)) {
            operands.add(operand.get());
        }
        return new Expr.BoolOp(in.pos(op), kind, operands);
    }

    /** {@code notTest : 'not' notTest | comparison} */
    private Expr notTest() {
        if (!in.at("not")) {
            return comparison();
        }
        enter();
        try {
            Token not = in.next();
            return new Expr.Unary(in.pos(not), UnaryOp.NOT, notTest());
        } finally {
            depth--;
        }
    }

    /**
     * {@code comparison : bitOr (compOp bitOr)*} with {@code compOp : '<' | '>' | '==' | '>=' | '<=' | '!='
     * | 'in' | 'not' 'in' | 'is' | 'is' 'not'} -- a whole chain ({@code a < b < c}) is one node, as in
     * Python, where it means a < b and b < c.
     */
    private Expr comparison() {
        Expr left = bitOr();
        Token first = in.peek();
        List<CompareOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (CompareOp op = compareOp(); op != null; op = compareOp()) {
            ops.add(op);
            comparators.add(bitOr());
        }
        return ops.isEmpty() ? left : new Expr.Compare(in.pos(first), left, ops, comparators);
    }

    /** The comparison operator at the cursor, consumed, or null. */
    private CompareOp compareOp() {
        Token token = in.peek();
        if (token.kind() != Kind.OPERATOR && token.kind() != Kind.KEYWORD) {
            return null;
        }
        switch (token.text()) {
            case "<", ">", "==", ">=", "<=", "!=", "in" -> {
                in.next();
                return CompareOp.fromSymbol(token.text());
            }
            case "not" -> {
                if (!in.peek(1).is("in")) {
                    return null;
                }
                in.next();
                in.next();
                return CompareOp.NOT_IN;
            }
            case "is" -> {
                in.next();
                return in.accept("not") ? CompareOp.IS_NOT : CompareOp.IS;
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code bitOr : bitXor ('|' bitXor)*}, the loosest of the {@link #BINARY_LEVELS}. */
    Expr bitOr() {
        return binary(0);
    }

    /**
     * {@code bitOr}, {@code bitXor : bitAnd ('^' bitAnd)*}, {@code bitAnd : shift ('&' shift)*},
     * {@code shift : arith (('<<' | '>>') arith)*}, {@code arith : term (('+' | '-') term)*},
     * {@code term : factor (('*' | '/' | '//' | '%' | '@') factor)*} by precedence climbing: the
     * operands of level {@code level} are expressions of the next tighter level; all are
     * left-associative.
     */
    private Expr binary(int level) {
        if (level == BINARY_LEVELS.size()) {
            return factor();
        }
        List<String> operators = BINARY_LEVELS.get(level);
        Expr result = binary(level + 1);
        while (in.at(Kind.OPERATOR) && operators.contains(in.peek().text())) {
            Token op = in.next();
            if (op.text().equals("@")) {
                result = placeholder(op, "matrix multiplication (@)");
                binary(level + 1);
            } else {
                result = new Expr.Binary(in.pos(op), BinaryOp.fromSymbol(op.text()), result, binary(level + 1));
            }
        }
        return result;
    }

    /**
     * {@code factor : ('+' | '-' | '~') factor | power} -- unary operators bind looser than {@code **}
     * on their right: {@code -2 ** 2} is {@code -(2 ** 2)}.
     */
    private Expr factor() {
        Token token = in.peek();
        UnaryOp op = token.kind() != Kind.OPERATOR ? null : switch (token.text()) {
            case "-" -> UnaryOp.NEG;
            case "+" -> UnaryOp.POS;
            case "~" -> UnaryOp.INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        enter();
        try {
            in.next();
            return new Expr.Unary(in.pos(token), op, factor());
        } finally {
            depth--;
        }
    }

    /** {@code power : atomExpr ('**' factor)?} -- the exponent is a factor: right-associative, and {@code 2 ** -1}. */
    private Expr power() {
        Expr base = atomExpr();
        if (!in.at("**")) {
            return base;
        }
        Token op = in.next();
        return new Expr.Binary(in.pos(op), BinaryOp.POW, base, factor());
    }

    /** {@code atomExpr : atom trailer*} with {@code trailer : '(' arglist? ')' | '[' subscript ']' | '.' NAME} */
    private Expr atomExpr() {
        Expr result = atom();
        while (true) {
            Token token = in.peek();
            if (token.is("(")) {
                in.next();
                result = call(token, result, arguments(")"));
                in.expect(")");
            } else if (token.is("[")) {
                in.next();
                result = new Expr.Subscript(in.pos(token), result, subscript());
                in.expect("]");
            } else if (token.is(".")) {
                in.next();
                result = new Expr.Attribute(in.pos(token), result, in.expect(Kind.NAME, "an attribute name").text());
            } else {
                return result;
            }
        }
    }

    private Expr call(Token open, Expr callee, List<Argument> arguments) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        for (Argument argument : arguments) {
            // instanceof, not a pattern switch: no bootstrap at start-up (see Expr.Visitor); an
            // unsupported argument was reported when it was parsed.
            if (argument instanceof Argument.Positional p) {
                if (!keywords.isEmpty()) {
                    in.error(p.value().pos(), "positional argument follows keyword argument");
                }
                args.add(p.value());
            } else if (argument instanceof Argument.Keyword k) {
                keywords.add(k.keyword());
            }
        }
        return new Expr.Call(in.pos(open), callee, args, keywords);
    }

    /**
     * {@code subscript : sliceItem (',' sliceItem)* ','?} -- more than one item (a tuple index) is
     * outside the subset.
     */
    private Expr subscript() {
        Token first = in.peek();
        Expr index = sliceItem();
        if (!in.at(",")) {
            return index;
        }
        Expr tuple = placeholder(first, "multi-dimensional subscript");
        while (in.accept(",") && !in.at("]")) {
            sliceItem();
        }
        return tuple;
    }

    /** {@code sliceItem : test | test? ':' test? (':' test?)?} */
    private Expr sliceItem() {
        Token first = in.peek();
        Optional<Expr> lower = in.at(":") ? Optional.empty() : Optional.of(test());
        if (!in.accept(":")) {
            return lower.orElseThrow();
        }
        Optional<Expr> upper = optionalTest();
        Optional<Expr> step = in.accept(":") ? optionalTest() : Optional.empty();
        return new Expr.Slice(in.pos(first), lower, upper, step);
    }

    /** {@code test?}: an expression if one starts here. */
    Optional<Expr> optionalTest() {
        return startsExpression(in.peek()) && !in.at("*") ? Optional.of(test()) : Optional.empty();
    }

    /**
     * {@code arglist : argument (',' argument)* ','?} up to {@code close}, with {@code argument : test
     * | NAME '=' test | test compFor | ('*' | '**') test}.
     */
    List<Argument> arguments(String close) {
        List<Argument> arguments = new ArrayList<>();
        while (!in.at(close)) {
            arguments.add(argument());
            if (!in.accept(",")) {
                break;
            }
        }
        return arguments;
    }

    private Argument argument() {
        Token first = in.peek();
        if (first.is("*") || first.is("**")) {
            in.unsupported(in.next(), "star-args argument ('" + first.text() + "')");
            test();
            return new Argument.Unsupported(first);
        }
        if (first.kind() == Kind.NAME && in.peek(1).is("=")) {
            in.next();
            in.next();
            return new Argument.Keyword(first, new Expr.Keyword(in.pos(first), first.text(), test()));
        }
        Expr value = test();
        if (displays.startsCompFor()) {
            in.unsupported(first, "generator expression");
            displays.compFor();
            return new Argument.Unsupported(first);
        }
        return new Argument.Positional(first, value);
    }

    /**
     * {@code atom : '(' ... ')' | '[' ... ']' | '{' ... '}' | NAME | INT | FLOAT | STRING+ | 'True'
     * | 'False' | 'None'}, and the atoms outside the subset: {@code IMAG}, f-strings, bytes, {@code ...}.
     */
    private Expr atom() {
        Token token = in.peek();
        switch (token.kind()) {
            case NAME -> {
                in.next();
                return new Expr.Name(in.pos(token), token.text());
            }
            case INT -> {
                in.next();
                return new Expr.IntLit(in.pos(token), literals.integer(token));
            }
            case FLOAT -> {
                in.next();
                return new Expr.FloatLit(in.pos(token), literals.floating(token));
            }
            case STRING, FSTRING -> {
                return strings();
            }
            case BYTES -> {
                while (in.at(Kind.BYTES)) {
                    in.next();
                }
                return placeholder(token, "bytes literal");
            }
            case IMAG -> {
                in.next();
                return placeholder(token, "complex literal");
            }
            case KEYWORD -> {
                Expr literal = switch (token.text()) {
                    case "True" -> new Expr.BoolLit(in.pos(token), true);
                    case "False" -> new Expr.BoolLit(in.pos(token), false);
                    case "None" -> new Expr.NoneLit(in.pos(token));
                    default -> throw in.unexpected();
                };
                in.next();
                return literal;
            }
            case OPERATOR -> {
                return switch (token.text()) {
                    case "(" -> displays.parenthesized();
                    case "[" -> displays.list();
                    case "{" -> displays.braces();
                    case "..." -> {
                        in.next();
                        yield placeholder(token, "Ellipsis literal");
                    }
                    default -> throw in.unexpected();
                };
            }
            default -> throw in.unexpected();
        }
    }

    /** {@code (STRING | FSTRING)+} -- adjacent literals ({@code "a" 'b'}) are one string, as in Python. */
    private Expr strings() {
        Token first = in.peek();
        List<Token> parts = new ArrayList<>();
        Token fString = null;
        while (in.at(Kind.STRING) || in.at(Kind.FSTRING)) {
            Token part = in.next();
            if (part.kind() == Kind.FSTRING && fString == null) {
                fString = part;
            }
            parts.add(part);
        }
        if (fString != null) {
            return placeholder(fString, "f-string");
        }
        return new Expr.StrLit(in.pos(first), literals.string(parts));
    }

    /** Reports the construct at {@code at} and stands for it in the AST (see the class comment). */
    Expr placeholder(Token at, String construct) {
        in.unsupported(at, construct);
        return new Expr.Name(in.pos(at), "<unsupported>");
    }

    /**
     * One level of the recursion that unary operators, {@code not} and nested expressions make; the
     * caller decrements {@link #depth} when it returns.
     */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw CompilationLimitError.memory();
        }
    }
}
