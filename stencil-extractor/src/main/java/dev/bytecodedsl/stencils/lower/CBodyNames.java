package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.cases.analysis.CallEffects;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.cases.generate.lower.BodyNames;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What names mean in a stencil's C, in uop and function bodies alike: locals, stack items and
 * parameters are C variables of the same name, intrinsics are the prelude's inline code, functions
 * are {@code static inline} C functions (given the JIT state when they use the VM), helpers are calls through {@code JIT_CALL}
 * (a HELPER hole).
 */
final class CBodyNames {

    /** The JIT state parameter of every stencil function, passed on to the DSL's functions. */
    static final String STATE = "__state";

    private CBodyNames() {}

    static BodyNames of(Declarations declarations) {
        return new BodyNames() {
            @Override
            public String name(Expr.Name name) {
                return name.name();
            }

            @Override
            public String call(Expr.Call call, List<String> args) {
                Optional<Intrinsic> intrinsic = Intrinsic.bySpelling(call.callee());
                if (intrinsic.isPresent()) {
                    return CIntrinsics.lower(intrinsic.get(), args);
                }
                if (declarations.functions().containsKey(call.callee())) {
                    List<String> all = new ArrayList<>();
                    if (CallEffects.usesVm(declarations, call.callee())) {
                        all.add(STATE);
                    }
                    all.addAll(args);
                    return CNames.check(call.callee(), call.pos(), "function") + "(" + String.join(", ", all) + ")";
                }
                return "JIT_CALL(" + CNames.check(call.callee(), call.pos(), "helper") + ")(" + String.join(", ", args) + ")";
            }

            @Override
            public String element(Expr array, String index) {
                return name((Expr.Name) array) + "[" + index + "]";
            }

            @Override
            public String storeElement(String array, String index, String value) {
                return array + "[" + index + "] = " + value;
            }
        };
    }
}
