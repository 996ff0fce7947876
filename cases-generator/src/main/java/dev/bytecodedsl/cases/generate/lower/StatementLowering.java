package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.body.NativeCodeChecker;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a body's statements for any back end, statement for statement: the control flow, where
 * state is saved before an escaping call, and which statements are the tier's. What differs between
 * target languages is spelling only, supplied by a {@link Syntax}; what the special statements do
 * is the tier's, supplied by {@link SpecialStatements}.
 *
 * @param <S> where the lowered code is written
 */
public final class StatementLowering<S> {

    /** How the target language writes statements and expressions. */
    public interface Syntax<S> {
        /** A bare block: {@code {} and one level deeper. */
        void openBlock(S out);

        /** {@code header {} and one level deeper ({@code if (c)}, {@code while (c)}, {@code for (...)}). */
        void open(S out, String header);

        /** {@code } else {}. */
        void orElse(S out);

        /** One level shallower, then {@code }}. */
        void close(S out);

        /** One simple statement, terminated the language's way. */
        void statement(S out, String text);

        String expr(Expr expr);

        /** An operand standing alone in a statement ({@code JUMPBY}'s offset): parenthesized unless an atom. */
        String operand(Expr expr);

        /** A local declaration with its initializer, unterminated (also a {@code for} header's init). */
        String declaration(Stmt.LocalDecl declaration);

        /** An assignment, simple or compound, to a local or an array element, unterminated. */
        String assignment(Stmt.Assign assignment);

        /** A {@code while} or {@code for} condition; empty for a {@code for} without one. */
        String loopCondition(Optional<Expr> condition);

        /** The failure for a statement a {@code for} header cannot hold (the parser admits none). */
        RuntimeException notInForHeader(Stmt statement);

        /** Whether this is the JIT's machine code (C), where {@code if (native_code())} takes its then branch. */
        boolean machineCode();
    }

    private final Declarations declarations;
    private final Syntax<S> syntax;
    private final SpecialStatements<S> special;

    public StatementLowering(Declarations declarations, Syntax<S> syntax, SpecialStatements<S> special) {
        this.declarations = declarations;
        this.syntax = syntax;
        this.special = special;
    }

    public void statements(S out, List<Stmt> statements) {
        statements.forEach(statement -> statement(out, statement));
    }

    private void statement(S out, Stmt statement) {
        switch (statement) {
            case Stmt.Block b -> {
                syntax.openBlock(out);
                statements(out, b.statements());
                syntax.close(out);
            }
            case Stmt.LocalDecl d -> {
                saveIfEscaping(out, d.init());
                syntax.statement(out, syntax.declaration(d));
            }
            case Stmt.Assign a -> {
                saveIfEscaping(out, a.value());
                a.index().ifPresent(index -> saveIfEscaping(out, index));
                syntax.statement(out, syntax.assignment(a));
            }
            case Stmt.ExprStmt e -> {
                saveIfEscaping(out, e.expr());
                syntax.statement(out, syntax.expr(e.expr()));
            }
            case Stmt.If i when NativeCodeChecker.isCondition(i.condition()) -> {
                // Decided here, not at run time: the other branch is not lowered at all (it may
                // use what this target does not have).
                if (syntax.machineCode()) {
                    nested(out, i.then());
                } else {
                    i.otherwise().ifPresent(otherwise -> nested(out, otherwise));
                }
            }
            case Stmt.If i -> {
                saveIfEscaping(out, i.condition());
                syntax.open(out, "if (" + syntax.expr(i.condition()) + ")");
                nested(out, i.then());
                i.otherwise().ifPresent(otherwise -> {
                    syntax.orElse(out);
                    nested(out, otherwise);
                });
                syntax.close(out);
            }
            case Stmt.While w -> {
                saveIfEscaping(out, w.condition());
                syntax.open(out, "while (" + syntax.loopCondition(Optional.of(w.condition())) + ")");
                nested(out, w.body());
                syntax.close(out);
            }
            case Stmt.For f -> {
                f.condition().ifPresent(condition -> saveIfEscaping(out, condition));
                syntax.open(out, "for (" + f.init().map(this::header).orElse("") + "; "
                        + syntax.loopCondition(f.condition()) + "; "
                        + f.update().map(this::header).orElse("") + ")");
                nested(out, f.body());
                syntax.close(out);
            }
            case Stmt.Break b -> syntax.statement(out, "break");
            case Stmt.Continue c -> syntax.statement(out, "continue");
            case Stmt.Goto g -> special.gotoLabel(out, g.label());
            case Stmt.Return r -> {
                r.value().ifPresent(value -> saveIfEscaping(out, value));
                syntax.statement(out, r.value().map(value -> "return " + syntax.expr(value)).orElse("return"));
            }
            case Stmt.ConditionalExit e -> {
                saveIfEscaping(out, e.condition());
                special.conditionalExit(out, e.kind(), syntax.expr(e.condition()));
            }
            case Stmt.ErrorNoPop e -> special.errorNoPop(out);
            case Stmt.JumpBy j -> {
                saveIfEscaping(out, j.offset());
                special.jumpBy(out, j, syntax.operand(j.offset()));
            }
            case Stmt.DispatchSameOparg d -> special.dispatchSameOparg(out, d);
            case Stmt.DispatchExtendedOparg d -> special.dispatchExtendedOparg(out, d);
            case Stmt.CheckEvalBreaker c -> special.checkEvalBreaker(out);
            case Stmt.ReloadFrame r -> special.reloadFrame(out);
        }
    }

    /** The body of if/while/for: a block's statements go straight into the target's block. */
    private void nested(S out, Stmt body) {
        if (body instanceof Stmt.Block block) {
            statements(out, block.statements());
        } else {
            statement(out, body);
        }
    }

    /** A {@code for} header's init or update: a declaration, an assignment or an expression. */
    private String header(Stmt statement) {
        return switch (statement) {
            case Stmt.LocalDecl d -> syntax.declaration(d);
            case Stmt.Assign a -> syntax.assignment(a);
            case Stmt.ExprStmt e -> syntax.expr(e.expr());
            default -> throw syntax.notInForHeader(statement);
        };
    }

    private void saveIfEscaping(S out, Expr expr) {
        if (EscapingCalls.in(declarations, expr)) {
            special.beforeEscapingCall(out);
        }
    }
}
