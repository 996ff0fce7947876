package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@code func}: its signature, its body (in the scope of the constants and its parameters,
 * with returns of the declared type on every path) and what a function may not do: touch the frame
 * (it has none: GETLOCAL, SETLOCAL, GETCONST, GETNAME), consume a value (steal), or call itself,
 * directly or through other functions (stencils inline every function into the uop).
 */
final class FunctionChecker {

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Map<String, Symbol> constantSymbols;
    private final FunctionCycles cycles;

    FunctionChecker(Declarations declarations, Diagnostics diagnostics, Map<String, Symbol> constantSymbols,
            FunctionCycles cycles) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.constantSymbols = constantSymbols;
        this.cycles = cycles;
    }

    void check(Definition.FunctionDef function) {
        String name = function.name();
        Optional<DslType> result =
                HelperChecker.result("function", name, function.pos(), function.returnType(), declarations, diagnostics);
        Scope scope = Scopes.constants(constantSymbols);
        Set<String> seen = new HashSet<>();
        for (Definition.Param param : function.params()) {
            parameter(function, param, seen).ifPresent(scope::declare);
        }
        scope.push();
        var context = new StatementChecker.FunctionContext(name, result);
        Resolution resolution =
                new StatementChecker(declarations, diagnostics, scope, Optional.of(context)).check(function.body());
        boolean returnsValue = result.isPresent() && !(result.get() instanceof DslType.Void);
        if (returnsValue && Reachability.completesNormally(function.body())) {
            diagnostics.error(function.pos(), "function '" + name + "' may end without returning a value"
                    + " (every path must end with 'return')");
        }
        for (Expr.Call call : resolution.calls()) {
            calls(function, call, resolution.callee(call).orElseThrow());
        }
    }

    private Optional<Symbol.Parameter> parameter(Definition.FunctionDef function, Definition.Param param, Set<String> seen) {
        String subject = "parameter '" + param.name() + "' of function '" + function.name() + "'";
        ReservedNames.check(param.name(), param.pos(), "parameter", diagnostics);
        if (!seen.add(param.name())) {
            diagnostics.error(param.pos(), subject + " is already defined");
            return Optional.empty();
        }
        // No shadowing, as for locals: the generated code reads a constant's name as the constant.
        Symbol constant = constantSymbols.get(param.name());
        if (constant != null) {
            diagnostics.error(param.pos(), subject + " is already defined (" + constant.describe(param.pos()) + ")");
            return Optional.empty();
        }
        if (param.steals()) {
            diagnostics.error(param.pos(), subject + " cannot steal: functions do not consume values");
        }
        Optional<DslType> type = DslType.of(param.type(), declarations, diagnostics);
        if (type.isPresent() && type.get() instanceof DslType.Void) {
            diagnostics.error(param.type().pos(), subject + " cannot have type void");
            type = Optional.empty();
        } else if (type.isPresent() && type.get() instanceof DslType.Array) {
            diagnostics.error(param.type().pos(), subject + " cannot be an array (stack arrays stay in their op)");
            type = Optional.empty();
        }
        return Optional.of(new Symbol.Parameter(param, type));
    }

    private void calls(Definition.FunctionDef function, Expr.Call call, Callee callee) {
        String subject = "function '" + function.name() + "'";
        switch (callee) {
            case Callee.Builtin b when b.intrinsic() == Intrinsic.NATIVE_CODE || b.intrinsic().machineCodeOnly() ->
                    diagnostics.error(call.pos(), subject + " cannot call " + b.name()
                            + ": functions are lowered once for every target (use it in an op, under if (native_code()))");
            case Callee.Builtin b when usesFrame(b.intrinsic()) -> diagnostics.error(call.pos(), subject
                    + " cannot call " + b.name() + ": functions have no frame (pass the value in)");
            case Callee.Builtin b -> { }
            case Callee.Helper h -> {
                for (int i = 0; i < Math.min(h.params().size(), call.args().size()); i++) {
                    if (h.params().get(i).steals()) {
                        diagnostics.error(call.args().get(i).start(), subject + " cannot pass a value to steal parameter '"
                                + h.params().get(i).name() + "' of '" + h.name() + "': functions do not consume values");
                    }
                }
            }
            case Callee.Function f -> cycles.path(f.name(), function.name()).ifPresent(path -> diagnostics.error(
                    call.pos(), "recursive call: " + path + "; functions may not be recursive"
                            + " (stencils inline them into the uop)"));
        }
    }

    private static boolean usesFrame(Intrinsic intrinsic) {
        return switch (intrinsic) {
            case GETLOCAL, SETLOCAL, GETCONST, GETNAME -> true;
            default -> false;
        };
    }
}
