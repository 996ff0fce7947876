package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * Types expressions against a scope, resolving names and calls as it goes. Every method returns
 * empty for "type unknown": the cause has been reported, and callers skip the checks that would only
 * repeat it.
 */
final class ExprTyper {

    /** Whether calls are allowed: constant initializers may use only literals, constants and operators. */
    enum Calls {
        ALLOWED,
        FORBIDDEN_IN_CONSTANT
    }

    private final Declarations declarations;
    private final Diagnostics diagnostics;
    private final Scope scope;
    private final Resolution.Builder resolution;
    private final Calls calls;

    ExprTyper(Declarations declarations, Diagnostics diagnostics, Scope scope, Resolution.Builder resolution, Calls calls) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.scope = scope;
        this.resolution = resolution;
        this.calls = calls;
    }

    /** The type of an expression whose value is used; a void call is an error here. */
    Optional<DslType> value(Expr expr) {
        Optional<DslType> type = type(expr);
        if (type.isPresent() && type.get() instanceof DslType.Void && expr instanceof Expr.Call call) {
            diagnostics.error(call.pos(), "'" + call.callee() + "' returns void and cannot be used as a value");
            return Optional.empty();
        }
        return type;
    }

    /** A condition of if/while/for/DEOPT_IF/EXIT_IF/ERROR_IF (or of {@code ?:}). */
    void condition(Expr expr) {
        value(expr).filter(t -> !t.equals(DslType.BOOL)).ifPresent(t ->
                diagnostics.error(expr.pos(), "condition must be bool, got " + t));
    }

    /** An expression that must be an int, e.g. the offset of JUMPBY; {@code what} names it. */
    void integer(Expr expr, String what) {
        value(expr).filter(t -> !t.equals(DslType.INT)).ifPresent(t ->
                diagnostics.error(expr.pos(), what + " must be int, got " + t));
    }

    /** A call evaluated as a statement, where a void result is fine. */
    void callStatement(Expr.Call call) {
        type(call);
    }

    private Optional<DslType> type(Expr expr) {
        return switch (expr) {
            case Expr.IntLit i -> Optional.of(DslType.INT);
            case Expr.FloatLit f -> Optional.of(DslType.DOUBLE);
            case Expr.BoolLit b -> Optional.of(DslType.BOOL);
            case Expr.Name n -> name(n);
            case Expr.Call c -> call(c);
            case Expr.Index i -> index(i);
            case Expr.Unary u -> value(u.operand()).flatMap(t -> {
                Optional<DslType> result = Operators.unary(u.op(), t);
                if (result.isEmpty()) {
                    diagnostics.error(u.pos(), Operators.unaryMismatch(u.op(), t));
                }
                return result;
            });
            case Expr.Binary b -> binary(b);
            case Expr.Conditional c -> conditional(c);
        };
    }

    private Optional<DslType> name(Expr.Name name) {
        Optional<Symbol> symbol = scope.lookup(name.name());
        if (symbol.isEmpty()) {
            diagnostics.error(name.pos(), "unknown identifier '" + name.name() + "'");
            return Optional.empty();
        }
        resolution.name(name, symbol.get());
        return symbol.get().type();
    }

    private Optional<DslType> call(Expr.Call call) {
        // Arguments are typed first, whatever happens to the call, so errors inside them are found too.
        List<Optional<DslType>> argTypes = call.args().stream().map(this::value).toList();
        if (calls == Calls.FORBIDDEN_IN_CONSTANT) {
            diagnostics.error(call.pos(), "a constant's value cannot call '" + call.callee() + "'");
            return Optional.empty();
        }
        Optional<Callee> found = Callee.lookup(call.callee(), declarations);
        if (found.isEmpty()) {
            diagnostics.error(call.pos(), "unknown function '" + call.callee() + "'");
            return Optional.empty();
        }
        Callee callee = found.get();
        resolution.call(call, callee);
        List<Callee.Param> params = callee.params();
        if (params.size() != argTypes.size()) {
            diagnostics.error(call.pos(), "'" + callee.name() + "' expects " + params.size()
                    + (params.size() == 1 ? " argument" : " arguments") + ", got " + argTypes.size());
            return callee.result();
        }
        for (int i = 0; i < params.size(); i++) {
            Optional<DslType> expected = params.get(i).type();
            Optional<DslType> actual = argTypes.get(i);
            if (expected.isPresent() && actual.isPresent() && !expected.get().equals(actual.get())) {
                diagnostics.error(call.args().get(i).pos(), "argument " + (i + 1) + " of '" + callee.name()
                        + "' must be " + expected.get() + ", got " + actual.get());
            }
        }
        return callee.result();
    }

    /** Only stack arrays exist as arrays in bodies, so only a name can be indexed. */
    private Optional<DslType> index(Expr.Index index) {
        integerIndex(index.index());
        if (!(index.array() instanceof Expr.Name array)) {
            type(index.array());
            diagnostics.error(index.array().pos(), "type error: only a stack array can be indexed");
            return Optional.empty();
        }
        return name(array).flatMap(t -> elementOf(t, array.name(), array.pos()));
    }

    /** The element type of a stack array named {@code array}; reports when it is not one. */
    Optional<DslType> elementOf(DslType type, String array, SourcePos pos) {
        if (type instanceof DslType.Array(DslType element)) {
            return Optional.of(element);
        }
        diagnostics.error(pos, "type error: '" + array + "' is not a stack array");
        return Optional.empty();
    }

    void integerIndex(Expr index) {
        value(index).filter(t -> !t.equals(DslType.INT)).ifPresent(t ->
                diagnostics.error(index.pos(), "type error: array index must be int, got " + t));
    }

    private Optional<DslType> binary(Expr.Binary binary) {
        Optional<DslType> left = value(binary.left());
        Optional<DslType> right = value(binary.right());
        if (left.isEmpty() || right.isEmpty()) {
            return Operators.binaryResultRegardless(binary.op());
        }
        Optional<DslType> result = Operators.binary(binary.op(), left.get(), right.get());
        if (result.isEmpty()) {
            diagnostics.error(binary.pos(), Operators.binaryMismatch(binary.op(), left.get(), right.get()));
            return Operators.binaryResultRegardless(binary.op());
        }
        return result;
    }

    static String operatorMismatch(String symbol, String requirement, DslType left, DslType right) {
        return "type error: operator '" + symbol + "' needs " + requirement + ", got " + left + " and " + right;
    }

    private Optional<DslType> conditional(Expr.Conditional conditional) {
        value(conditional.condition()).filter(t -> !t.equals(DslType.BOOL)).ifPresent(t ->
                diagnostics.error(conditional.condition().pos(), "condition of '?:' must be bool, got " + t));
        Optional<DslType> ifTrue = value(conditional.ifTrue());
        Optional<DslType> ifFalse = value(conditional.ifFalse());
        if (ifTrue.isEmpty() || ifFalse.isEmpty()) {
            return ifTrue.isEmpty() ? ifFalse : ifTrue;
        }
        if (!ifTrue.get().equals(ifFalse.get())) {
            diagnostics.error(conditional.ifFalse().pos(), "type error: branches of '?:' must have the same type, got "
                    + ifTrue.get() + " and " + ifFalse.get());
            return Optional.empty();
        }
        return ifTrue;
    }
}
