package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code if (native_code()) { A } else { B }} is decided when a body is lowered: A becomes the
 * JIT's stencil, B the interpreters' Java (the generators' {@code StatementLowering}). So
 * {@code native_code()} may only be such an if's whole condition, and the intrinsics that exist only
 * in machine code ({@link Intrinsic#machineCodeOnly()}) only in its then branch.
 */
public final class NativeCodeChecker {

    private NativeCodeChecker() {}

    /** An op or inst body; {@code subject} names it in messages. */
    static void check(Stmt body, String subject, Diagnostics diagnostics) {
        Set<Expr.Call> conditions = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Expr.Call> inNativeBranch = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stmt statement : Statements.all(body)) {
            if (statement instanceof Stmt.If i && isCondition(i.condition())) {
                conditions.add((Expr.Call) i.condition());
                inNativeBranch.addAll(Statements.calls(i.then()));
            }
        }
        for (Expr.Call call : Statements.calls(body)) {
            Intrinsic intrinsic = Intrinsic.bySpelling(call.callee()).orElse(null);
            if (intrinsic == Intrinsic.NATIVE_CODE && !conditions.contains(call)) {
                diagnostics.error(call.pos(), subject + ": native_code() is allowed only as the whole condition of an if"
                        + " (each target lowers one of its branches)");
            } else if (intrinsic != null && intrinsic.machineCodeOnly() && !inNativeBranch.contains(call)) {
                diagnostics.error(call.pos(), subject + ": " + intrinsic.spelling()
                        + " exists only in machine code: call it in the then branch of if (native_code())");
            }
        }
    }

    /** Whether {@code condition} is exactly {@code native_code()}, the form each target lowers to one branch. */
    public static boolean isCondition(Expr condition) {
        return condition instanceof Expr.Call call && call.callee().equals(Intrinsic.NATIVE_CODE.spelling());
    }
}
