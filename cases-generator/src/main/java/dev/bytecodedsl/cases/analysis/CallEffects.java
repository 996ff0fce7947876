package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What calling a name may do, through {@code func} bodies: a function is escaping when it calls an
 * escaping helper, directly or through another function, so the caller saves the frame state before
 * the call and a {@code pure} op may not make it. Shared by the analyzer (flags, purity) and every
 * lowering (where state is saved, which functions a stencil needs), so they agree. Recursion is an
 * error the analyzer reports; the walks here stop at functions already seen.
 */
public final class CallEffects {

    private CallEffects() {}

    /** An escaping {@code extern}, or a function that calls one. */
    public static boolean escaping(Declarations declarations, String callee) {
        return reaches(declarations, callee, name -> {
            Definition.HelperDecl helper = declarations.helpers().get(name);
            return helper != null && helper.escaping();
        });
    }

    /** Escaping, or a function that changes VM state through an intrinsic ({@code set_heap_word}). */
    public static boolean hasSideEffects(Declarations declarations, String callee) {
        return escaping(declarations, callee) || reaches(declarations, callee,
                name -> Intrinsic.bySpelling(name).map(i -> !i.pure()).orElse(false));
    }

    /** An {@code extern}, or a function that calls one: a call of it may run runtime code. */
    public static boolean callsHelper(Declarations declarations, String callee) {
        return reaches(declarations, callee, declarations.helpers()::containsKey);
    }

    /**
     * Whether function {@code name} needs the VM: it calls a helper or reads or writes heap words (or
     * the word arrays they point to), directly or through other functions. Only such functions get the registers (Java) or the JIT
     * state (C); the others are plain arithmetic the optimizer may also fold.
     */
    public static boolean usesVm(Declarations declarations, String name) {
        return reaches(declarations, name, callee -> declarations.helpers().containsKey(callee)
                || Intrinsic.bySpelling(callee).map(CallEffects::readsHeap).orElse(false));
    }

    private static boolean readsHeap(Intrinsic intrinsic) {
        return switch (intrinsic) {
            case HEAP_TYPE, HEAP_WORD, SET_HEAP_WORD, LOAD_WORD, STORE_WORD -> true;
            default -> false;
        };
    }

    /** The functions {@code body} calls, directly or through other functions, in name order. */
    public static Set<String> functionsUsedBy(Declarations declarations, Stmt body) {
        Set<String> used = new TreeSet<>();
        Deque<Stmt> pending = new ArrayDeque<>();
        pending.push(body);
        while (!pending.isEmpty()) {
            for (Expr.Call call : Statements.calls(pending.pop())) {
                Definition.FunctionDef function = declarations.functions().get(call.callee());
                if (function != null && used.add(function.name())) {
                    pending.push(function.body());
                }
            }
        }
        return used;
    }

    /** Whether {@code callee} is a name {@code test} accepts, or a function whose body (transitively) calls one. */
    private static boolean reaches(Declarations declarations, String callee, Predicate<String> test) {
        if (test.test(callee)) {
            return true;
        }
        Definition.FunctionDef function = declarations.functions().get(callee);
        if (function == null) {
            return false;
        }
        Set<String> bodies = functionsUsedBy(declarations, function.body());
        bodies.add(callee);
        return bodies.stream()
                .flatMap(name -> Statements.calls(declarations.functions().get(name).body()).stream())
                .anyMatch(call -> test.test(call.callee()));
    }
}
