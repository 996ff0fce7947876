package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a body does, found by walking its AST once: the flags it implies and the statements that
 * decide tier-2 viability. Annotation-derived flags (PURE, GUARD) are added by the analyzer.
 */
record BodyProperties(Set<Flag> flags, boolean dispatchesSameOparg, boolean extendsOparg, Set<String> gotoLabels,
                      boolean jumpsOnlyByOparg) {

    static BodyProperties of(Stmt body, Declarations declarations) {
        var walker = new Walker(declarations);
        walker.stmt(body);
        return new BodyProperties(walker.flags, walker.dispatchesSameOparg, walker.extendsOparg, walker.gotoLabels,
                walker.jumpsOnlyByOparg);
    }

    /** True when an expression mentions oparg (used for stack-effect sizes and conditions too). */
    static boolean mentionsOparg(Expr expr) {
        var walker = new Walker(Declarations.EMPTY);
        walker.expr(expr);
        return walker.flags.contains(Flag.HAS_ARG);
    }

    private static final class Walker {
        private final Declarations declarations;
        private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        private final Set<String> gotoLabels = new LinkedHashSet<>();
        private boolean dispatchesSameOparg;
        private boolean extendsOparg;
        /** Every JUMPBY's offset is exactly {@code oparg} (so the jump target is known from the code alone). */
        private boolean jumpsOnlyByOparg = true;

        Walker(Declarations declarations) {
            this.declarations = declarations;
        }

        void stmt(Stmt stmt) {
            switch (stmt) {
                case Stmt.Block b -> b.statements().forEach(this::stmt);
                case Stmt.LocalDecl d -> expr(d.init());
                case Stmt.Assign a -> {
                    a.index().ifPresent(this::expr);
                    expr(a.value());
                }
                case Stmt.ExprStmt e -> expr(e.expr());
                case Stmt.If i -> {
                    expr(i.condition());
                    stmt(i.then());
                    i.otherwise().ifPresent(this::stmt);
                }
                case Stmt.While w -> {
                    expr(w.condition());
                    stmt(w.body());
                }
                case Stmt.For f -> {
                    f.init().ifPresent(this::stmt);
                    f.condition().ifPresent(this::expr);
                    f.update().ifPresent(this::stmt);
                    stmt(f.body());
                }
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
                case Stmt.Return r -> r.value().ifPresent(this::expr);
                case Stmt.Goto g -> {
                    gotoLabels.add(g.label());
                    flags.add(Flag.MAY_ERROR);
                }
                case Stmt.ConditionalExit e -> {
                    flags.add(switch (e.kind()) {
                        case DEOPT -> Flag.MAY_DEOPT;
                        case EXIT -> Flag.MAY_EXIT;
                        case ERROR -> Flag.MAY_ERROR;
                    });
                    expr(e.condition());
                }
                case Stmt.ErrorNoPop e -> flags.add(Flag.MAY_ERROR);
                case Stmt.JumpBy j -> {
                    flags.add(Flag.JUMPS);
                    if (!(j.offset() instanceof Expr.Name n && n.name().equals("oparg"))) {
                        jumpsOnlyByOparg = false;
                    }
                    expr(j.offset());
                }
                case Stmt.DispatchSameOparg d -> dispatchesSameOparg = true;
                case Stmt.DispatchExtendedOparg d -> {
                    flags.add(Flag.HAS_ARG);
                    extendsOparg = true;
                }
                case Stmt.CheckEvalBreaker c -> flags.add(Flag.EVAL_BREAK);
                case Stmt.ReloadFrame r -> { }
            }
        }

        void expr(Expr expr) {
            switch (expr) {
                case Expr.IntLit i -> { }
                case Expr.FloatLit f -> { }
                case Expr.BoolLit b -> { }
                case Expr.Name n -> {
                    if (n.name().equals("oparg")) {
                        flags.add(Flag.HAS_ARG);
                    }
                }
                case Expr.Call c -> {
                    call(c.callee());
                    c.args().forEach(this::expr);
                }
                case Expr.Index i -> {
                    expr(i.array());
                    expr(i.index());
                }
                case Expr.Unary u -> expr(u.operand());
                case Expr.Binary b -> {
                    expr(b.left());
                    expr(b.right());
                }
                case Expr.Conditional c -> {
                    expr(c.condition());
                    expr(c.ifTrue());
                    expr(c.ifFalse());
                }
            }
        }

        /** Frame intrinsics imply their flags; escaping helpers (and functions calling one) imply ESCAPES. */
        private void call(String callee) {
            switch (callee) {
                case "GETCONST" -> flags.add(Flag.USES_CONST);
                case "GETNAME" -> flags.add(Flag.USES_NAME);
                case "GETLOCAL", "SETLOCAL" -> flags.add(Flag.USES_LOCAL);
                default -> {
                    if (CallEffects.escaping(declarations, callee)) {
                        flags.add(Flag.ESCAPES);
                    }
                }
            }
        }
    }
}
