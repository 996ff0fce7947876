package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.Annotation;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.diagnostics.Diagnostics;

/**
 * A {@code pure} op may be folded by the optimizer, which evaluates its body on constants; that is
 * only sound if the body cannot run arbitrary code or change VM state.
 */
final class PurityChecker {

    private PurityChecker() {}

    static void check(Definition.InstructionDef def, Resolution resolution, Diagnostics diagnostics) {
        if (!def.has(Annotation.Kind.PURE)) {
            return;
        }
        String subject = "pure " + kindSpelling(def.kind()) + " '" + def.name() + "'";
        for (Expr.Call call : resolution.calls()) {
            Callee callee = resolution.callee(call).orElseThrow();
            if (callee.escaping()) {
                diagnostics.error(call.pos(), subject + " calls escaping helper '" + callee.name() + "'");
            } else if (callee.hasSideEffects()) {
                diagnostics.error(call.pos(), subject + " calls '" + callee.name() + "', which has side effects");
            }
        }
        for (Stmt statement : Statements.all(def.body())) {
            if (statement instanceof Stmt.Assign assign
                    && resolution.target(assign).orElse(null) instanceof Symbol.CacheEntry cache) {
                diagnostics.error(assign.pos(), subject + " writes cache entry '" + cache.name() + "'");
            }
            if (statement instanceof Stmt.ReloadFrame reload) {
                diagnostics.error(reload.pos(), subject + " uses RELOAD_FRAME: switching frames is a side effect");
            }
        }
    }

    private static String kindSpelling(Definition.InstructionDef.Kind kind) {
        return switch (kind) {
            case INST -> "inst";
            case OP -> "op";
        };
    }
}
