package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.ast.BinaryOp;
import dev.bytecodedsl.python.ast.BoolOpKind;
import dev.bytecodedsl.python.ast.CompareOp;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.ast.Stmt;
import dev.bytecodedsl.python.ast.UnaryOp;
import dev.bytecodedsl.python.grammar.PythonSubsetParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a parse tree without syntax errors into the AST. Unsupported constructs were already
 * reported by {@link UnsupportedConstructs}, so the builder only runs on trees free of them; what
 * it still checks are rules the grammar is too loose for (assignment targets, argument order).
 */
final class AstBuilder {

    private final String file;
    private final Diagnostics diagnostics;
    private final AntlrLiteralDecoder literals;

    AstBuilder(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.literals = new AntlrLiteralDecoder(file, diagnostics);
    }

    Module module(FileInputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        ctx.stmt().forEach(s -> body.addAll(stmt(s)));
        return new Module(new SourcePos(file, 1, 1), body);
    }

    // ------------------------------------------------------------ statements

    private List<Stmt> stmt(StmtContext ctx) {
        return ctx.simpleStmts() != null ? simpleStmts(ctx.simpleStmts()) : List.of(compound(ctx.compoundStmt()));
    }

    private List<Stmt> simpleStmts(SimpleStmtsContext ctx) {
        return ctx.simpleStmt().stream().map(this::simple).toList();
    }

    private List<Stmt> block(BlockContext ctx) {
        if (ctx.simpleStmts() != null) {
            return simpleStmts(ctx.simpleStmts());
        }
        List<Stmt> body = new ArrayList<>();
        ctx.stmt().forEach(s -> body.addAll(stmt(s)));
        return body;
    }

    private Stmt simple(SimpleStmtContext node) {
        SourcePos pos = pos(node.start);
        return switch (node) {
            case PassContext c -> new Stmt.Pass(pos);
            case BreakContext c -> new Stmt.Break(pos);
            case ContinueContext c -> new Stmt.Continue(pos);
            case ReturnContext c -> new Stmt.Return(pos, Optional.ofNullable(c.exprList()).map(this::exprList));
            case GlobalContext c -> new Stmt.Global(pos, c.NAME().stream().map(TerminalNode::getText).toList());
            case RaiseContext c -> new Stmt.Raise(pos, Optional.ofNullable(c.test()).map(this::expr));
            case AugAssignContext c -> augAssign(pos, c);
            case AssignContext c -> assign(pos, c);
            case ExprStmtContext c -> new Stmt.ExprStmt(pos, exprList(c.exprList()));
            case DelContext c -> delete(pos, c);
            default -> throw unreachable(node);
        };
    }

    private Stmt augAssign(SourcePos pos, AugAssignContext c) {
        Expr target = exprList(c.exprList(0));
        switch (target) {
            case Expr.Name n -> {}
            case Expr.Attribute a -> {}
            case Expr.Subscript s -> {}
            default -> diagnostics.error(target.pos(),
                    "illegal target for augmented assignment: " + ExprKinds.describe(target));
        }
        String symbol = c.augOp().getText();
        BinaryOp op = BinaryOp.fromSymbol(symbol.substring(0, symbol.length() - 1));
        return new Stmt.AugAssign(pos, target, op, exprList(c.exprList(1)));
    }

    private Stmt assign(SourcePos pos, AssignContext c) {
        List<ExprListContext> lists = c.exprList();
        List<Expr> targets = new ArrayList<>();
        for (ExprListContext target : lists.subList(0, lists.size() - 1)) {
            Expr t = exprList(target);
            checkTarget(t);
            targets.add(t);
        }
        return new Stmt.Assign(pos, targets, exprList(lists.getLast()));
    }

    private void checkTarget(Expr target) {
        switch (target) {
            case Expr.Name n -> {}
            case Expr.Attribute a -> {}
            case Expr.Subscript s -> {}
            case Expr.TupleDisplay t -> t.elements().forEach(this::checkTarget);
            case Expr.ListDisplay l -> l.elements().forEach(this::checkTarget);
            default -> diagnostics.error(target.pos(), "cannot assign to " + ExprKinds.describe(target));
        }
    }

    private Stmt compound(CompoundStmtContext node) {
        SourcePos pos = pos(node.start);
        return switch (node) {
            case IfContext c -> ifStmt(pos, c);
            case WhileContext c -> new Stmt.While(pos, expr(c.test()), block(c.block()));
            case ForContext c -> {
                Expr target = targetList(c.targetList());
                checkTarget(target);
                yield new Stmt.For(pos, target, exprList(c.exprList()), block(c.block()));
            }
            case FuncDefContext c -> new Stmt.FunctionDef(pos, c.NAME().getText(), params(c.params()), block(c.block()));
            case ClassDefContext c -> new Stmt.ClassDef(pos, c.NAME().getText(), classBase(c), block(c.block()));
            case TryContext c -> new Stmt.Try(pos, block(c.block()), c.exceptClause().stream().map(this::handler).toList());
            default -> throw unreachable(node);
        };
    }

    /** Folds {@code elif}s from the last one back, so each becomes the else branch of the one before. */
    private Stmt ifStmt(SourcePos pos, IfContext c) {
        List<Stmt> orElse = c.elseClause() == null ? List.of() : block(c.elseClause().block());
        for (ElifClauseContext elif : c.elifClause().reversed()) {
            orElse = List.of(new Stmt.If(pos(elif.start), expr(elif.test()), block(elif.block()), orElse));
        }
        return new Stmt.If(pos, expr(c.test()), block(c.block()), orElse);
    }

    private List<Stmt.Param> params(ParamsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Stmt.Param> params = new ArrayList<>();
        boolean sawDefault = false;
        for (ParamContext node : ctx.param()) {
            if (!(node instanceof PlainParamContext p)) {
                throw unreachable(node);
            }
            Optional<Expr> defaultValue = Optional.ofNullable(p.defaultValue).map(this::expr);
            if (defaultValue.isPresent()) {
                sawDefault = true;
            } else if (sawDefault) {
                diagnostics.error(pos(p.start), "non-default parameter follows default parameter");
            }
            params.add(new Stmt.Param(pos(p.start), p.NAME().getText(), defaultValue));
        }
        return params;
    }

    /** UnsupportedConstructs let through only a single positional base. */
    private Optional<Expr> classBase(ClassDefContext c) {
        if (c.arglist() == null) {
            return Optional.empty();
        }
        return switch (c.arglist().argument(0)) {
            case PositionalArgContext p -> Optional.of(expr(p.test()));
            default -> throw unreachable(c.arglist());
        };
    }

    /** {@code del d[k]}; deleting names, attributes or slices is outside the subset. */
    private Stmt delete(SourcePos pos, DelContext c) {
        List<Expr.Subscript> targets = new ArrayList<>();
        for (var item : c.exprList().starTest()) {
            if (expr(item) instanceof Expr.Subscript s && !(s.index() instanceof Expr.Slice)) {
                targets.add(s);
            } else {
                diagnostics.error(pos, "unsupported construct: del statement");
                return new Stmt.Pass(pos);
            }
        }
        return new Stmt.Delete(pos, targets);
    }

    private Stmt.ExceptHandler handler(ExceptClauseContext c) {
        List<String> type = new ArrayList<>();
        if (c.test() != null) {
            Expr typeExpr = expr(c.test());
            if (typeExpr instanceof Expr.Name n) {
                type.add(n.id());
            } else if (typeExpr instanceof Expr.TupleDisplay t && !t.elements().isEmpty()
                    && t.elements().stream().allMatch(e -> e instanceof Expr.Name)) {
                t.elements().forEach(e -> type.add(((Expr.Name) e).id()));
            } else {
                diagnostics.error(typeExpr.pos(),
                        "unsupported construct: except clause must name exception classes");
            }
        }
        return new Stmt.ExceptHandler(pos(c.start), type, Optional.ofNullable(c.NAME()).map(TerminalNode::getText),
                block(c.block()));
    }

    // ------------------------------------------------------------ expressions

    /** A comma makes a tuple, even a trailing one: {@code x = 1,}. */
    private Expr exprList(ExprListContext ctx) {
        List<Expr> items = ctx.starTest().stream().map(this::expr).toList();
        return ctx.getChildCount() == 1 ? items.getFirst() : new Expr.TupleDisplay(pos(ctx.start), items);
    }

    private Expr targetList(TargetListContext ctx) {
        List<Expr> items = ctx.bitOr().stream().map(this::expr).toList();
        return ctx.getChildCount() == 1 ? items.getFirst() : new Expr.TupleDisplay(pos(ctx.start), items);
    }

    private Expr expr(ParseTree node) {
        return switch (node) {
            case PlainTestContext c -> expr(c.test());
            case PlainOrContext c -> expr(c.orTest());
            case ConditionalContext c -> new Expr.IfExp(pos(((TerminalNode) c.getChild(1)).getSymbol()),
                    expr(c.orTest(1)), expr(c.orTest(0)), expr(c.test()));
            case OrTestContext c -> boolOp(c, BoolOpKind.OR);
            case AndTestContext c -> boolOp(c, BoolOpKind.AND);
            case NotContext c -> new Expr.Unary(pos(c.start), UnaryOp.NOT, expr(c.notTest()));
            case PlainComparisonContext c -> expr(c.comparison());
            case ComparisonContext c -> comparison(c);
            case BitOrContext c -> leftAssoc(c);
            case BitXorContext c -> leftAssoc(c);
            case BitAndContext c -> leftAssoc(c);
            case ShiftContext c -> leftAssoc(c);
            case ArithContext c -> leftAssoc(c);
            case TermContext c -> leftAssoc(c);
            case UnaryContext c -> new Expr.Unary(pos(c.start), unaryOp(c.start.getText()), expr(c.factor()));
            case PlainPowerContext c -> expr(c.power());
            case PowerContext c -> c.factor() == null
                    ? expr(c.atomExpr())
                    : new Expr.Binary(pos(((TerminalNode) c.getChild(1)).getSymbol()), BinaryOp.POW,
                            expr(c.atomExpr()), expr(c.factor()));
            case AtomExprContext c -> trailers(c);
            case EmptyTupleContext c -> new Expr.TupleDisplay(pos(c.start), List.of());
            case ParenContext c -> expr(c.starTest());
            case TupleDisplayContext c -> new Expr.TupleDisplay(pos(c.start), exprs(c.starTest()));
            case SingletonTupleContext c -> new Expr.TupleDisplay(pos(c.start), List.of(expr(c.starTest())));
            case ListDisplayContext c -> new Expr.ListDisplay(pos(c.start), exprs(c.starTest()));
            case DictDisplayContext c -> new Expr.DictDisplay(pos(c.start), c.dictEntry().stream().map(this::dictEntry).toList());
            case NameContext c -> new Expr.Name(pos(c.start), c.getText());
            case IntContext c -> new Expr.IntLit(pos(c.start), literals.integer(c.INT().getSymbol()));
            case FloatContext c -> new Expr.FloatLit(pos(c.start), literals.floating(c.FLOAT().getSymbol()));
            case StrContext c -> new Expr.StrLit(pos(c.start), literals.string(c.STRING()));
            case TrueContext c -> new Expr.BoolLit(pos(c.start), true);
            case FalseContext c -> new Expr.BoolLit(pos(c.start), false);
            case NoneContext c -> new Expr.NoneLit(pos(c.start));
            default -> throw unreachable(node);
        };
    }

    private List<Expr> exprs(List<? extends ParseTree> nodes) {
        return nodes.stream().map(this::expr).toList();
    }

    private Expr.DictEntry dictEntry(DictEntryContext node) {
        if (!(node instanceof KeyValueContext kv)) {
            throw unreachable(node);
        }
        return new Expr.DictEntry(pos(kv.start), expr(kv.test(0)), expr(kv.test(1)));
    }

    private Expr boolOp(ParserRuleContext c, BoolOpKind kind) {
        if (c.getChildCount() == 1) {
            return expr(c.getChild(0));
        }
        List<Expr> operands = new ArrayList<>();
        for (int i = 0; i < c.getChildCount(); i += 2) {
            operands.add(expr(c.getChild(i)));
        }
        return new Expr.BoolOp(pos(((TerminalNode) c.getChild(1)).getSymbol()), kind, operands);
    }

    private Expr comparison(ComparisonContext c) {
        Expr left = expr(c.bitOr(0));
        if (c.compOp().isEmpty()) {
            return left;
        }
        List<CompareOp> ops = c.compOp().stream()
                .map(op -> CompareOp.fromSymbol(String.join(" ", op.children.stream().map(ParseTree::getText).toList())))
                .toList();
        return new Expr.Compare(pos(c.compOp(0).start), left, ops, exprs(c.bitOr().subList(1, c.bitOr().size())));
    }

    /** Operands and operators alternate among the children; operators are tokens or one-token rules. */
    private Expr leftAssoc(ParserRuleContext c) {
        Expr result = expr(c.getChild(0));
        for (int i = 1; i < c.getChildCount(); i += 2) {
            ParseTree op = c.getChild(i);
            Token opToken = op instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) op).start;
            result = new Expr.Binary(pos(opToken), BinaryOp.fromSymbol(op.getText()), result, expr(c.getChild(i + 1)));
        }
        return result;
    }

    private static UnaryOp unaryOp(String symbol) {
        return switch (symbol) {
            case "-" -> UnaryOp.NEG;
            case "+" -> UnaryOp.POS;
            case "~" -> UnaryOp.INVERT;
            default -> throw new IllegalStateException("not a unary operator: " + symbol);
        };
    }

    private Expr trailers(AtomExprContext c) {
        Expr result = expr(c.atom());
        for (TrailerContext trailer : c.trailer()) {
            SourcePos pos = pos(trailer.start);
            result = switch (trailer) {
                case CallTrailerContext t -> call(pos, result, t.arglist());
                case SubscriptTrailerContext t -> new Expr.Subscript(pos, result, subscript(t.subscript()));
                case AttributeTrailerContext t -> new Expr.Attribute(pos, result, t.NAME().getText());
                default -> throw unreachable(trailer);
            };
        }
        return result;
    }

    private Expr subscript(SubscriptContext node) {
        if (!(node instanceof SingleSubscriptContext single)) {
            throw unreachable(node);
        }
        return switch (single.sliceItem()) {
            case IndexContext i -> expr(i.test());
            case SliceContext s -> new Expr.Slice(pos(s.start), optional(s.lower), optional(s.upper), optional(s.step));
            default -> throw unreachable(single);
        };
    }

    private Optional<Expr> optional(TestContext ctx) {
        return Optional.ofNullable(ctx).map(this::expr);
    }

    private Expr call(SourcePos pos, Expr callee, ArglistContext arglist) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (arglist != null) {
            for (ArgumentContext argument : arglist.argument()) {
                switch (argument) {
                    case PositionalArgContext p -> {
                        Expr arg = expr(p.test());
                        if (!keywords.isEmpty()) {
                            diagnostics.error(arg.pos(), "positional argument follows keyword argument");
                        }
                        args.add(arg);
                    }
                    case KeywordArgContext k ->
                        keywords.add(new Expr.Keyword(pos(k.start), k.NAME().getText(), expr(k.test())));
                    default -> throw unreachable(argument);
                }
            }
        }
        return new Expr.Call(pos, callee, args, keywords);
    }

    // ------------------------------------------------------------ helpers

    private SourcePos pos(Token token) {
        return new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1);
    }

    /** A construct UnsupportedConstructs reports; the builder never runs when there was one. */
    private static IllegalStateException unreachable(ParseTree node) {
        return new IllegalStateException("unsupported construct reached the AST builder: " + node.getClass().getSimpleName());
    }
}
