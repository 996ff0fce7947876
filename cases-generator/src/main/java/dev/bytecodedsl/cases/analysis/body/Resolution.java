package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the type checker resolved each name, call and assignment target of one body to. The flow
 * checkers work on this instead of on names, so sibling blocks' locals with the same name stay
 * distinct variables, and anything that did not resolve (already reported) is simply skipped.
 * Keyed by node identity: AST records compare by value, but each node is its own occurrence.
 */
final class Resolution {

    private final Map<Expr.Name, Symbol> names;
    private final Map<Expr.Call, Callee> calls;
    private final List<Expr.Call> callsInOrder;
    private final Map<Stmt.Assign, Symbol> targets;
    private final Map<Stmt.LocalDecl, Symbol.Local> locals;

    private Resolution(Builder builder) {
        this.names = Collections.unmodifiableMap(new IdentityHashMap<>(builder.names));
        this.calls = Collections.unmodifiableMap(new IdentityHashMap<>(builder.calls));
        this.callsInOrder = List.copyOf(builder.callsInOrder);
        this.targets = Collections.unmodifiableMap(new IdentityHashMap<>(builder.targets));
        this.locals = Collections.unmodifiableMap(new IdentityHashMap<>(builder.locals));
    }

    Optional<Symbol> symbol(Expr.Name name) {
        return Optional.ofNullable(names.get(name));
    }

    Optional<Callee> callee(Expr.Call call) {
        return Optional.ofNullable(calls.get(call));
    }

    /** The resolved calls in source order, so checks over them report top to bottom. */
    List<Expr.Call> calls() {
        return callsInOrder;
    }

    Optional<Symbol> target(Stmt.Assign assign) {
        return Optional.ofNullable(targets.get(assign));
    }

    Optional<Symbol.Local> local(Stmt.LocalDecl decl) {
        return Optional.ofNullable(locals.get(decl));
    }

    static final class Builder {
        private final Map<Expr.Name, Symbol> names = new IdentityHashMap<>();
        private final Map<Expr.Call, Callee> calls = new IdentityHashMap<>();
        private final List<Expr.Call> callsInOrder = new ArrayList<>();
        private final Map<Stmt.Assign, Symbol> targets = new IdentityHashMap<>();
        private final Map<Stmt.LocalDecl, Symbol.Local> locals = new IdentityHashMap<>();

        void name(Expr.Name name, Symbol symbol) {
            names.put(name, symbol);
        }

        void call(Expr.Call call, Callee callee) {
            calls.put(call, callee);
            callsInOrder.add(call);
        }

        void target(Stmt.Assign assign, Symbol symbol) {
            targets.put(assign, symbol);
        }

        void local(Stmt.LocalDecl decl, Symbol.Local local) {
            locals.put(decl, local);
        }

        Resolution build() {
            return new Resolution(this);
        }
    }
}
