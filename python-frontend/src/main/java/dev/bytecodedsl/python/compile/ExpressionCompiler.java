package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.python.ast.BoolOpKind;
import dev.bytecodedsl.python.ast.CompareOp;
import dev.bytecodedsl.python.ast.Expr;
import dev.bytecodedsl.python.ast.UnaryOp;
import java.util.List;
import java.util.Optional;

/**
 * Expressions, in value context ({@link #compile}: leaves one value on the stack) and in jump
 * context ({@link #jumpIf}: CPython's compiler_jump_if, which branches on `not`, `and`/`or`,
 * conditional expressions and comparison chains without materializing bools). Each node's own
 * instructions get the node's line.
 */
final class ExpressionCompiler implements Expr.Visitor<Void> {

    private final CodeUnit unit;
    private final InstructionSequence seq;
    private final NameOps names;

    ExpressionCompiler(CodeUnit unit, NameOps names) {
        this.unit = unit;
        this.seq = unit.seq;
        this.names = names;
    }

    void compile(Expr expr) {
        Optional<Constant> constant = Constants.of(expr);
        if (constant.isPresent()) {
            unit.at(expr.pos());
            unit.loadConst(constant.get());
            return;
        }
        expr.accept(this);
    }

    @Override
    public Void visitName(Expr.Name n) {
        unit.at(n.pos());
        names.load(n.id());
        return null;
    }

    // Literals are constants, loaded by compile() before the visitor is called.

    @Override
    public Void visitIntLit(Expr.IntLit i) {
        throw folded(i);
    }

    @Override
    public Void visitFloatLit(Expr.FloatLit f) {
        throw folded(f);
    }

    @Override
    public Void visitStrLit(Expr.StrLit s) {
        throw folded(s);
    }

    @Override
    public Void visitBoolLit(Expr.BoolLit b) {
        throw folded(b);
    }

    @Override
    public Void visitNoneLit(Expr.NoneLit n) {
        throw folded(n);
    }

    @Override
    public Void visitUnary(Expr.Unary u) {
        compile(u.operand());
        unit.at(u.pos());
        switch (u.op()) {
            case NEG -> seq.emit(Opcodes.UNARY_NEGATIVE);
            case INVERT -> seq.emit(Opcodes.UNARY_INVERT);
            case NOT -> {
                seq.emit(Opcodes.TO_BOOL);
                seq.emit(Opcodes.UNARY_NOT);
            }
            // CPython 3.13 uses CALL_INTRINSIC_1 INTRINSIC_UNARY_POSITIVE, which bytecodes.def lacks.
            case POS -> unit.error(u.pos(), "unsupported construct: unary '+' on a non-constant operand"
                    + " (the instruction set has no UNARY_POSITIVE)");
        }
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary b) {
        compile(b.left());
        compile(b.right());
        unit.at(b.pos());
        seq.emit(Opcodes.BINARY_OP, Operators.binaryOp(b.op()));
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp i) {
        Label orElse = new Label("ifexp_else");
        Label end = new Label("ifexp_end");
        jumpIf(i.test(), false, orElse);
        compile(i.body());
        seq.emitJump(Opcodes.JUMP, end);
        seq.place(orElse);
        compile(i.orElse());
        seq.place(end);
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute a) {
        compile(a.value());
        unit.at(a.pos());
        names.loadAttr(a.name(), false);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice s) {
        int parts = slice(s);
        seq.emit(Opcodes.BUILD_SLICE, parts);
        return null;
    }

    @Override
    public Void visitListDisplay(Expr.ListDisplay l) {
        if (l.elements().size() > BIG_DISPLAY) {
            appendEach(l);
        } else {
            build(Opcodes.BUILD_LIST, l.pos(), l.elements(), "list display");
        }
        return null;
    }

    @Override
    public Void visitTupleDisplay(Expr.TupleDisplay t) {
        build(Opcodes.BUILD_TUPLE, t.pos(), t.elements(), "tuple display");
        return null;
    }

    @Override
    public Void visitDictDisplay(Expr.DictDisplay d) {
        for (Expr.DictEntry e : d.entries()) {
            compile(e.key());
            compile(e.value());
        }
        unit.at(d.pos());
        seq.emit(Opcodes.BUILD_MAP, count(d.entries().size(), "dict display"));
        return null;
    }

    private static IllegalStateException folded(Expr expr) {
        return new IllegalStateException("literal not folded to a constant: " + expr);
    }

    /** List displays longer than this are built by appending (short ones keep CPython 3.11's BUILD_LIST n). */
    private static final int BIG_DISPLAY = 255;

    private void build(int opcode, dev.bytecodedsl.diagnostics.SourcePos pos, List<Expr> elements, String what) {
        elements.forEach(this::compile);
        unit.at(pos);
        seq.emit(opcode, count(elements.size(), what));
    }

    /**
     * A list display too long to build from the value stack (CPython switches at 30 elements):
     * an empty list and LIST_APPEND per element, so the stack stays two deep however long it is.
     */
    private void appendEach(Expr.ListDisplay l) {
        unit.at(l.pos());
        seq.emit(Opcodes.BUILD_LIST, 0);
        for (Expr element : l.elements()) {
            compile(element);
            unit.at(l.pos());
            seq.emit(Opcodes.LIST_APPEND, 1);
        }
    }

    /** Counts wider than 8 bits get EXTENDED_ARG prefixes. */
    private int count(int n, String what) {
        if (n >= CodeUnit.OPARG_LIMIT) {
            unit.error("too many elements in " + what + " (limit " + (CodeUnit.OPARG_LIMIT - 1) + ")");
            return 0;
        }
        return n;
    }

    /** {@code a and b}: the result is the first falsy operand (or the last), so each is tested on a copy. */
    @Override
    public Void visitBoolOp(Expr.BoolOp b) {
        Label end = new Label("boolop_end");
        int jump = b.op() == BoolOpKind.AND ? Opcodes.POP_JUMP_IF_FALSE : Opcodes.POP_JUMP_IF_TRUE;
        List<Expr> operands = b.operands();
        for (Expr operand : operands.subList(0, operands.size() - 1)) {
            compile(operand);
            unit.at(b.pos());
            seq.emit(Opcodes.COPY, 1);
            seq.emit(Opcodes.TO_BOOL);
            seq.emitJump(jump, end);
            seq.emit(Opcodes.POP_TOP);
        }
        compile(operands.getLast());
        seq.place(end);
        return null;
    }

    /** CPython's compiler_compare: a chain keeps each middle operand under the result with SWAP/COPY. */
    @Override
    public Void visitCompare(Expr.Compare c) {
        compile(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            compile(c.comparators().getFirst());
            unit.at(c.pos());
            compareOp(c.ops().getFirst());
            return null;
        }
        Label cleanup = new Label("compare_cleanup");
        Label end = new Label("compare_end");
        for (int i = 0; i < n; i++) {
            compile(c.comparators().get(i));
            unit.at(c.pos());
            seq.emit(Opcodes.SWAP, 2);
            seq.emit(Opcodes.COPY, 2);
            compareOp(c.ops().get(i));
            seq.emit(Opcodes.COPY, 1);
            seq.emit(Opcodes.TO_BOOL);
            seq.emitJump(Opcodes.POP_JUMP_IF_FALSE, cleanup);
            seq.emit(Opcodes.POP_TOP);
        }
        compile(c.comparators().get(n));
        unit.at(c.pos());
        compareOp(c.ops().get(n));
        seq.emitJump(Opcodes.JUMP, end);
        seq.place(cleanup);
        seq.emit(Opcodes.SWAP, 2);
        seq.emit(Opcodes.POP_TOP);
        seq.place(end);
        return null;
    }

    /** Emits the instruction for one comparison; returns whether its result is an exact bool already. */
    private boolean compareOp(CompareOp op) {
        switch (op) {
            case IS -> seq.emit(Opcodes.IS_OP, 0);
            case IS_NOT -> seq.emit(Opcodes.IS_OP, 1);
            case IN -> seq.emit(Opcodes.CONTAINS_OP, 0);
            case NOT_IN -> seq.emit(Opcodes.CONTAINS_OP, 1);
            default -> {
                seq.emit(Opcodes.COMPARE_OP, Operators.compareOp(op));
                return false;
            }
        }
        return true;
    }

    /**
     * Jumps to {@code target} when the truth of {@code expr} is {@code cond}, else falls through.
     */
    void jumpIf(Expr expr, boolean cond, Label target) {
        Optional<Boolean> known = Constants.truth(expr);
        if (known.isPresent()) {
            // CPython drops the test of a constant (while True:) and keeps only the jump it takes.
            if (known.get() == cond) {
                unit.at(expr.pos());
                seq.emitJump(Opcodes.JUMP, target);
            }
            return;
        }
        // Only a few kinds have a jump form; the rest is "value, then test", hence tests, not a visitor.
        if (expr instanceof Expr.Unary u && u.op() == UnaryOp.NOT) {
            jumpIf(u.operand(), !cond, target);
        } else if (expr instanceof Expr.BoolOp b) {
            boolOpJump(b, cond, target);
        } else if (expr instanceof Expr.IfExp i) {
            Label orElse = new Label("ifexp_else");
            Label end = new Label("ifexp_end");
            jumpIf(i.test(), false, orElse);
            jumpIf(i.body(), cond, target);
            seq.emitJump(Opcodes.JUMP, end);
            seq.place(orElse);
            jumpIf(i.orElse(), cond, target);
            seq.place(end);
        } else if (expr instanceof Expr.Compare c) {
            compareJump(c, cond, target);
        } else {
            compile(expr);
            unit.at(expr.pos());
            popJumpIf(false, cond, target);
        }
    }

    private void boolOpJump(Expr.BoolOp b, boolean cond, Label target) {
        boolean isOr = b.op() == BoolOpKind.OR;
        // Operands but the last jump where the whole expression is decided: for `or` when one is
        // true, for `and` when one is false. If that is not the outcome we jump on, skip past.
        Label decided = isOr == cond ? target : new Label("boolop_next");
        List<Expr> operands = b.operands();
        operands.subList(0, operands.size() - 1).forEach(o -> jumpIf(o, isOr, decided));
        jumpIf(operands.getLast(), cond, target);
        if (decided != target) {
            seq.place(decided);
        }
    }

    private void compareJump(Expr.Compare c, boolean cond, Label target) {
        if (c.ops().size() > 1) {
            compareChainJump(c, cond, target);
        } else if (isNoneTest(c)) {
            // CPython 3.13's peephole: LOAD_CONST None; IS_OP; POP_JUMP_IF_x -> POP_JUMP_IF_[NOT_]NONE.
            compile(c.left());
            unit.at(c.pos());
            boolean jumpOnNone = (c.ops().getFirst() == CompareOp.IS) == cond;
            seq.emitJump(jumpOnNone ? Opcodes.POP_JUMP_IF_NONE : Opcodes.POP_JUMP_IF_NOT_NONE, target);
        } else {
            compile(c.left());
            compile(c.comparators().getFirst());
            unit.at(c.pos());
            boolean exactBool = compareOp(c.ops().getFirst());
            popJumpIf(exactBool, cond, target);
        }
    }

    private static boolean isNoneTest(Expr.Compare c) {
        CompareOp op = c.ops().getFirst();
        return (op == CompareOp.IS || op == CompareOp.IS_NOT) && c.comparators().getFirst() instanceof Expr.NoneLit;
    }

    /**
     * The conditional jumps take exact bools only. IS_OP and CONTAINS_OP make one; anything else goes
     * through TO_BOOL first, COMPARE_OP included, because bytecodes.def's COMPARE_OP has no
     * "result to bool" oparg bit (CPython 3.13's bit 16) and its generic path returns any object.
     */
    private void popJumpIf(boolean exactBool, boolean cond, Label target) {
        if (!exactBool) {
            seq.emit(Opcodes.TO_BOOL);
        }
        seq.emitJump(cond ? Opcodes.POP_JUMP_IF_TRUE : Opcodes.POP_JUMP_IF_FALSE, target);
    }

    /** compiler_jump_if for a chain: each link but the last jumps to a cleanup that pops the kept operand. */
    private void compareChainJump(Expr.Compare c, boolean cond, Label target) {
        Label cleanup = new Label("chain_cleanup");
        compile(c.left());
        int n = c.ops().size() - 1;
        for (int i = 0; i < n; i++) {
            compile(c.comparators().get(i));
            unit.at(c.pos());
            seq.emit(Opcodes.SWAP, 2);
            seq.emit(Opcodes.COPY, 2);
            popJumpIf(compareOp(c.ops().get(i)), false, cleanup);
        }
        compile(c.comparators().get(n));
        unit.at(c.pos());
        popJumpIf(compareOp(c.ops().get(n)), cond, target);
        Label end = new Label("chain_end");
        seq.emitJump(Opcodes.JUMP, end);
        seq.place(cleanup);
        seq.emit(Opcodes.POP_TOP);
        if (!cond) {
            seq.emitJump(Opcodes.JUMP, target);
        }
        seq.place(end);
    }

    @Override
    public Void visitSubscript(Expr.Subscript s) {
        compile(s.value());
        if (s.index() instanceof Expr.Slice slice && slice.step().isEmpty()) {
            slice(slice);
            unit.at(s.pos());
            seq.emit(Opcodes.BINARY_SLICE);
            return null;
        }
        compile(s.index());
        unit.at(s.pos());
        seq.emit(Opcodes.BINARY_SUBSCR);
        return null;
    }

    /** Pushes a slice's bounds (None for missing ones); returns how many: 2, or 3 with a step. */
    int slice(Expr.Slice s) {
        bound(s.lower());
        bound(s.upper());
        if (s.step().isEmpty()) {
            return 2;
        }
        compile(s.step().get());
        return 3;
    }

    private void bound(Optional<Expr> bound) {
        if (bound.isPresent()) {
            compile(bound.get());
        } else {
            unit.loadConst(CodeUnit.NONE);
        }
    }

    /**
     * CPython 3.13's call sequence: callable, self_or_null, arguments, then CALL argc, or CALL_KW
     * with the keyword names as a constant tuple on top (its oparg counts keyword values too).
     */
    @Override
    public Void visitCall(Expr.Call c) {
        if (c.callee() instanceof Expr.Attribute a) {
            compile(a.value());
            unit.at(a.pos());
            names.loadAttr(a.name(), true);
        } else if (c.callee() instanceof Expr.Name n) {
            unit.at(n.pos());
            names.loadCallable(n.id());
        } else {
            compile(c.callee());
            seq.emit(Opcodes.PUSH_NULL);
        }
        c.args().forEach(this::compile);
        c.keywords().forEach(k -> compile(k.value()));
        unit.at(c.pos());
        int argc = count(c.args().size() + c.keywords().size(), "call arguments");
        if (c.keywords().isEmpty()) {
            seq.emit(Opcodes.CALL, argc);
        } else {
            List<Constant> kwnames = c.keywords().stream()
                    .map(k -> (Constant) new Constant.StrConst(k.name())).toList();
            unit.loadConst(new Constant.TupleConst(kwnames));
            seq.emit(Opcodes.CALL_KW, argc);
        }
        return null;
    }
}
