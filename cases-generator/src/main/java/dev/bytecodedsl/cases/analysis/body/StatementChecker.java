package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Type-checks the statements of one body: declarations and scopes of locals, assignment targets,
 * conditions, jumps and labels. Expressions are left to {@link ExprTyper}; what everything resolved
 * to is recorded for the flow checkers.
 */
final class StatementChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Scope scope;
    private final Resolution.Builder resolution = new Resolution.Builder();
    private final ExprTyper exprs;
    /** The function whose body this is; empty for instruction and label bodies. */
    private final Optional<FunctionContext> function;
    private int loopDepth;

    /** A {@code func} being checked, with its return type (empty when it names an unknown type). */
    record FunctionContext(String name, Optional<DslType> result) {}

    StatementChecker(Declarations declarations, Diagnostics diagnostics, Scope scope) {
        this(declarations, diagnostics, scope, Optional.empty());
    }

    StatementChecker(Declarations declarations, Diagnostics diagnostics, Scope scope, Optional<FunctionContext> function) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.scope = scope;
        this.function = function;
        this.exprs = new ExprTyper(declarations, diagnostics, scope, resolution, ExprTyper.Calls.ALLOWED);
    }

    Resolution check(Stmt.Block body) {
        statement(body);
        return resolution.build();
    }

    private void statement(Stmt stmt) {
        switch (stmt) {
            case Stmt.Block b -> {
                scope.push();
                b.statements().forEach(this::statement);
                scope.pop();
                unreachable(b);
            }
            case Stmt.LocalDecl d -> localDecl(d);
            case Stmt.Assign a -> assign(a);
            case Stmt.ExprStmt e -> {
                if (e.expr() instanceof Expr.Call call) {
                    exprs.callStatement(call);
                } else {
                    diagnostics.error(e.pos(), "expression statement must be a call");
                    exprs.value(e.expr());
                }
            }
            case Stmt.If i -> {
                exprs.condition(i.condition());
                nested(i.then());
                i.otherwise().ifPresent(this::nested);
            }
            case Stmt.While w -> {
                exprs.condition(w.condition());
                loopBody(w.body());
            }
            case Stmt.For f -> {
                // The init's local is visible in the condition, update and body, and no further.
                scope.push();
                f.init().ifPresent(this::statement);
                f.condition().ifPresent(exprs::condition);
                f.update().ifPresent(this::statement);
                loopBody(f.body());
                scope.pop();
            }
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    diagnostics.error(b.pos(), "break outside a loop");
                }
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    diagnostics.error(c.pos(), "continue outside a loop");
                }
            }
            case Stmt.Goto g -> {
                if (!declarations.labels().containsKey(g.label())) {
                    diagnostics.error(g.pos(), "unknown label '" + g.label() + "'");
                }
                notInFunction(g, "goto");
            }
            case Stmt.ConditionalExit e -> {
                exprs.condition(e.condition());
                notInFunction(e, e.kind() + "_IF");
            }
            case Stmt.JumpBy j -> {
                exprs.integer(j.offset(), "the offset of JUMPBY");
                notInFunction(j, "JUMPBY");
            }
            case Stmt.ErrorNoPop e -> notInFunction(e, "ERROR_NO_POP");
            case Stmt.DispatchSameOparg d -> notInFunction(d, "DISPATCH_SAME_OPARG");
            case Stmt.DispatchExtendedOparg d -> notInFunction(d, "DISPATCH_EXTENDED_OPARG");
            case Stmt.CheckEvalBreaker c -> notInFunction(c, "CHECK_EVAL_BREAKER");
            case Stmt.ReloadFrame r -> notInFunction(r, "RELOAD_FRAME");
            case Stmt.Return r -> returnStatement(r);
        }
    }

    /**
     * A function only computes: it has no stack, no instruction to leave and no frame, so the
     * statements that act on those belong to the ops that call it.
     */
    private void notInFunction(Stmt statement, String spelling) {
        function.ifPresent(f -> diagnostics.error(statement.pos(), spelling + " is not allowed in function '"
                + f.name() + "': functions only compute and call helpers"));
    }

    private void returnStatement(Stmt.Return r) {
        Optional<DslType> value = r.value().flatMap(exprs::value);
        if (function.isEmpty()) {
            diagnostics.error(r.pos(), "return outside a function (an instruction body ends by running to its end)");
            return;
        }
        String name = function.get().name();
        Optional<DslType> result = function.get().result();
        boolean returnsVoid = result.isPresent() && result.get() instanceof DslType.Void;
        if (r.value().isEmpty()) {
            if (result.isPresent() && !returnsVoid) {
                diagnostics.error(r.pos(), "function '" + name + "' must return a value of type " + result.get());
            }
        } else if (returnsVoid) {
            diagnostics.error(r.value().get().start(), "function '" + name + "' returns void: return takes no value");
        } else if (result.isPresent() && value.isPresent() && !result.get().equals(value.get())) {
            diagnostics.error(r.value().get().start(), "type error: function '" + name + "' returns " + result.get()
                    + ", got " + value.get());
        }
    }

    /**
     * Reports the first statement of a block that follows one that never completes (goto, break,
     * ERROR_NO_POP, an if whose branches all leave): Java rejects it as unreachable, and it would never run.
     */
    private void unreachable(Stmt.Block block) {
        List<Stmt> statements = block.statements();
        for (int k = 1; k < statements.size(); k++) {
            Stmt previous = statements.get(k - 1);
            if (!Reachability.completesNormally(previous)) {
                diagnostics.error(statements.get(k).pos(), "unreachable statement: the statement at line "
                        + previous.pos().line() + ":" + previous.pos().column() + " never completes");
                return;
            }
        }
    }

    /** A branch or loop body is its own scope even without braces, so a declaration there stays there. */
    private void nested(Stmt stmt) {
        scope.push();
        statement(stmt);
        scope.pop();
    }

    private void loopBody(Stmt body) {
        loopDepth++;
        nested(body);
        loopDepth--;
    }

    private void localDecl(Stmt.LocalDecl decl) {
        ReservedNames.check(decl.name(), decl.pos(), "local", diagnostics);
        Optional<DslType> declared = DslType.of(decl.type(), declarations, diagnostics);
        if (declared.isPresent() && declared.get() instanceof DslType.Void) {
            diagnostics.error(decl.type().pos(), "local '" + decl.name() + "' cannot have type void");
            declared = Optional.empty();
        } else if (declared.isPresent() && declared.get() instanceof DslType.Array) {
            diagnostics.error(decl.type().pos(), "local '" + decl.name() + "' cannot be an array");
            declared = Optional.empty();
        }
        // The initializer is typed before the local exists: `int x = x;` reads no x.
        Optional<DslType> init = exprs.value(decl.init());
        mismatch(decl.name(), declared, init, decl.init());
        // No shadowing at all: one name means one variable throughout a body, which keeps the
        // generated Java and C (with their different shadowing rules) trivially equivalent.
        scope.lookup(decl.name()).ifPresent(previous -> diagnostics.error(decl.pos(),
                "'" + decl.name() + "' is already defined (" + previous.describe(decl.pos()) + ")"));
        Symbol.Local local = new Symbol.Local(decl, declared);
        resolution.local(decl, local);
        scope.declare(local);
    }

    private void assign(Stmt.Assign assign) {
        assign.index().ifPresent(exprs::integerIndex);
        Optional<DslType> value = exprs.value(assign.value());
        Optional<Symbol> found = scope.lookup(assign.target());
        if (found.isEmpty()) {
            diagnostics.error(assign.pos(), "unknown identifier '" + assign.target() + "'");
            return;
        }
        Symbol target = found.get();
        resolution.target(assign, target);
        Optional<String> refusal = switch (target) {
            case Symbol.Oparg o -> Optional.of("cannot assign to oparg");
            case Symbol.Constant c -> Optional.of("cannot assign to constant '" + c.name() + "'");
            // Tier 1 writes an assigned entry back into its code unit (OpEmitter); wider entries hold
            // versions and pointers that only the runtime's specializers write.
            case Symbol.CacheEntry c -> c.item().size() == 1 ? Optional.empty()
                    : Optional.of("cannot assign to cache entry '" + c.name() + "' of " + c.item().size()
                            + " code units (only one-unit entries are written back)");
            case Symbol.StackValue s -> s.output().isEmpty()
                    ? Optional.of("cannot assign to input '" + s.name() + "'")
                    : Optional.empty();
            case Symbol.Parameter p -> Optional.of("cannot assign to parameter '" + p.name() + "'");
            case Symbol.Local l -> Optional.empty();
        };
        if (refusal.isPresent()) {
            diagnostics.error(assign.pos(), refusal.get());
            return;
        }
        Optional<DslType> targetType = target.type();
        if (assign.index().isPresent()) {
            targetType = targetType.flatMap(t -> exprs.elementOf(t, assign.target(), assign.pos()));
        } else if (targetType.isPresent() && targetType.get() instanceof DslType.Array) {
            diagnostics.error(assign.pos(), "cannot assign to array '" + assign.target() + "' as a whole");
            return;
        }
        if (assign.op() == AssignOp.ASSIGN) {
            mismatch(assign.target(), targetType, value, assign.value());
            return;
        }
        // A compound assignment is `x = x op v`: the operator must accept the types and give x's type back.
        BinaryOp op = assign.op().binaryOp().orElseThrow();
        if (targetType.isPresent() && value.isPresent()) {
            Optional<DslType> result = Operators.binary(op, targetType.get(), value.get());
            if (result.isEmpty() || !result.get().equals(targetType.get())) {
                diagnostics.error(assign.pos(), ExprTyper.operatorMismatch(assign.op().symbol(),
                        Operators.binaryRequirement(op), targetType.get(), value.get()));
            }
        }
    }

    private void mismatch(String target, Optional<DslType> expected, Optional<DslType> actual, Expr value) {
        if (expected.isPresent() && actual.isPresent() && !expected.get().equals(actual.get())) {
            diagnostics.error(value.pos(), "type error: cannot assign " + actual.get() + " to '" + target
                    + "' of type " + expected.get());
        }
    }
}
