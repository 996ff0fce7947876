package dev.bytecodedsl.analysis;

import dev.bytecodedsl.ast.StackEffect;

/**
 * An inline-cache entry of an op with its offset in code units from the start of the op's own
 * cache area (in an instruction, add the op's offset from {@link Instruction.Part}).
 */
public record CacheSlot(StackEffect.CacheEntry entry, int offset) {

    public String name() {
        return entry.name();
    }

    public int size() {
        return entry.size();
    }
}
