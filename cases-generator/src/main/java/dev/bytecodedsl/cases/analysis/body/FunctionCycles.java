package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.Expr;
import dev.bytecodedsl.grammar.ast.Statements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The calls between functions, built once per run, to find recursion (direct or through others). */
final class FunctionCycles {

    /** Function name to the functions its body calls directly, in source order. */
    private final Map<String, Set<String>> callees = new HashMap<>();

    FunctionCycles(Declarations declarations) {
        for (Definition.FunctionDef function : declarations.functions().values()) {
            Set<String> called = new LinkedHashSet<>();
            for (Expr.Call call : Statements.calls(function.body())) {
                if (declarations.functions().containsKey(call.callee())) {
                    called.add(call.callee());
                }
            }
            callees.put(function.name(), called);
        }
    }

    /**
     * When {@code caller} calls {@code callee} and {@code callee} leads back to {@code caller}: the
     * cycle in words, e.g. {@code 'f' calls 'g', which calls 'f'}; empty when there is no cycle.
     */
    Optional<String> path(String callee, String caller) {
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>(List.of(callee));
        reachedFrom.put(callee, caller);
        while (!pending.isEmpty()) {
            String next = pending.poll();
            if (next.equals(caller)) {
                return Optional.of(describe(caller, reachedFrom));
            }
            for (String called : callees.getOrDefault(next, Set.of())) {
                if (reachedFrom.putIfAbsent(called, next) == null) {
                    pending.add(called);
                }
            }
        }
        return Optional.empty();
    }

    private static String describe(String caller, Map<String, String> reachedFrom) {
        List<String> chain = new ArrayList<>(List.of(caller));
        String at = reachedFrom.get(caller);
        while (!at.equals(caller)) {
            chain.add(at);
            at = reachedFrom.get(at);
        }
        chain.add(caller);
        Collections.reverse(chain);
        // chain: caller, ..., caller
        if (chain.size() == 2) {
            return "'" + caller + "' calls itself";
        }
        StringBuilder out = new StringBuilder("'" + chain.get(0) + "' calls '" + chain.get(1) + "'");
        for (String name : chain.subList(2, chain.size())) {
            out.append(", which calls '").append(name).append("'");
        }
        return out.toString();
    }
}
