package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.List;

/**
 * Lowers a body's statements to Java. The statement forms every tier shares (locals, assignments,
 * control flow, calls) are lowered here; what names mean and what the special statements do
 * ({@code DEOPT_IF}, {@code JUMPBY}, ...) depend on the interpreter being generated, so they come
 * from {@link Names} and {@link SpecialStatements}.
 */
public final class BodyLowering {

    /** Names in bodies, plus stores into stack arrays ({@code output[i] = v}). */
    public interface Names extends JavaExpressions.Names {
        String storeElement(String array, String loweredIndex, String loweredValue);
    }

    /** The statements whose meaning is the interpreter's, not the body language's. */
    public interface SpecialStatements {
        void conditionalExit(CodeBlock.Builder out, Stmt.ExitKind kind, String condition);

        void errorNoPop(CodeBlock.Builder out);

        void jumpBy(CodeBlock.Builder out, String offset);

        void dispatchSameOparg(CodeBlock.Builder out);

        void dispatchExtendedOparg(CodeBlock.Builder out);

        void checkEvalBreaker(CodeBlock.Builder out);

        void gotoLabel(CodeBlock.Builder out, String label);

        /** Runs before a statement that calls an {@code escaping} helper: make the frame state visible. */
        void beforeEscapingCall(CodeBlock.Builder out);
    }

    private final Declarations declarations;
    private final Names names;
    private final SpecialStatements special;

    public BodyLowering(Declarations declarations, Names names, SpecialStatements special) {
        this.declarations = declarations;
        this.names = names;
        this.special = special;
    }

    public void statements(CodeBlock.Builder out, List<Stmt> statements) {
        statements.forEach(statement -> statement(out, statement));
    }

    private void statement(CodeBlock.Builder out, Stmt statement) {
        switch (statement) {
            case Stmt.Block b -> {
                out.add("{\n").indent();
                statements(out, b.statements());
                out.unindent().add("}\n");
            }
            case Stmt.LocalDecl d -> {
                saveIfEscaping(out, d.init());
                out.addStatement("$L", inline(d));
            }
            case Stmt.Assign a -> {
                saveIfEscaping(out, a.value());
                a.index().ifPresent(index -> saveIfEscaping(out, index));
                out.addStatement("$L", inline(a));
            }
            case Stmt.ExprStmt e -> {
                saveIfEscaping(out, e.expr());
                out.addStatement("$L", expr(e.expr()));
            }
            case Stmt.If i -> {
                saveIfEscaping(out, i.condition());
                out.beginControlFlow("if ($L)", expr(i.condition()));
                nested(out, i.then());
                i.otherwise().ifPresent(otherwise -> {
                    out.nextControlFlow("else");
                    nested(out, otherwise);
                });
                out.endControlFlow();
            }
            case Stmt.While w -> {
                saveIfEscaping(out, w.condition());
                out.beginControlFlow("while ($L)", loopCondition(w.condition()));
                nested(out, w.body());
                out.endControlFlow();
            }
            case Stmt.For f -> {
                f.condition().ifPresent(condition -> saveIfEscaping(out, condition));
                out.beginControlFlow("for ($L; $L; $L)",
                        f.init().map(this::inline).orElse(""),
                        loopCondition(f.condition().orElse(new Expr.BoolLit(f.pos(), true))),
                        f.update().map(this::inline).orElse(""));
                nested(out, f.body());
                out.endControlFlow();
            }
            case Stmt.Break b -> out.addStatement("break");
            case Stmt.Continue c -> out.addStatement("continue");
            case Stmt.Goto g -> special.gotoLabel(out, g.label());
            case Stmt.ConditionalExit e -> {
                saveIfEscaping(out, e.condition());
                special.conditionalExit(out, e.kind(), expr(e.condition()));
            }
            case Stmt.ErrorNoPop e -> special.errorNoPop(out);
            case Stmt.JumpBy j -> {
                saveIfEscaping(out, j.offset());
                special.jumpBy(out, JavaExpressions.paren(j.offset(), names));
            }
            case Stmt.DispatchSameOparg d -> special.dispatchSameOparg(out);
            case Stmt.DispatchExtendedOparg d -> special.dispatchExtendedOparg(out);
            case Stmt.CheckEvalBreaker c -> special.checkEvalBreaker(out);
        }
    }

    /**
     * A loop condition Java must not see as a constant expression: {@code while (true)} cannot
     * complete normally in Java, so the code the lowering emits after the body (or a statement after
     * the loop) would be unreachable, and {@code while (false)}'s body is. {@code DslMath.opaque} keeps
     * such conditions out of Java's reachability rules; HotSpot folds it away.
     */
    private String loopCondition(Expr condition) {
        String lowered = expr(condition);
        return mayBeJavaConstant(condition) ? "DslMath.opaque(" + lowered + ")" : lowered;
    }

    /**
     * Whether Java could take the lowered expression for a constant expression (JLS 15.29): literals and
     * constants (lowered to {@code DslConstants} fields) under operators. Intrinsic calls count, since
     * some lower to operators; calls of externs, elements and variables do not.
     */
    private boolean mayBeJavaConstant(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> true;
            case Expr.FloatLit f -> true;
            case Expr.BoolLit b -> true;
            case Expr.Name n -> declarations.constants().containsKey(n.name());
            case Expr.Call c -> !declarations.helpers().containsKey(c.callee())
                    && c.args().stream().allMatch(this::mayBeJavaConstant);
            case Expr.Index i -> false;
            case Expr.Unary u -> mayBeJavaConstant(u.operand());
            case Expr.Binary b -> mayBeJavaConstant(b.left()) && mayBeJavaConstant(b.right());
            case Expr.Conditional c -> mayBeJavaConstant(c.condition()) && mayBeJavaConstant(c.ifTrue())
                    && mayBeJavaConstant(c.ifFalse());
        };
    }

    /** The body of if/while/for: a block's statements go straight into the Java block. */
    private void nested(CodeBlock.Builder out, Stmt body) {
        if (body instanceof Stmt.Block block) {
            statements(out, block.statements());
        } else {
            statement(out, body);
        }
    }

    /** A declaration or assignment without its semicolon, as statements and for-loop headers need. */
    private String inline(Stmt statement) {
        return switch (statement) {
            case Stmt.LocalDecl d -> JavaTypes.of(d.type()) + " " + d.name() + " = " + expr(d.init());
            case Stmt.Assign a -> assignment(a);
            case Stmt.ExprStmt e -> expr(e.expr());
            default -> throw new IllegalStateException("not allowed in a for header: " + statement);
        };
    }

    private String assignment(Stmt.Assign a) {
        String value = expr(a.value());
        if (a.index().isPresent()) {
            String index = JavaExpressions.paren(a.index().get(), names);
            Expr.Name array = new Expr.Name(a.pos(), a.target());
            String stored = a.op() == AssignOp.ASSIGN
                    ? value
                    : compound(a.op(), names.element(array, index), a.value());
            return names.storeElement(names.name(array), index, stored);
        }
        String target = names.name(new Expr.Name(a.pos(), a.target()));
        return switch (a.op()) {
            // Division and remainder have defined results for zero divisors, so they go through DslMath.
            case DIV, REM -> target + " = " + compound(a.op(), target, a.value());
            default -> target + " " + a.op().symbol() + " " + value;
        };
    }

    private String compound(AssignOp op, String current, Expr operand) {
        Expr.Binary binary = new Expr.Binary(operand.start(), op.binaryOp().orElseThrow(),
                new Expr.Name(operand.start(), "\u0000current"), operand);
        return JavaExpressions.lower(binary, new Substituting(names, current));
    }

    private String expr(Expr expr) {
        return JavaExpressions.lower(expr, names);
    }

    private void saveIfEscaping(CodeBlock.Builder out, Expr expr) {
        if (EscapingCalls.in(declarations, expr)) {
            special.beforeEscapingCall(out);
        }
    }

    /** Lowers a compound assignment's operator with its target already lowered (an element read, say). */
    private record Substituting(Names names, String current) implements JavaExpressions.Names {
        @Override
        public String name(Expr.Name name) {
            return name.name().equals("\u0000current") ? current : names.name(name);
        }

        @Override
        public String call(Expr.Call call, List<String> loweredArgs) {
            return names.call(call, loweredArgs);
        }

        @Override
        public String element(Expr array, String loweredIndex) {
            return names.element(array, loweredIndex);
        }
    }
}
