package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.ast.BinaryOp;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.ast.Stmt;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import dev.bytecodedsl.python.parse.ExpressionParser.Argument;
import dev.bytecodedsl.python.parse.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statement rules of the subset, one method per rule with the rule in its comment; expressions
 * are {@link ExpressionParser}'s. Every statement node points at its first token. Besides the
 * grammar it checks what the grammar is too loose for: assignment targets, the order of parameters
 * and arguments, what {@code del} and {@code except} may name.
 *
 * <p>A statement outside the subset is parsed all the same and reported at its first token (or at
 * the offending clause); it stands in the AST as a {@code pass}, which is never compiled since the
 * report is an error.
 */
final class StatementParser {

    private static final Set<String> AUGMENTED_ASSIGNMENTS =
            Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=");

    private final Tokens in;
    private final ExpressionParser expressions;
    private final String file;
    private int depth;

    StatementParser(Tokens in, ExpressionParser expressions, String file) {
        this.in = in;
        this.expressions = expressions;
        this.file = file;
    }

    /** {@code fileInput : (NEWLINE | stmt)* EOF} */
    Module module() {
        List<Stmt> body = new ArrayList<>();
        while (!in.at(Kind.END)) {
            if (in.at(Kind.NEWLINE)) {
                in.next();
            } else {
                body.addAll(stmt());
            }
        }
        return new Module(new SourcePos(file, 1, 1), body);
    }

    /** {@code stmt : simpleStmts | compoundStmt} */
    private List<Stmt> stmt() {
        return startsCompound(in.peek()) ? List.of(compoundStmt()) : simpleStmts();
    }

    /** {@code simpleStmts : simpleStmt (';' simpleStmt)* ';'? NEWLINE} */
    private List<Stmt> simpleStmts() {
        List<Stmt> stmts = new ArrayList<>();
        do {
            stmts.add(simpleStmt());
        } while (in.accept(";") && !in.at(Kind.NEWLINE));
        if (!in.at(Kind.NEWLINE)) {
            throw in.unexpected();
        }
        in.next();
        return stmts;
    }

    /**
     * {@code simpleStmt : 'pass' | 'break' | 'continue' | 'return' exprList? | 'global' NAME (',' NAME)*
     * | 'raise' test? | 'del' exprList | expressionStmt}, and outside the subset: {@code ('import' | 'from')
     * ~NEWLINE*}, {@code 'assert' test (',' test)?}, {@code 'nonlocal' NAME (',' NAME)*}.
     */
    private Stmt simpleStmt() {
        Token first = in.peek();
        SourcePos pos = in.pos(first);
        if (first.kind() != Kind.KEYWORD) {
            return expressionStmt(first);
        }
        return switch (first.text()) {
            case "pass" -> {
                in.next();
                yield new Stmt.Pass(pos);
            }
            case "break" -> {
                in.next();
                yield new Stmt.Break(pos);
            }
            case "continue" -> {
                in.next();
                yield new Stmt.Continue(pos);
            }
            case "return" -> {
                in.next();
                yield new Stmt.Return(pos, ExpressionParser.startsExpression(in.peek())
                        ? Optional.of(expressions.exprList()) : Optional.empty());
            }
            case "global" -> {
                in.next();
                yield new Stmt.Global(pos, names());
            }
            case "raise" -> {
                in.next();
                yield new Stmt.Raise(pos, expressions.optionalTest());
            }
            case "del" -> del(first);
            case "import", "from" -> {
                Stmt imports = unsupported(in.next(), "import statement");
                while (!in.at(Kind.NEWLINE) && !in.at(Kind.END)) {
                    in.next();
                }
                yield imports;
            }
            case "assert" -> {
                Stmt assertion = unsupported(in.next(), "assert statement");
                expressions.test();
                if (in.accept(",")) {
                    expressions.test();
                }
                yield assertion;
            }
            case "nonlocal" -> {
                Stmt nonlocal = unsupported(in.next(), "nonlocal statement");
                names();
                yield nonlocal;
            }
            default -> expressionStmt(first);
        };
    }

    /** {@code NAME (',' NAME)*} */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        do {
            names.add(in.expect(Kind.NAME, "a name").text());
        } while (in.accept(","));
        return names;
    }

    /**
     * {@code expressionStmt : exprList augOp exprList | exprList ('=' exprList)+ | exprList}, and outside
     * the subset: {@code exprList ':' test ('=' exprList)?} (an annotated assignment).
     */
    private Stmt expressionStmt(Token first) {
        SourcePos pos = in.pos(first);
        Expr target = expressions.exprList();
        Token op = in.peek();
        if (op.kind() == Kind.OPERATOR && AUGMENTED_ASSIGNMENTS.contains(op.text())) {
            in.next();
            if (!isSingleTarget(target)) {
                in.error(target.pos(), "illegal target for augmented assignment: " + ExprKinds.describe(target));
            }
            BinaryOp binary = BinaryOp.fromSymbol(op.text().substring(0, op.text().length() - 1));
            return new Stmt.AugAssign(pos, target, binary, expressions.exprList());
        }
        if (in.at("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = target;
            while (in.accept("=")) {
                checkTarget(value);
                targets.add(value);
                value = expressions.exprList();
            }
            return new Stmt.Assign(pos, targets, value);
        }
        if (in.accept(":")) {
            Stmt annotated = unsupported(first, "annotated assignment");
            expressions.test();
            if (in.accept("=")) {
                expressions.exprList();
            }
            return annotated;
        }
        return new Stmt.ExprStmt(pos, target);
    }

    /** Names, attributes and subscripts, and tuples and lists of them (unpacking). */
    private void checkTarget(Expr target) {
        if (target instanceof Expr.TupleDisplay t) {
            t.elements().forEach(this::checkTarget);
        } else if (target instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::checkTarget);
        } else if (!isSingleTarget(target)) {
            in.error(target.pos(), "cannot assign to " + ExprKinds.describe(target));
        }
    }

    /**
     * Names, attributes and subscripts: the targets of augmented assignment. Tested with instanceof,
     * not a pattern switch, which would cost a bootstrap on every start-up (see {@link Expr.Visitor}).
     */
    private static boolean isSingleTarget(Expr target) {
        return target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript;
    }

    /**
     * {@code 'del' starTest (',' starTest)* ','?} -- {@code del d[k]}; deleting names, attributes or slices
     * is outside the subset.
     */
    private Stmt del(Token del) {
        in.next();
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expressions.starTest());
        } while (in.accept(",") && ExpressionParser.startsExpression(in.peek()));
        List<Expr.Subscript> targets = new ArrayList<>();
        for (Expr item : items) {
            if (!(item instanceof Expr.Subscript s) || s.index() instanceof Expr.Slice) {
                return unsupported(del, "del statement");
            }
            targets.add(s);
        }
        return new Stmt.Delete(in.pos(del), targets);
    }

    private static boolean startsCompound(Token token) {
        return switch (token.text()) {
            case "if", "while", "for", "def", "class", "try", "with", "async" -> token.kind() == Kind.KEYWORD;
            case "@" -> token.kind() == Kind.OPERATOR;
            default -> false;
        };
    }

    /**
     * {@code compoundStmt : ifStmt | whileStmt | forStmt | funcDef | classDef | tryStmt}, and outside the
     * subset: {@code decorator+ compoundStmt}, {@code 'with' ...}, {@code 'async' compoundStmt}.
     */
    private Stmt compoundStmt() {
        Token first = in.peek();
        return switch (first.text()) {
            case "if" -> ifStmt();
            case "while" -> whileStmt();
            case "for" -> forStmt();
            case "def" -> funcDef();
            case "class" -> classDef();
            case "try" -> tryStmt();
            case "@" -> decorated();
            case "with" -> with();
            case "async" -> {
                Stmt async = unsupported(in.next(), "async");
                if (!startsCompound(in.peek())) {
                    throw in.unexpected();
                }
                compoundStmt();
                yield async;
            }
            default -> throw new IllegalStateException("not a compound statement: " + first.text());
        };
    }

    /**
     * {@code ifStmt : 'if' test ':' block ('elif' test ':' block)* ('else' ':' block)?} -- each {@code elif}
     * becomes an if in the else branch of the one before, as in Python's ast.
     */
    private Stmt ifStmt() {
        record Branch(Token keyword, Expr test, List<Stmt> body) {}
        List<Branch> branches = new ArrayList<>();
        do {
            Token keyword = in.next();
            Expr test = expressions.test();
            in.expect(":");
            branches.add(new Branch(keyword, test, block()));
        } while (in.at("elif"));
        List<Stmt> orElse = elseClause().orElse(List.of());
        for (Branch branch : branches.reversed()) {
            orElse = List.of(new Stmt.If(in.pos(branch.keyword()), branch.test(), branch.body(), orElse));
        }
        return orElse.getFirst();
    }

    /** {@code elseClause : 'else' ':' block} */
    private Optional<List<Stmt>> elseClause() {
        if (!in.accept("else")) {
            return Optional.empty();
        }
        in.expect(":");
        return Optional.of(block());
    }

    /** {@code whileStmt : 'while' test ':' block elseClause?} -- the else clause is outside the subset. */
    private Stmt whileStmt() {
        Token keyword = in.next();
        Expr test = expressions.test();
        in.expect(":");
        List<Stmt> body = block();
        loopElse();
        return new Stmt.While(in.pos(keyword), test, body);
    }

    /** {@code forStmt : 'for' targetList 'in' exprList ':' block elseClause?} */
    private Stmt forStmt() {
        Token keyword = in.next();
        Expr target = expressions.targetList();
        checkTarget(target);
        in.expect("in");
        Expr iterable = expressions.exprList();
        in.expect(":");
        List<Stmt> body = block();
        loopElse();
        return new Stmt.For(in.pos(keyword), target, iterable, body);
    }

    private void loopElse() {
        if (in.at("else")) {
            in.unsupported(in.peek(), "else clause on a loop");
            elseClause();
        }
    }

    /** {@code funcDef : 'def' NAME '(' params? ')' ('->' test)? ':' block} -- the annotation is outside the subset. */
    private Stmt funcDef() {
        Token keyword = in.next();
        String name = in.expect(Kind.NAME, "a function name").text();
        in.expect("(");
        List<Stmt.Param> params = params();
        in.expect(")");
        if (in.at("->")) {
            in.unsupported(in.next(), "return annotation");
            expressions.test();
        }
        in.expect(":");
        return new Stmt.FunctionDef(in.pos(keyword), name, params, block());
    }

    /**
     * {@code params : param (',' param)* ','?} with {@code param : NAME (':' test)? ('=' test)?}, and outside
     * the subset: annotations and {@code ('*' | '**' | '/') NAME?}.
     */
    private List<Stmt.Param> params() {
        List<Stmt.Param> params = new ArrayList<>();
        boolean sawDefault = false;
        while (!in.at(")")) {
            Token first = in.peek();
            if (first.is("*") || first.is("**") || first.is("/")) {
                in.next();
                if (in.at(Kind.NAME)) {
                    in.next();
                }
                in.unsupported(first, "star parameter ('" + first.text() + "')");
            } else {
                in.expect(Kind.NAME, "a parameter name");
                if (in.accept(":")) {
                    in.unsupported(in.peek(), "parameter annotation");
                    expressions.test();
                }
                Optional<Expr> defaultValue = in.accept("=") ? Optional.of(expressions.test()) : Optional.empty();
                if (defaultValue.isPresent()) {
                    sawDefault = true;
                } else if (sawDefault) {
                    in.error(in.pos(first), "non-default parameter follows default parameter");
                }
                params.add(new Stmt.Param(in.pos(first), first.text(), defaultValue));
            }
            if (!in.accept(",")) {
                break;
            }
        }
        return params;
    }

    /**
     * {@code classDef : 'class' NAME ('(' arglist? ')')? ':' block} -- one positional base at most:
     * more is multiple inheritance, a keyword ({@code metaclass=M}) is outside the subset.
     */
    private Stmt classDef() {
        Token keyword = in.next();
        String name = in.expect(Kind.NAME, "a class name").text();
        List<Argument> arguments = List.of();
        if (in.accept("(")) {
            arguments = expressions.arguments(")");
            in.expect(")");
        }
        Optional<Expr> base = Optional.empty();
        if (arguments.size() > 1) {
            in.unsupported(arguments.get(1).start(), "multiple inheritance");
        } else if (arguments.size() == 1) {
            if (arguments.getFirst() instanceof Argument.Positional positional) {
                base = Optional.of(positional.value());
            } else {
                in.unsupported(arguments.getFirst().start(), "class keyword argument");
            }
        }
        in.expect(":");
        return new Stmt.ClassDef(in.pos(keyword), name, base, block());
    }

    /**
     * {@code tryStmt : 'try' ':' block exceptClause* elseClause? ('finally' ':' block)?} -- else and
     * finally are outside the subset, so at least one except clause is needed.
     */
    private Stmt tryStmt() {
        Token keyword = in.next();
        in.expect(":");
        List<Stmt> body = block();
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (in.at("except")) {
            handlers.add(exceptClause());
        }
        if (in.at("else")) {
            in.unsupported(in.peek(), "else clause on try");
            elseClause();
        }
        if (in.at("finally")) {
            in.unsupported(in.next(), "finally clause");
            in.expect(":");
            block();
        } else if (handlers.isEmpty()) {
            in.error(in.pos(keyword), "syntax error: try statement needs at least one except clause");
        }
        return new Stmt.Try(in.pos(keyword), body, handlers);
    }

    /**
     * {@code exceptClause : 'except' (test ('as' NAME)?)? ':' block} -- the test names the classes: a
     * name or a tuple of names.
     */
    private Stmt.ExceptHandler exceptClause() {
        Token keyword = in.next();
        List<String> types = new ArrayList<>();
        Optional<String> name = Optional.empty();
        if (!in.at(":")) {
            Expr type = expressions.test();
            if (type instanceof Expr.Name n) {
                types.add(n.id());
            } else if (type instanceof Expr.TupleDisplay t && !t.elements().isEmpty()
                    && t.elements().stream().allMatch(e -> e instanceof Expr.Name)) {
                t.elements().forEach(e -> types.add(((Expr.Name) e).id()));
            } else {
                in.error(type.pos(), "unsupported construct: except clause must name exception classes");
            }
            if (in.accept("as")) {
                name = Optional.of(in.expect(Kind.NAME, "a name").text());
            }
        }
        in.expect(":");
        return new Stmt.ExceptHandler(in.pos(keyword), types, name, block());
    }

    /** {@code decorator+ compoundStmt} with {@code decorator : '@' test NEWLINE}; outside the subset. */
    private Stmt decorated() {
        Stmt decorated = unsupported(in.peek(), "decorator");
        while (in.accept("@")) {
            expressions.test();
            in.expect(Kind.NEWLINE, "end of line");
        }
        if (!startsCompound(in.peek())) {
            throw in.unexpected();
        }
        compoundStmt();
        return decorated;
    }

    /** {@code 'with' test ('as' test)? (',' test ('as' test)?)* ':' block}; outside the subset. */
    private Stmt with() {
        Stmt with = unsupported(in.next(), "with statement");
        do {
            expressions.test();
            if (in.accept("as")) {
                expressions.test();
            }
        } while (in.accept(","));
        in.expect(":");
        block();
        return with;
    }

    /** {@code block : simpleStmts | NEWLINE INDENT stmt+ DEDENT} */
    private List<Stmt> block() {
        if (!in.at(Kind.NEWLINE)) {
            return simpleStmts();
        }
        in.next();
        in.expect(Kind.INDENT, "an indented block");
        if (++depth > ExpressionParser.MAX_DEPTH) {
            throw CompilationLimitError.memory();
        }
        List<Stmt> body = new ArrayList<>();
        do {
            body.addAll(stmt());
        } while (!in.at(Kind.DEDENT));
        in.next();
        depth--;
        return body;
    }

    private Stmt unsupported(Token at, String construct) {
        in.unsupported(at, construct);
        return new Stmt.Pass(in.pos(at));
    }
}
