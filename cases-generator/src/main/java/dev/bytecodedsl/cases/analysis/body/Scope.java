package dev.bytecodedsl.cases.analysis.body;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Nested name levels: constants at the bottom, then the instruction's own names (oparg, stack items,
 * cache entries), then one level per block for locals. Lookups search innermost first.
 */
final class Scope {

    private final Deque<Map<String, Symbol>> levels = new ArrayDeque<>();

    Scope() {
        push();
    }

    /**
     * A scope whose bottom level is {@code shared} (never written: declarations go to a fresh level
     * above it), so the constants' level is built once per run, not once per body.
     */
    Scope(Map<String, Symbol> shared) {
        levels.push(shared);
        push();
    }

    void push() {
        levels.push(new HashMap<>());
    }

    void pop() {
        levels.pop();
    }

    /** Adds to the innermost level; an earlier symbol of the same name on that level is kept. */
    void declare(Symbol symbol) {
        levels.getFirst().putIfAbsent(symbol.name(), symbol);
    }

    Optional<Symbol> lookup(String name) {
        for (Map<String, Symbol> level : levels) {
            Symbol symbol = level.get(name);
            if (symbol != null) {
                return Optional.of(symbol);
            }
        }
        return Optional.empty();
    }
}
