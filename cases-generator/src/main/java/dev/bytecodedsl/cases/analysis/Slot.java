package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.StackEffect;

/** A stack item with its size in slots: 1, an array size, or {@code cond ? 1 : 0}. */
public record Slot(StackEffect.StackItem item, StackSize size) {

    public String name() {
        return item.name();
    }
}
