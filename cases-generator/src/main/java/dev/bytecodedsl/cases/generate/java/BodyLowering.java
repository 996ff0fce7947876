package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.CodeBlock;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.lower.BodyNames;
import dev.bytecodedsl.cases.generate.lower.ExpressionNames;
import dev.bytecodedsl.cases.generate.lower.StatementLowering;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a body's statements to Java: the shared {@link StatementLowering} with Java's spelling.
 * What names mean and what the special statements do ({@code DEOPT_IF}, {@code JUMPBY}, ...)
 * depend on the interpreter being generated, so they come from {@link BodyNames} and
 * {@link SpecialStatements}.
 */
public final class BodyLowering implements StatementLowering.Syntax<CodeBlock.Builder> {

    /** The special statements, written with JavaPoet. */
    public interface SpecialStatements extends dev.bytecodedsl.cases.generate.lower.SpecialStatements<CodeBlock.Builder> {}

    private final Declarations declarations;
    private final BodyNames names;
    private final StatementLowering<CodeBlock.Builder> lowering;

    public BodyLowering(Declarations declarations, BodyNames names, SpecialStatements special) {
        this.declarations = declarations;
        this.names = names;
        this.lowering = new StatementLowering<>(declarations, this, special);
    }

    public void statements(CodeBlock.Builder out, List<Stmt> statements) {
        lowering.statements(out, statements);
    }

    @Override
    public void openBlock(CodeBlock.Builder out) {
        out.add("{\n").indent();
    }

    @Override
    public void open(CodeBlock.Builder out, String header) {
        out.beginControlFlow("$L", header);
    }

    @Override
    public void orElse(CodeBlock.Builder out) {
        out.nextControlFlow("else");
    }

    @Override
    public void close(CodeBlock.Builder out) {
        out.endControlFlow();
    }

    @Override
    public void statement(CodeBlock.Builder out, String text) {
        out.addStatement("$L", text);
    }

    @Override
    public String expr(Expr expr) {
        return JavaExpressions.lower(expr, names);
    }

    @Override
    public String operand(Expr expr) {
        return JavaExpressions.paren(expr, names);
    }

    @Override
    public String declaration(Stmt.LocalDecl d) {
        return JavaTypes.of(d.type()) + " " + d.name() + " = " + expr(d.init());
    }

    /**
     * A loop condition Java must not see as a constant expression: {@code while (true)} cannot
     * complete normally in Java, so the code the lowering emits after the body (or a statement after
     * the loop) would be unreachable, and {@code while (false)}'s body is. {@code DslMath.opaque} keeps
     * such conditions out of Java's reachability rules; HotSpot folds it away. A {@code for} without
     * a condition is {@code for (; DslMath.opaque(true); )} for the same reason.
     */
    @Override
    public String loopCondition(Optional<Expr> condition) {
        if (condition.isEmpty()) {
            return "DslMath.opaque(true)";
        }
        String lowered = expr(condition.get());
        return mayBeJavaConstant(condition.get()) ? "DslMath.opaque(" + lowered + ")" : lowered;
    }

    @Override
    public RuntimeException notInForHeader(Stmt statement) {
        return new IllegalStateException("not allowed in a for header: " + statement);
    }

    /** The interpreters are never native code. */
    @Override
    public boolean machineCode() {
        return false;
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
                    && !declarations.functions().containsKey(c.callee())
                    && c.args().stream().allMatch(this::mayBeJavaConstant);
            case Expr.Index i -> false;
            case Expr.Unary u -> mayBeJavaConstant(u.operand());
            case Expr.Binary b -> mayBeJavaConstant(b.left()) && mayBeJavaConstant(b.right());
            case Expr.Conditional c -> mayBeJavaConstant(c.condition()) && mayBeJavaConstant(c.ifTrue())
                    && mayBeJavaConstant(c.ifFalse());
        };
    }

    @Override
    public String assignment(Stmt.Assign a) {
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

    /** Lowers a compound assignment's operator with its target already lowered (an element read, say). */
    private record Substituting(ExpressionNames names, String current) implements ExpressionNames {
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
