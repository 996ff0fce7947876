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
final class ExpressionCompiler {

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
        switch (expr) {
            case Expr.Name n -> {
                unit.at(n.pos());
                names.load(n.id());
            }
            case Expr.IntLit i -> throw folded(expr);
            case Expr.FloatLit f -> throw folded(expr);
            case Expr.StrLit s -> throw folded(expr);
            case Expr.BoolLit b -> throw folded(expr);
            case Expr.NoneLit n -> throw folded(expr);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> {
                compile(b.left());
                compile(b.right());
                unit.at(b.pos());
                seq.emit(Opcodes.BINARY_OP, Operators.binaryOp(b.op()));
            }
            case Expr.IfExp i -> {
                Label orElse = new Label("ifexp_else");
                Label end = new Label("ifexp_end");
                jumpIf(i.test(), false, orElse);
                compile(i.body());
                seq.emitJump(Opcodes.JUMP, end);
                seq.place(orElse);
                compile(i.orElse());
                seq.place(end);
            }
            case Expr.BoolOp b -> boolOp(b);
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> {
                compile(a.value());
                unit.at(a.pos());
                names.loadAttr(a.name(), false);
            }
            case Expr.Subscript s -> subscript(s);
            case Expr.Slice s -> {
                int parts = slice(s);
                seq.emit(Opcodes.BUILD_SLICE, parts);
            }
            case Expr.ListDisplay l when l.elements().size() > BIG_DISPLAY -> appendEach(l);
            case Expr.ListDisplay l -> build(Opcodes.BUILD_LIST, l.pos(), l.elements(), "list display");
            case Expr.TupleDisplay t -> build(Opcodes.BUILD_TUPLE, t.pos(), t.elements(), "tuple display");
            case Expr.DictDisplay d -> {
                for (Expr.DictEntry e : d.entries()) {
                    compile(e.key());
                    compile(e.value());
                }
                unit.at(d.pos());
                seq.emit(Opcodes.BUILD_MAP, count(d.entries().size(), "dict display"));
            }
        }
    }

    private static IllegalStateException folded(Expr expr) {
        return new IllegalStateException("literal not folded to a constant: " + expr);
    }

    private void unary(Expr.Unary u) {
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
    private void boolOp(Expr.BoolOp b) {
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
    }

    /** CPython's compiler_compare: a chain keeps each middle operand under the result with SWAP/COPY. */
    private void compare(Expr.Compare c) {
        compile(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            compile(c.comparators().getFirst());
            unit.at(c.pos());
            compareOp(c.ops().getFirst());
            return;
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
        switch (expr) {
            case Expr.Unary u when u.op() == UnaryOp.NOT -> jumpIf(u.operand(), !cond, target);
            case Expr.BoolOp b -> {
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
            case Expr.IfExp i -> {
                Label orElse = new Label("ifexp_else");
                Label end = new Label("ifexp_end");
                jumpIf(i.test(), false, orElse);
                jumpIf(i.body(), cond, target);
                seq.emitJump(Opcodes.JUMP, end);
                seq.place(orElse);
                jumpIf(i.orElse(), cond, target);
                seq.place(end);
            }
            case Expr.Compare c when c.ops().size() > 1 -> compareChainJump(c, cond, target);
            case Expr.Compare c when isNoneTest(c) -> {
                // CPython 3.13's peephole: LOAD_CONST None; IS_OP; POP_JUMP_IF_x -> POP_JUMP_IF_[NOT_]NONE.
                compile(c.left());
                unit.at(c.pos());
                boolean jumpOnNone = (c.ops().getFirst() == CompareOp.IS) == cond;
                seq.emitJump(jumpOnNone ? Opcodes.POP_JUMP_IF_NONE : Opcodes.POP_JUMP_IF_NOT_NONE, target);
            }
            case Expr.Compare c -> {
                compile(c.left());
                compile(c.comparators().getFirst());
                unit.at(c.pos());
                boolean exactBool = compareOp(c.ops().getFirst());
                popJumpIf(exactBool, cond, target);
            }
            default -> {
                compile(expr);
                unit.at(expr.pos());
                popJumpIf(false, cond, target);
            }
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

    private void subscript(Expr.Subscript s) {
        compile(s.value());
        if (s.index() instanceof Expr.Slice slice && slice.step().isEmpty()) {
            slice(slice);
            unit.at(s.pos());
            seq.emit(Opcodes.BINARY_SLICE);
            return;
        }
        compile(s.index());
        unit.at(s.pos());
        seq.emit(Opcodes.BINARY_SUBSCR);
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
    private void call(Expr.Call c) {
        switch (c.callee()) {
            case Expr.Attribute a -> {
                compile(a.value());
                unit.at(a.pos());
                names.loadAttr(a.name(), true);
            }
            case Expr.Name n -> {
                unit.at(n.pos());
                names.loadCallable(n.id());
            }
            default -> {
                compile(c.callee());
                seq.emit(Opcodes.PUSH_NULL);
            }
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
    }
}
