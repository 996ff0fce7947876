package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.BinaryOp;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.cases.generate.lower.EscapingCalls;
import java.util.ArrayList;
import java.util.List;

/**
 * Java evaluates operands and arguments left to right; C leaves their order unspecified. Where it
 * could matter, an escaping helper (which may run arbitrary code) next to another helper call in
 * unsequenced operands, the C lowering refuses rather than risk a different order.
 */
final class EvaluationOrder {

    private EvaluationOrder() {}

    /** @param uop what is being lowered, for the message: {@code uop _NAME} or {@code func name} */
    static void check(Declarations declarations, Expr expr, String uop) {
        switch (expr) {
            case Expr.Call c -> {
                unsequenced(declarations, c.args(), c, uop);
                c.args().forEach(a -> check(declarations, a, uop));
            }
            case Expr.Binary b -> {
                if (b.op() != BinaryOp.AND && b.op() != BinaryOp.OR) { // && and || are sequenced
                    unsequenced(declarations, List.of(b.left(), b.right()), b, uop);
                }
                check(declarations, b.left(), uop);
                check(declarations, b.right(), uop);
            }
            case Expr.Index i -> {
                unsequenced(declarations, List.of(i.array(), i.index()), i, uop);
                check(declarations, i.index(), uop);
            }
            case Expr.Unary u -> check(declarations, u.operand(), uop);
            case Expr.Conditional c -> { // the condition is sequenced before the chosen branch
                check(declarations, c.condition(), uop);
                check(declarations, c.ifTrue(), uop);
                check(declarations, c.ifFalse(), uop);
            }
            case Expr.IntLit i -> { }
            case Expr.FloatLit f -> { }
            case Expr.BoolLit b -> { }
            case Expr.Name n -> { }
        }
    }

    private static void unsequenced(Declarations declarations, List<Expr> operands, Expr where, String uop) {
        List<Expr> calling = new ArrayList<>();
        for (Expr operand : operands) {
            if (callsHelper(declarations, operand)) {
                calling.add(operand);
            }
        }
        if (calling.size() > 1 && calling.stream().anyMatch(e -> EscapingCalls.in(declarations, e))) {
            throw new LoweringException(where.start(), uop + ": helper calls here would run in an order C does"
                    + " not specify (Java runs them left to right) and one of them is escaping; compute them in"
                    + " separate statements");
        }
    }

    private static boolean callsHelper(Declarations declarations, Expr expr) {
        return switch (expr) {
            case Expr.Call c -> CallEffects.callsHelper(declarations, c.callee())
                    || c.args().stream().anyMatch(a -> callsHelper(declarations, a));
            case Expr.Binary b -> callsHelper(declarations, b.left()) || callsHelper(declarations, b.right());
            case Expr.Index i -> callsHelper(declarations, i.array()) || callsHelper(declarations, i.index());
            case Expr.Unary u -> callsHelper(declarations, u.operand());
            case Expr.Conditional c -> callsHelper(declarations, c.condition()) || callsHelper(declarations, c.ifTrue())
                    || callsHelper(declarations, c.ifFalse());
            case Expr.IntLit i -> false;
            case Expr.FloatLit f -> false;
            case Expr.BoolLit b -> false;
            case Expr.Name n -> false;
        };
    }
}
