package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.grammar.ast.Annotation;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.grammar.ast.TypeRef;
import dev.bytecodedsl.grammar.ast.UnaryOp;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.grammar.BytecodeDslParser;
import dev.bytecodedsl.grammar.BytecodeDslParser.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the immutable AST from a parse tree that has no syntax errors. The few checks that belong
 * to the notation itself (known annotations, literal ranges) are reported here; everything about
 * meaning is left to the analyzer.
 */
final class AstBuilder {

    private final String file;
    private final Diagnostics diagnostics;

    AstBuilder(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    DslFile file(FileContext ctx) {
        List<Definition> definitions = new ArrayList<>();
        for (DefinitionContext def : ctx.definition()) {
            definitions.add(definition(def));
        }
        return new DslFile(file, definitions);
    }

    private Definition definition(DefinitionContext ctx) {
        if (ctx.typeDecl() != null) {
            return new Definition.TypeDecl(pos(ctx), ctx.typeDecl().ID().getText());
        }
        if (ctx.constDecl() != null) {
            ConstDeclContext c = ctx.constDecl();
            return new Definition.ConstDecl(pos(c.ID()), typeRef(c.typeRef()), c.ID().getText(), expr(c.expr()));
        }
        if (ctx.externDecl() != null) {
            return helper(ctx.externDecl());
        }
        if (ctx.functionDef() != null) {
            return function(ctx.functionDef());
        }
        if (ctx.instructionDef() != null) {
            return instruction(ctx.instructionDef());
        }
        if (ctx.macroDef() != null) {
            return macro(ctx.macroDef());
        }
        if (ctx.familyDef() != null) {
            FamilyDefContext f = ctx.familyDef();
            Expr cacheSize = f.cacheSize.INT_LIT() != null
                    ? new Expr.IntLit(pos(f.cacheSize), intValue(f.cacheSize.INT_LIT()))
                    : new Expr.Name(pos(f.cacheSize), f.cacheSize.ID().getText());
            return new Definition.FamilyDef(pos(f.ID()), f.ID().getText(), cacheSize, names(f.nameList()));
        }
        if (ctx.pseudoDef() != null) {
            PseudoDefContext p = ctx.pseudoDef();
            List<Definition.NameRef> flags = p.flags == null ? List.of() : names(p.flags);
            return new Definition.PseudoDef(
                    pos(p.ID()), p.ID().getText(), stackEffect(p.stackEffect()), flags, names(p.targets));
        }
        LabelDefContext l = ctx.labelDef();
        return new Definition.LabelDef(pos(l.ID()), l.ID().getText(), block(l.block()));
    }

    private Definition.HelperDecl helper(ExternDeclContext ctx) {
        boolean escaping = ctx.helperAttribute().stream().anyMatch(a -> a.ESCAPING() != null);
        boolean cold = ctx.helperAttribute().stream().anyMatch(a -> a.COLD() != null);
        return new Definition.HelperDecl(
                pos(ctx.ID()), typeRef(ctx.typeRef()), ctx.ID().getText(), params(ctx.param()), escaping, cold);
    }

    private Definition.FunctionDef function(FunctionDefContext ctx) {
        return new Definition.FunctionDef(
                pos(ctx.ID()), typeRef(ctx.typeRef()), ctx.ID().getText(), params(ctx.param()), block(ctx.block()));
    }

    private List<Definition.Param> params(List<ParamContext> contexts) {
        List<Definition.Param> params = new ArrayList<>();
        for (ParamContext p : contexts) {
            params.add(new Definition.Param(pos(p), typeRef(p.typeRef()), p.identifier().getText(), p.STEAL() != null));
        }
        return params;
    }

    private Definition.InstructionDef instruction(InstructionDefContext ctx) {
        List<Annotation> annotations = new ArrayList<>();
        for (AnnotationContext a : ctx.annotation()) {
            annotation(a).ifPresent(annotations::add);
        }
        var kind = ctx.kind.getType() == BytecodeDslParser.INST
                ? Definition.InstructionDef.Kind.INST
                : Definition.InstructionDef.Kind.OP;
        return new Definition.InstructionDef(
                pos(ctx.ID()), kind, ctx.ID().getText(), annotations, stackEffect(ctx.stackEffect()), block(ctx.block()));
    }

    private Optional<Annotation> annotation(AnnotationContext ctx) {
        String spelling = ctx.ID().getText();
        Optional<Annotation.Kind> kind = Annotation.Kind.bySpelling(spelling);
        if (kind.isEmpty()) {
            diagnostics.error(pos(ctx), "unknown annotation '" + spelling + "' (expected one of "
                    + String.join(", ", java.util.Arrays.stream(Annotation.Kind.values())
                            .map(Annotation.Kind::spelling).toList()) + ")");
            return Optional.empty();
        }
        Annotation.Argument given = ctx.INT_LIT() != null ? Annotation.Argument.COUNT
                : ctx.identifier() != null ? Annotation.Argument.NAME : Annotation.Argument.NONE;
        if (kind.get().argument() != given) {
            diagnostics.error(pos(ctx), switch (kind.get().argument()) {
                case COUNT -> "annotation '" + spelling + "' needs a count, e.g. " + spelling + "(8)";
                case NAME -> "annotation '" + spelling + "' needs an op name, e.g. " + spelling + "(_OP)";
                case NONE -> "annotation '" + spelling + "' takes no argument";
            });
            return Optional.empty();
        }
        int argument = given == Annotation.Argument.COUNT ? smallInt(ctx.INT_LIT()) : 0;
        String target = given == Annotation.Argument.NAME ? ctx.identifier().getText() : "";
        return Optional.of(new Annotation(pos(ctx), kind.get(), argument, target));
    }

    private StackEffect stackEffect(StackEffectContext ctx) {
        return new StackEffect(pos(ctx), effectItems(ctx.inputs), effectItems(ctx.outputs));
    }

    private List<StackEffect.EffectItem> effectItems(EffectItemsContext ctx) {
        List<StackEffect.EffectItem> items = new ArrayList<>();
        if (ctx == null) {
            return items;
        }
        for (EffectItemContext item : ctx.effectItem()) {
            items.add(switch (item) {
                case CacheItemContext c -> new StackEffect.CacheEntry(
                        pos(c), c.itemName().getText(), smallInt(c.INT_LIT()));
                case StackItemContext s -> new StackEffect.StackItem(
                        pos(s),
                        s.itemName().getText(),
                        Optional.ofNullable(s.typeRef()).map(this::typeRef),
                        Optional.ofNullable(s.size).map(this::expr),
                        Optional.ofNullable(s.cond).map(this::expr));
                default -> throw new IllegalStateException("unexpected stack item " + item.getClass());
            });
        }
        return items;
    }

    private Definition.MacroDef macro(MacroDefContext ctx) {
        List<Definition.MacroPart> parts = new ArrayList<>();
        for (MacroPartContext part : ctx.macroPart()) {
            parts.add(switch (part) {
                case MacroOpContext op -> new Definition.MacroPart.OpRef(pos(op), op.ID().getText());
                case MacroCacheSkipContext skip -> new Definition.MacroPart.CacheSkip(pos(skip), smallInt(skip.INT_LIT()));
                default -> throw new IllegalStateException("unexpected macro part " + part.getClass());
            });
        }
        return new Definition.MacroDef(pos(ctx.ID()), ctx.ID().getText(), parts);
    }

    private List<Definition.NameRef> names(NameListContext ctx) {
        return ctx.ID().stream().map(id -> new Definition.NameRef(pos(id), id.getText())).toList();
    }

    private TypeRef typeRef(TypeRefContext ctx) {
        String name = ctx.getChild(0).getText();
        return new TypeRef(pos(ctx), name, ctx.LBRACK() != null);
    }

    // ---- statements ----

    private Stmt.Block block(BlockContext ctx) {
        return new Stmt.Block(pos(ctx), ctx.statement().stream().map(this::statement).toList());
    }

    private Stmt statement(StatementContext ctx) {
        return switch (ctx) {
            case BlockStmtContext b -> block(b.block());
            case SimpleStmtContext s -> simple(s.simpleStatement());
            case IfStmtContext i -> new Stmt.If(
                    pos(i), expr(i.expr()), statement(i.thenStmt), Optional.ofNullable(i.elseStmt).map(this::statement));
            case WhileStmtContext w -> new Stmt.While(pos(w), expr(w.expr()), statement(w.statement()));
            case ForStmtContext f -> new Stmt.For(
                    pos(f),
                    Optional.ofNullable(f.init).map(this::simple),
                    Optional.ofNullable(f.cond).map(this::expr),
                    Optional.ofNullable(f.update).map(this::simple),
                    statement(f.statement()));
            case BreakStmtContext b -> new Stmt.Break(pos(b));
            case ContinueStmtContext c -> new Stmt.Continue(pos(c));
            case GotoStmtContext g -> new Stmt.Goto(pos(g), g.ID().getText());
            case ReturnStmtContext r -> new Stmt.Return(pos(r), Optional.ofNullable(r.expr()).map(this::expr));
            case ConditionalExitStmtContext e -> new Stmt.ConditionalExit(pos(e), exitKind(e.kind), expr(e.expr()));
            case ErrorNoPopStmtContext e -> new Stmt.ErrorNoPop(pos(e));
            case JumpByStmtContext j -> new Stmt.JumpBy(pos(j), expr(j.expr()));
            case DispatchSameOpargStmtContext d -> new Stmt.DispatchSameOparg(pos(d));
            case DispatchExtendedOpargStmtContext d -> new Stmt.DispatchExtendedOparg(pos(d));
            case CheckEvalBreakerStmtContext c -> new Stmt.CheckEvalBreaker(pos(c));
            case ReloadFrameStmtContext r -> new Stmt.ReloadFrame(pos(r));
            default -> throw new IllegalStateException("unexpected statement " + ctx.getClass());
        };
    }

    private static Stmt.ExitKind exitKind(Token kind) {
        return switch (kind.getType()) {
            case BytecodeDslParser.DEOPT_IF -> Stmt.ExitKind.DEOPT;
            case BytecodeDslParser.EXIT_IF -> Stmt.ExitKind.EXIT;
            default -> Stmt.ExitKind.ERROR;
        };
    }

    private Stmt simple(SimpleStatementContext ctx) {
        return switch (ctx) {
            case LocalDeclContext d -> new Stmt.LocalDecl(pos(d), typeRef(d.typeRef()), d.identifier().getText(), expr(d.expr()));
            case AssignmentContext a -> new Stmt.Assign(
                    pos(a),
                    a.identifier().getText(),
                    Optional.ofNullable(a.index).map(this::expr),
                    AssignOp.bySymbol(a.op.getText()),
                    expr(a.value));
            case ExprStatementContext e -> new Stmt.ExprStmt(pos(e), expr(e.expr()));
            default -> throw new IllegalStateException("unexpected statement " + ctx.getClass());
        };
    }

    // ---- expressions ----

    private Expr expr(ExprContext ctx) {
        return switch (ctx) {
            case PrimaryExprContext p -> primary(p.primary());
            case IndexExprContext i -> new Expr.Index(pos(i), expr(i.expr(0)), expr(i.expr(1)));
            case UnaryExprContext u -> new Expr.Unary(pos(u), UnaryOp.bySymbol(u.op.getText()), expr(u.expr()));
            case BinaryExprContext b -> binaryChain(b);
            case ConditionalExprContext c -> new Expr.Conditional(
                    pos(c), expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)));
            default -> throw new IllegalStateException("unexpected expression " + ctx.getClass());
        };
    }

    /**
     * A left-associative chain {@code a + b - c ...} is a parse tree as deep as the chain is long,
     * so it is built bottom-up in a loop: only the right operands recurse, and they are shallow.
     */
    private Expr binaryChain(BinaryExprContext top) {
        List<BinaryExprContext> spine = new ArrayList<>();
        ExprContext left = top;
        while (left instanceof BinaryExprContext b) {
            spine.add(b);
            left = b.expr(0);
        }
        if (spine.size() > NestingLimits.MAX_CHAIN_LENGTH) {
            // The spine runs from the last operator back to the first.
            BinaryExprContext first = spine.get(spine.size() - 1 - NestingLimits.MAX_CHAIN_LENGTH);
            diagnostics.error(pos(first.op), "expression too long: more than " + NestingLimits.MAX_CHAIN_LENGTH
                    + " chained binary operators (split it with local variables or constants)");
            return new Expr.IntLit(pos(top), 0);
        }
        Expr result = expr(left);
        for (BinaryExprContext b : spine.reversed()) {
            // The position of a binary expression is its operator: that is where a type error points.
            result = new Expr.Binary(pos(b.op), BinaryOp.bySymbol(b.op.getText()), result, expr(b.expr(1)));
        }
        return result;
    }

    private Expr primary(PrimaryContext ctx) {
        return switch (ctx) {
            case IntLiteralContext i -> new Expr.IntLit(pos(i), intValue(i.INT_LIT()));
            case FloatLiteralContext f -> new Expr.FloatLit(pos(f), Double.parseDouble(f.FLOAT_LIT().getText()));
            case BoolLiteralContext b -> new Expr.BoolLit(pos(b), b.TRUE() != null);
            case CallExprContext c -> new Expr.Call(
                    pos(c), c.ID().getText(), c.expr().stream().map(this::expr).toList());
            case NameExprContext n -> new Expr.Name(pos(n), n.identifier().getText());
            case ParenExprContext p -> expr(p.expr());
            default -> throw new IllegalStateException("unexpected expression " + ctx.getClass());
        };
    }

    // ---- literals and positions ----

    /**
     * Decimal literals must fit in a signed 64-bit int; hex literals may use all 64 bits (so masks
     * such as 0xFFFF_FFFF_FFFF_FFFF can be written), as in Java.
     */
    private long intValue(TerminalNode literal) {
        String text = literal.getText().replace("_", "");
        boolean hex = text.startsWith("0x") || text.startsWith("0X");
        BigInteger value = hex ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
        BigInteger limit = hex ? BigInteger.ONE.shiftLeft(64) : BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
        if (value.compareTo(limit) >= 0) {
            diagnostics.error(pos(literal), "integer literal " + literal.getText() + " does not fit in 64 bits");
            return 0;
        }
        return value.longValue();
    }

    /** Counts written in the notation (cache sizes, replicate counts) must be small positive ints. */
    private int smallInt(TerminalNode literal) {
        long value = intValue(literal);
        if (value < 1 || value > 255) {
            diagnostics.error(pos(literal), "count " + literal.getText() + " must be between 1 and 255");
            return 1;
        }
        return (int) value;
    }

    private SourcePos pos(ParserRuleContext ctx) {
        return pos(ctx.getStart());
    }

    private SourcePos pos(TerminalNode node) {
        return pos(node.getSymbol());
    }

    private SourcePos pos(Token token) {
        return new SourcePos(file, token.getLine(), token.getCharPositionInLine() + 1);
    }
}
