package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.StackEffect;

/**
 * An inline-cache entry of an op with its offset in code units from the start of the op's own
 * cache area (in an instruction, add the op's offset from {@link Instruction.Part}).
 *
 * @param written the body assigns the entry, so tier 1 writes it back into the code when the op
 *                completes (a branch history, say); a trace, which carries entries as constant
 *                operands, cannot run such an op
 */
public record CacheSlot(StackEffect.CacheEntry entry, int offset, boolean written) {

    public CacheSlot(StackEffect.CacheEntry entry, int offset) {
        this(entry, offset, false);
    }

    public CacheSlot asWritten() {
        return new CacheSlot(entry, offset, true);
    }

    public String name() {
        return entry.name();
    }

    public int size() {
        return entry.size();
    }
}
