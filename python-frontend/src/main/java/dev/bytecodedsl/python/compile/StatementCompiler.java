package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Statements: control flow (with CPython 3.13's layouts), definitions and try/except. Function and
 * class bodies are compiled to nested code objects by {@link CodeObjectCompiler} and loaded as
 * constants.
 */
final class StatementCompiler implements Stmt.Visitor<Void> {

    private final CodeUnit unit;
    private final InstructionSequence seq;
    private final NameOps names;
    private final ExpressionCompiler exprs;
    private final Assignments assignments;
    private final CodeObjectCompiler nested;
    private final Deque<FrameBlock> blocks = new ArrayDeque<>();

    StatementCompiler(CodeUnit unit, CodeObjectCompiler nested) {
        this.unit = unit;
        this.seq = unit.seq;
        this.names = new NameOps(unit);
        this.exprs = new ExpressionCompiler(unit, names);
        this.assignments = new Assignments(unit, names, exprs);
        this.nested = nested;
    }

    void compile(List<Stmt> body) {
        body.forEach(this::compile);
    }

    void compile(Stmt stmt) {
        unit.at(stmt.pos());
        stmt.accept(this);
    }

    @Override
    public Void visitGlobal(Stmt.Global g) {
        return null; // resolved by the scope analysis
    }

    @Override
    public Void visitPass(Stmt.Pass p) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break b) {
        breakOrContinue(true);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue c) {
        breakOrContinue(false);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign a) {
        assignments.assign(a);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign a) {
        assignments.augAssign(a);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete d) {
        for (Expr.Subscript target : d.targets()) {
            exprs.compile(target.value());
            exprs.compile(target.index());
            unit.at(d.pos());
            seq.emit(Opcodes.DELETE_SUBSCR);
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise r) {
        r.exception().ifPresent(exprs::compile);
        unit.at(r.pos());
        seq.emit(Opcodes.RAISE_VARARGS, r.exception().isPresent() ? 1 : 0);
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt e) {
        if (Constants.of(e.expr()).isPresent()) {
            return null; // a docstring or other constant: nothing to evaluate
        }
        exprs.compile(e.expr());
        unit.at(e.pos());
        seq.emit(Opcodes.POP_TOP);
        return null;
    }

    // ------------------------------------------------------------ definitions

    /** Defaults (one constant tuple when all are constants), the code object, MAKE_FUNCTION. */
    @Override
    public Void visitFunctionDef(Stmt.FunctionDef f) {
        List<Expr> defaults = f.params().stream().flatMap(p -> p.defaultValue().stream()).toList();
        int flags = 0;
        if (!defaults.isEmpty()) {
            flags |= (int) DslConstants.MAKE_FUNCTION_DEFAULTS;
            exprs.compile(new Expr.TupleDisplay(defaults.getFirst().pos(), defaults));
        }
        CodeObject code = nested.compileFunction(f);
        unit.at(f.pos());
        unit.loadConst(new Constant.CodeConst(code));
        seq.emit(Opcodes.MAKE_FUNCTION, flags);
        names.store(f.name());
        return null;
    }

    /** {@code __build_class__(body_function, 'Name'[, base])}. */
    @Override
    public Void visitClassDef(Stmt.ClassDef c) {
        seq.emit(Opcodes.LOAD_BUILD_CLASS);
        seq.emit(Opcodes.PUSH_NULL);
        unit.loadConst(new Constant.CodeConst(nested.compileClassBody(c)));
        seq.emit(Opcodes.MAKE_FUNCTION, 0);
        unit.loadConst(new Constant.StrConst(c.name()));
        c.base().ifPresent(exprs::compile);
        unit.at(c.pos());
        seq.emit(Opcodes.CALL, c.base().isPresent() ? 3 : 2);
        names.store(c.name());
        return null;
    }

    // ------------------------------------------------------------ control flow

    @Override
    public Void visitIf(Stmt.If i) {
        Label orElse = new Label("if_else");
        exprs.jumpIf(i.test(), false, orElse);
        compile(i.body());
        if (i.orElse().isEmpty()) {
            seq.place(orElse);
            return null;
        }
        Label end = new Label("if_end");
        seq.emitJump(Opcodes.JUMP, end);
        seq.place(orElse);
        compile(i.orElse());
        seq.place(end);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While w) {
        Label top = new Label("while_top");
        Label exit = new Label("while_exit");
        seq.place(top);
        exprs.jumpIf(w.test(), false, exit);
        blocks.push(new FrameBlock.WhileLoop(top, exit));
        compile(w.body());
        blocks.pop();
        seq.emitJump(Opcodes.JUMP, top);
        seq.place(exit);
        return null;
    }

    /** GET_ITER; top: FOR_ITER -> cleanup; store; body; JUMP top; cleanup: END_FOR; exit: */
    @Override
    public Void visitFor(Stmt.For f) {
        Label top = new Label("for_top");
        Label cleanup = new Label("for_cleanup");
        Label exit = new Label("for_exit");
        exprs.compile(f.iterable());
        unit.at(f.pos());
        seq.emit(Opcodes.GET_ITER);
        seq.place(top);
        seq.emitJump(Opcodes.FOR_ITER, cleanup);
        assignments.store(f.target());
        blocks.push(new FrameBlock.ForLoop(top, exit));
        compile(f.body());
        blocks.pop();
        seq.emitJump(Opcodes.JUMP, top);
        seq.place(cleanup);
        unit.at(f.pos());
        seq.emit(Opcodes.END_FOR);
        seq.place(exit);
        return null;
    }

    private void breakOrContinue(boolean isBreak) {
        String keyword = isBreak ? "'break'" : "'continue'";
        Optional<FrameBlock.Loop> loop = blocks.stream()
                .filter(b -> b instanceof FrameBlock.Loop).map(b -> (FrameBlock.Loop) b).findFirst();
        if (loop.isEmpty()) {
            unit.error(keyword + (isBreak ? " outside loop" : " not properly in loop"));
            return;
        }
        List<Handler> suspended = unwind(loop.get(), false);
        if (isBreak && loop.get() instanceof FrameBlock.ForLoop) {
            seq.emit(Opcodes.POP_TOP); // the iterator
        }
        seq.emitJump(Opcodes.JUMP, isBreak ? loop.get().exit() : loop.get().top());
        resume(suspended);
    }

    /**
     * {@code return}: a constant is loaded after unwinding (RETURN_CONST), anything else is computed
     * first and kept on top of the stack while the enclosing blocks are left.
     */
    @Override
    public Void visitReturn(Stmt.Return r) {
        if (unit.scope.kind() != CodeObject.Kind.FUNCTION) {
            unit.error("'return' outside function");
            return null;
        }
        Optional<Constant> constant = r.value().isEmpty() ? Optional.of(CodeUnit.NONE) : Constants.of(r.value().get());
        if (constant.isEmpty()) {
            exprs.compile(r.value().get());
        }
        unit.at(r.pos());
        List<Handler> suspended = unwind(null, constant.isEmpty());
        if (constant.isPresent()) {
            seq.emit(Opcodes.RETURN_CONST, unit.constant(constant.get()));
        } else {
            seq.emit(Opcodes.RETURN_VALUE);
        }
        resume(suspended);
        return null;
    }

    /**
     * Emits the code that leaves every block inside {@code stop} (all blocks when null), innermost
     * first: CPython's compiler_unwind_fblock_stack. Handlers of the blocks left are suspended so the
     * exit code is outside their ranges; the caller resumes them after its jump.
     */
    private List<Handler> unwind(FrameBlock stop, boolean preserveTop) {
        List<Handler> suspended = new ArrayList<>();
        for (FrameBlock block : blocks) {
            if (block == stop) {
                break;
            }
            // Four kinds, one site: instanceof tests rather than a pattern switch and its start-up
            // bootstrap (see Expr.Visitor). A while loop leaves nothing to clean up.
            if (block instanceof FrameBlock.ForLoop) {
                if (preserveTop) {
                    seq.emit(Opcodes.SWAP, 2);
                }
                seq.emit(Opcodes.POP_TOP);
            } else if (block instanceof FrameBlock.TryBody) {
                suspended.add(seq.suspendHandler());
            } else if (block instanceof FrameBlock.HandlerBody h) {
                if (h.name().isPresent()) {
                    suspended.add(seq.suspendHandler()); // the one that clears the name
                }
                suspended.add(seq.suspendHandler()); // the cleanup that restores the handled exception
                if (preserveTop) {
                    seq.emit(Opcodes.SWAP, 2);
                }
                seq.emit(Opcodes.POP_EXCEPT);
                h.name().ifPresent(this::clearName);
            }
        }
        return suspended;
    }

    private void resume(List<Handler> suspended) {
        suspended.reversed().forEach(seq::resume);
    }

    // ------------------------------------------------------------ try/except

    /**
     * CPython 3.13's try/except without lasti (bytecodes.def's RERAISE does not take the offset):
     *
     * <pre>
     *     [SETUP_FINALLY handler]  body  [POP_BLOCK]  JUMP end
     * handler:                            stack: exc
     *     [SETUP_FINALLY cleanup]  PUSH_EXC_INFO       prev_exc, exc
     *     per clause: LOAD type; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next_clause
     *                 STORE name or POP_TOP; body; POP_EXCEPT; (name = None); JUMP end
     *     RERAISE 0                           no clause matched
     * cleanup:                            stack: prev_exc, exc2 (raised in a clause)
     *     COPY 2; POP_EXCEPT; RERAISE 0
     * end:
     * </pre>
     *
     * A named clause's body runs under one more handler that sets the name to None and re-raises.
     * CPython also deletes the name; the subset has no DELETE_FAST, so it stays bound to None.
     */
    @Override
    public Void visitTry(Stmt.Try t) {
        Label handler = new Label("try_handler");
        Label cleanup = new Label("try_cleanup");
        Label end = new Label("try_end");

        seq.pushHandler(handler);
        blocks.push(new FrameBlock.TryBody());
        compile(t.body());
        blocks.pop();
        seq.popHandler();
        seq.emitJump(Opcodes.JUMP, end);

        seq.place(handler);
        unit.at(t.pos());
        seq.pushHandler(cleanup);
        seq.emit(Opcodes.PUSH_EXC_INFO);
        for (Stmt.ExceptHandler clause : t.handlers()) {
            exceptClause(clause, end);
        }
        unit.at(t.pos());
        seq.emit(Opcodes.RERAISE, 0);
        seq.popHandler();

        seq.place(cleanup);
        seq.emit(Opcodes.COPY, 2);
        seq.emit(Opcodes.POP_EXCEPT);
        seq.emit(Opcodes.RERAISE, 0);
        seq.place(end);
        return null;
    }

    private void exceptClause(Stmt.ExceptHandler clause, Label end) {
        Label next = new Label("except_next");
        unit.at(clause.pos());
        if (!clause.types().isEmpty()) {
            clause.types().forEach(names::load);
            if (clause.types().size() > 1) {
                seq.emit(Opcodes.BUILD_TUPLE, clause.types().size());
            }
            seq.emit(Opcodes.CHECK_EXC_MATCH);
            seq.emitJump(Opcodes.POP_JUMP_IF_FALSE, next);
        }
        Label nameCleanup = new Label("except_name_cleanup");
        if (clause.name().isPresent()) {
            names.store(clause.name().get());
            seq.pushHandler(nameCleanup);
        } else {
            seq.emit(Opcodes.POP_TOP);
        }
        blocks.push(new FrameBlock.HandlerBody(clause.name()));
        compile(clause.body());
        blocks.pop();
        if (clause.name().isPresent()) {
            seq.popHandler();
        }
        Handler outer = seq.suspendHandler(); // POP_EXCEPT and the jump are past the cleanup's range
        seq.emit(Opcodes.POP_EXCEPT);
        clause.name().ifPresent(this::clearName);
        seq.emitJump(Opcodes.JUMP, end);
        seq.resume(outer);

        if (clause.name().isPresent()) {
            seq.place(nameCleanup); // stack: prev_exc, exc2
            clearName(clause.name().get());
            seq.emit(Opcodes.RERAISE, 0);
        }
        seq.place(next);
    }

    private void clearName(String name) {
        unit.loadConst(CodeUnit.NONE);
        names.store(name);
    }
}
