package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.generate.java.EscapingCalls;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.List;

/**
 * Lowers a body's statements to C, statement for statement like the Java lowering ({@code
 * BodyLowering}): the same escaping-call state saving before a statement that calls an {@code
 * escaping} helper, compound assignments as {@code x = x op v}. What the special statements do is
 * the stencil's business ({@link Exits}).
 */
public final class CStatements {

    /** Names in bodies, plus stores into stack arrays ({@code output[i] = v}). */
    public interface Names extends CExpressions.Names {
        String storeElement(String array, String loweredIndex, String loweredValue);
    }

    /** What leaves the uop or saves its state; tier-1-only statements are lowering errors. */
    public interface Exits {
        void conditionalExit(CWriter out, Stmt.ExitKind kind, String condition);

        void errorNoPop(CWriter out);

        void gotoLabel(CWriter out, String label);

        void checkEvalBreaker(CWriter out);

        void beforeEscapingCall(CWriter out);
    }

    private final Declarations declarations;
    private final Names names;
    private final Exits exits;
    private final String uop;

    public CStatements(Declarations declarations, Names names, Exits exits, String uop) {
        this.declarations = declarations;
        this.names = names;
        this.exits = exits;
        this.uop = uop;
    }

    public void statements(CWriter out, List<Stmt> statements) {
        statements.forEach(statement -> statement(out, statement));
    }

    private void statement(CWriter out, Stmt statement) {
        switch (statement) {
            case Stmt.Block b -> {
                out.open("");
                statements(out, b.statements());
                out.close();
            }
            case Stmt.LocalDecl d -> {
                saveIfEscaping(out, d.init());
                out.line(inline(d) + ";");
            }
            case Stmt.Assign a -> {
                saveIfEscaping(out, a.value());
                a.index().ifPresent(index -> saveIfEscaping(out, index));
                out.line(inline(a) + ";");
            }
            case Stmt.ExprStmt e -> {
                saveIfEscaping(out, e.expr());
                out.line(expr(e.expr()) + ";");
            }
            case Stmt.If i -> {
                saveIfEscaping(out, i.condition());
                out.open("if (" + expr(i.condition()) + ")");
                nested(out, i.then());
                if (i.otherwise().isPresent()) {
                    out.reopen("} else {");
                    nested(out, i.otherwise().get());
                }
                out.close();
            }
            case Stmt.While w -> {
                saveIfEscaping(out, w.condition());
                out.open("while (" + expr(w.condition()) + ")");
                nested(out, w.body());
                out.close();
            }
            case Stmt.For f -> {
                f.condition().ifPresent(condition -> saveIfEscaping(out, condition));
                out.open("for (" + f.init().map(this::inline).orElse("") + "; "
                        + f.condition().map(this::expr).orElse("") + "; "
                        + f.update().map(this::inline).orElse("") + ")");
                nested(out, f.body());
                out.close();
            }
            case Stmt.Break b -> out.line("break;");
            case Stmt.Continue c -> out.line("continue;");
            case Stmt.Goto g -> exits.gotoLabel(out, g.label());
            case Stmt.ConditionalExit e -> {
                saveIfEscaping(out, e.condition());
                exits.conditionalExit(out, e.kind(), expr(e.condition()));
            }
            case Stmt.ErrorNoPop e -> exits.errorNoPop(out);
            case Stmt.CheckEvalBreaker c -> exits.checkEvalBreaker(out);
            case Stmt.JumpBy j -> throw notInTrace(j.pos(), "JUMPBY");
            case Stmt.DispatchSameOparg d -> throw notInTrace(d.pos(), "DISPATCH_SAME_OPARG");
            case Stmt.DispatchExtendedOparg d -> throw notInTrace(d.pos(), "DISPATCH_EXTENDED_OPARG");
        }
    }

    /** The analyzer keeps these out of tier-2 uops; meeting one means the uop cannot be a stencil. */
    private LoweringException notInTrace(dev.bytecodedsl.diagnostics.SourcePos pos, String statement) {
        return new LoweringException(pos, "uop " + uop + ": " + statement + " cannot be lowered to a JIT stencil");
    }

    private void nested(CWriter out, Stmt body) {
        if (body instanceof Stmt.Block block) {
            statements(out, block.statements());
        } else {
            statement(out, body);
        }
    }

    private String inline(Stmt statement) {
        return switch (statement) {
            case Stmt.LocalDecl d -> CTypes.declaration(d.type(), CNames.check(d.name(), d.pos(), "local"))
                    + " = " + expr(d.init());
            case Stmt.Assign a -> assignment(a);
            case Stmt.ExprStmt e -> expr(e.expr());
            default -> throw new LoweringException(statement.pos(), "uop " + uop + ": not allowed in a for header");
        };
    }

    private String assignment(Stmt.Assign a) {
        Expr.Name array = new Expr.Name(a.pos(), a.target());
        // The target as an expression: x op= v is lowered as x = x op v, so division, remainder and
        // shifts keep their defined forms (the index is evaluated twice, as in the Java lowering).
        Expr target = a.index().<Expr>map(index -> new Expr.Index(a.pos(), array, index)).orElse(array);
        String value = a.op() == AssignOp.ASSIGN
                ? expr(a.value())
                : expr(new Expr.Binary(a.value().start(), a.op().binaryOp().orElseThrow(), target, a.value()));
        if (a.index().isPresent()) {
            return names.storeElement(names.name(array), expr(a.index().get()), value);
        }
        return names.name(array) + " = " + value;
    }

    private String expr(Expr expr) {
        EvaluationOrder.check(declarations, expr, uop);
        return CExpressions.lower(expr, names);
    }

    private void saveIfEscaping(CWriter out, Expr expr) {
        if (EscapingCalls.in(declarations, expr)) {
            exits.beforeEscapingCall(out);
        }
    }
}
