package dev.bytecodedsl.runtime.jit;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The native {@code JitState} struct of docs/jit-abi.md, one per interpreter: stencils store the
 * stack pointer, instruction offset and uop index there before they return or call an escaping
 * helper; the runtime fills in the eval-breaker word's address and the value stack's base.
 * Stack pointers cross the boundary as addresses; this class turns them into slot indexes.
 */
public final class JitState {
    static final long SP = 0;
    static final long IP = 8;
    static final long UOP_INDEX = 16;
    static final long EVAL_BREAKER = 24;
    static final long STACK_BASE = 32;
    static final long HEAP_WORDS = 40;
    static final long SIZE = 48;

    private final MemorySegment struct;
    private final long stackBase;

    /**
     * @param stack       the thread's value stack (slot 0 at its base)
     * @param evalBreaker the eval-breaker word, nonzero while pending
     * @param heapWords   the heap objects' native words (never moves)
     */
    public JitState(Arena arena, MemorySegment stack, MemorySegment evalBreaker, MemorySegment heapWords) {
        this.struct = arena.allocate(SIZE, 8);
        this.stackBase = stack.address();
        struct.set(ADDRESS, EVAL_BREAKER, evalBreaker);
        struct.set(JAVA_LONG, STACK_BASE, stackBase);
        struct.set(ADDRESS, HEAP_WORDS, heapWords);
    }

    public MemorySegment segment() {
        return struct;
    }

    /** The address of value-stack slot {@code slot}. */
    public long slotAddress(int slot) {
        return stackBase + ((long) slot << 3);
    }

    /** The slot index of a value-stack address. */
    public int slotOf(long address) {
        return (int) ((address - stackBase) >> 3);
    }

    /** The stack pointer the last stencil stored, as a slot index. */
    public int savedSp() {
        return slotOf(struct.get(JAVA_LONG, SP));
    }

    /** The trace position of the uop that left the trace. */
    public int uopIndex() {
        return (int) struct.get(JAVA_LONG, UOP_INDEX);
    }

    public int savedIp() {
        return (int) struct.get(JAVA_LONG, IP);
    }
}
