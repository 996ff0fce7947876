package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.lower.SpecialStatements;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The DSL's {@code func}s as C for the stencils' prelude: {@code static inline} and always inlined
 * (the analyzer rejects recursion), so the uop's machine code runs them with no call at all, and a
 * stencil's object has one function, as the extractor expects. A function that uses the VM gets the
 * JIT state first, for the heap words ({@link CallEffects#usesVm}); the others are plain arithmetic.
 */
public final class CFunctions {

    /** One function: its prototype (declared before every definition, so order does not matter) and its definition. */
    public record LoweredFunction(String name, String prototype, String definition) {}

    private CFunctions() {}

    public static List<LoweredFunction> lower(Declarations declarations) {
        List<LoweredFunction> lowered = new ArrayList<>();
        for (Definition.FunctionDef function : declarations.functions().values()) {
            lowered.add(lower(declarations, function));
        }
        return lowered;
    }

    private static LoweredFunction lower(Declarations declarations, Definition.FunctionDef function) {
        String name = CNames.check(function.name(), function.pos(), "function");
        boolean usesVm = CallEffects.usesVm(declarations, function.name());
        List<String> params = new ArrayList<>();
        if (usesVm) {
            params.add("JitState *" + CBodyNames.STATE);
        }
        for (Definition.Param param : function.params()) {
            params.add(CTypes.declaration(param.type(), CNames.check(param.name(), param.pos(), "parameter")));
        }
        String prototype = "static inline __attribute__((always_inline)) "
                + CTypes.declaration(function.returnType(), name)
                + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")";
        String subject = "func " + function.name();
        CWriter out = new CWriter();
        out.line("// " + DslReferences.of(function));
        out.open(prototype);
        new CStatements(declarations, CBodyNames.of(declarations), new FunctionStatements(subject), subject)
                .statements(out, function.body().statements());
        out.close();
        return new LoweredFunction(name, prototype, out.toString());
    }

    /**
     * The analyzer allows no special statement in a function; its escaping calls need no state
     * saving of their own, because the statement calling the function saved it ({@code JIT_SAVE_STATE}).
     */
    private record FunctionStatements(String subject) implements SpecialStatements<CWriter> {
        @Override
        public void conditionalExit(CWriter out, Stmt.ExitKind kind, String condition) {
            throw unsupported(kind + "_IF");
        }

        @Override
        public void errorNoPop(CWriter out) {
            throw unsupported("ERROR_NO_POP");
        }

        @Override
        public void jumpBy(CWriter out, Stmt.JumpBy statement, String offset) {
            throw unsupported("JUMPBY");
        }

        @Override
        public void dispatchSameOparg(CWriter out, Stmt.DispatchSameOparg statement) {
            throw unsupported("DISPATCH_SAME_OPARG");
        }

        @Override
        public void dispatchExtendedOparg(CWriter out, Stmt.DispatchExtendedOparg statement) {
            throw unsupported("DISPATCH_EXTENDED_OPARG");
        }

        @Override
        public void checkEvalBreaker(CWriter out) {
            throw unsupported("CHECK_EVAL_BREAKER");
        }

        @Override
        public void gotoLabel(CWriter out, String label) {
            throw unsupported("goto");
        }

        @Override
        public void reloadFrame(CWriter out) {
            throw unsupported("RELOAD_FRAME");
        }

        @Override
        public void beforeEscapingCall(CWriter out) {
        }

        private IllegalStateException unsupported(String statement) {
            return new IllegalStateException(statement + " in " + subject);
        }
    }
}
