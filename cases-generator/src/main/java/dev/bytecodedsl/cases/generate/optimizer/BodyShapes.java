package dev.bytecodedsl.cases.generate.optimizer;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.Flag;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.grammar.ast.AssignOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.List;
import java.util.Optional;

/**
 * What a uop body does, as far as the abstract interpreter cares: whether it only moves values
 * (then the body itself is its abstract case: moving symbols is moving values), whether it can be
 * folded on constant inputs by running it, and whether it writes locals.
 */
final class BodyShapes {

    private BodyShapes() {}

    /**
     * A body of plain moves between stack items and locals ({@code x = y;}, {@code x = GETLOCAL(i);},
     * {@code SETLOCAL(i, x);} with indices computed from oparg): LOAD_FAST, STORE_FAST, SWAP, COPY,
     * POP_TOP... Over symbols it means exactly what it means over values.
     */
    static boolean movesOnly(Op op) {
        return Statements.all(op.definition().body()).stream().allMatch(BodyShapes::isMove);
    }

    private static boolean isMove(Stmt statement) {
        return switch (statement) {
            case Stmt.Block b -> true;
            case Stmt.Assign a -> a.op() == AssignOp.ASSIGN && a.index().isEmpty() && isMovedValue(a.value());
            case Stmt.LocalDecl d -> isMovedValue(d.init());
            case Stmt.ExprStmt e -> e.expr() instanceof Expr.Call c && c.callee().equals(Intrinsic.SETLOCAL.spelling())
                    && isIndex(c.args().get(0)) && c.args().get(1) instanceof Expr.Name;
            default -> false;
        };
    }

    private static boolean isMovedValue(Expr value) {
        return value instanceof Expr.Name
                || value instanceof Expr.Call c && c.callee().equals(Intrinsic.GETLOCAL.spelling()) && isIndex(c.args().get(0));
    }

    /** An int expression of oparg and constants: no calls, so nothing that could read a value. */
    private static boolean isIndex(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> true;
            case Expr.Name n -> true;
            case Expr.Unary u -> isIndex(u.operand());
            case Expr.Binary b -> isIndex(b.left()) && isIndex(b.right());
            case Expr.Conditional c -> isIndex(c.condition()) && isIndex(c.ifTrue()) && isIndex(c.ifFalse());
            case Expr.Call c -> false;
            case Expr.Index i -> false;
            case Expr.FloatLit f -> false;
            case Expr.BoolLit b -> true;
        };
    }

    /**
     * A {@code pure} op that computes one value from its inputs with no helper and no frame access
     * (the int fast paths, comparisons, tests): running its body on constant inputs is folding it.
     * A call of a {@code func} counts as a helper: {@code DslFunctions} is the tier-1 generator's, which the
     * optimizer's output may be generated without.
     */
    static boolean foldable(Op op, Declarations declarations) {
        return op.flags().contains(Flag.PURE)
                && !op.inputs().isEmpty()
                && op.inputs().stream().allMatch(BodyShapes::isSingle)
                && op.outputs().size() == 1 && isSingle(op.outputs().getFirst())
                && Reachability.completesNormally(op.definition().body())
                && calls(op).stream().noneMatch(c -> declarations.helpers().containsKey(c.callee())
                        || declarations.functions().containsKey(c.callee())
                        || Intrinsic.bySpelling(c.callee()).map(BodyShapes::readsVmState).orElse(false));
    }

    private static boolean isSingle(Slot slot) {
        return !slot.item().isUnused() && !slot.item().isArray() && slot.item().condition().isEmpty();
    }

    /** Frame and heap reads: a constant symbol says nothing about what they would find at run time. */
    private static boolean readsVmState(Intrinsic intrinsic) {
        return switch (intrinsic) {
            case GETLOCAL, SETLOCAL, GETCONST, GETNAME, HEAP_TYPE, HEAP_WORD, SET_HEAP_WORD, LOAD_WORD, STORE_WORD,
                 LOCALS_ADDRESS, VALUES_ADDRESS, INSTRUCTION_OFFSET, SET_FRAME -> true;
            default -> false;
        };
    }

    /** Whether the body may write a local (its abstract default then forgets what locals held). */
    static boolean writesLocals(Op op) {
        return calls(op).stream().anyMatch(c -> c.callee().equals(Intrinsic.SETLOCAL.spelling()));
    }

    private static List<Expr.Call> calls(Op op) {
        return Statements.calls(op.definition().body());
    }

    static Optional<Slot> input(Op op, String name) {
        return op.inputs().stream().filter(s -> !s.item().isUnused() && s.name().equals(name)).findFirst();
    }
}
