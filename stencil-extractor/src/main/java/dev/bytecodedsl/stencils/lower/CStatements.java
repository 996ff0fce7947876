package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.cases.generate.lower.BodyNames;
import dev.bytecodedsl.cases.generate.lower.SpecialStatements;
import dev.bytecodedsl.cases.generate.lower.StatementLowering;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a body's statements to C: the shared {@link StatementLowering} (the same statements, the
 * same state saving before escaping calls as the Java interpreters) with C's spelling. Compound
 * assignments are {@code x = x op v}, so division, remainder and shifts keep their defined forms.
 * What the special statements do is the stencil's business.
 */
public final class CStatements implements StatementLowering.Syntax<CWriter> {

    private final Declarations declarations;
    private final BodyNames names;
    /** What is being lowered, for messages: {@code uop _NAME} or {@code func name}. */
    private final String subject;
    private final StatementLowering<CWriter> lowering;

    public CStatements(Declarations declarations, BodyNames names, SpecialStatements<CWriter> exits, String subject) {
        this.declarations = declarations;
        this.names = names;
        this.subject = subject;
        this.lowering = new StatementLowering<>(declarations, this, exits);
    }

    public void statements(CWriter out, List<Stmt> statements) {
        lowering.statements(out, statements);
    }

    @Override
    public void openBlock(CWriter out) {
        out.open("");
    }

    @Override
    public void open(CWriter out, String header) {
        out.open(header);
    }

    @Override
    public void orElse(CWriter out) {
        out.reopen("} else {");
    }

    @Override
    public void close(CWriter out) {
        out.close();
    }

    @Override
    public void statement(CWriter out, String text) {
        out.line(text + ";");
    }

    @Override
    public String expr(Expr expr) {
        EvaluationOrder.check(declarations, expr, subject);
        return CExpressions.lower(expr, names);
    }

    @Override
    public String operand(Expr expr) {
        return CExpressions.paren(expr, names);
    }

    @Override
    public String declaration(Stmt.LocalDecl d) {
        return CTypes.declaration(d.type(), CNames.check(d.name(), d.pos(), "local")) + " = " + expr(d.init());
    }

    @Override
    public String assignment(Stmt.Assign a) {
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

    @Override
    public String loopCondition(Optional<Expr> condition) {
        return condition.map(this::expr).orElse("");
    }

    @Override
    public RuntimeException notInForHeader(Stmt statement) {
        return new LoweringException(statement.pos(), subject + ": not allowed in a for header");
    }

    /** Stencils are native code. */
    @Override
    public boolean machineCode() {
        return true;
    }
}
