package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import java.util.List;
import java.util.Optional;

/**
 * What a call in a body refers to: a declared helper, a function with a body, or a built-in intrinsic. Types are optional
 * because a helper's declaration may name an unknown type; that is reported once by
 * {@link HelperChecker}, and calls then skip the checks that would need it.
 */
sealed interface Callee {

    String name();

    List<Param> params();

    Optional<DslType> result();

    /** May run arbitrary code; a {@code pure} op may not call it. */
    boolean escaping();

    /** Changes VM state without escaping (SETLOCAL); a {@code pure} op may not call it either. */
    boolean hasSideEffects();

    record Param(String name, Optional<DslType> type, boolean steals) {}

    record Helper(Definition.HelperDecl decl, List<Param> params, Optional<DslType> result) implements Callee {
        public Helper {
            params = List.copyOf(params);
        }

        @Override
        public String name() {
            return decl.name();
        }

        @Override
        public boolean escaping() {
            return decl.escaping();
        }

        @Override
        public boolean hasSideEffects() {
            return decl.escaping();
        }
    }

    /** A {@code func}: escaping or side-effecting when its body is, transitively ({@link CallEffects}). */
    record Function(Definition.FunctionDef def, List<Param> params, Optional<DslType> result, boolean escaping,
                    boolean hasSideEffects) implements Callee {
        public Function {
            params = List.copyOf(params);
        }

        @Override
        public String name() {
            return def.name();
        }
    }

    record Builtin(Intrinsic intrinsic) implements Callee {
        @Override
        public String name() {
            return intrinsic.spelling();
        }

        @Override
        public List<Param> params() {
            return intrinsic.params().stream()
                    .map(p -> new Param(p.name(), Optional.of(p.type()), p.steals()))
                    .toList();
        }

        @Override
        public Optional<DslType> result() {
            return Optional.of(intrinsic.result());
        }

        @Override
        public boolean escaping() {
            return false;
        }

        @Override
        public boolean hasSideEffects() {
            return !intrinsic.pure();
        }
    }

    /**
     * Intrinsics win over helpers: a helper reusing an intrinsic's name is an error anyway, and the
     * generators lower such a call as the intrinsic.
     */
    static Optional<Callee> lookup(String name, Declarations declarations) {
        Optional<Intrinsic> intrinsic = Intrinsic.bySpelling(name);
        if (intrinsic.isPresent()) {
            return Optional.of(new Builtin(intrinsic.get()));
        }
        Definition.FunctionDef function = declarations.functions().get(name);
        if (function != null) {
            return Optional.of(new Function(function, params(function.params(), declarations),
                    DslType.of(function.returnType(), declarations), CallEffects.escaping(declarations, name),
                    CallEffects.hasSideEffects(declarations, name)));
        }
        Definition.HelperDecl helper = declarations.helpers().get(name);
        if (helper == null) {
            return Optional.empty();
        }
        return Optional.of(new Helper(helper, params(helper.params(), declarations),
                DslType.of(helper.returnType(), declarations)));
    }

    private static List<Param> params(List<Definition.Param> params, Declarations declarations) {
        return params.stream().map(p -> new Param(p.name(), DslType.of(p.type(), declarations), p.steals())).toList();
    }
}
