package dev.bytecodedsl.kit;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * The 64-bit words the generated interpreters read and write on every instruction: value-stack
 * slots and heap objects' native words, by address.
 *
 * <p>Why addresses and not the stack's own {@link MemorySegment}: a segment held in a field is not
 * a constant to HotSpot's JIT, so every access kept its liveness, bounds and alignment checks
 * (measured: 8-19% of tier 1's time on the benchmark programs). Through one constant segment over
 * all memory, the scope is known to be global, the bounds check compares with a constant, and the
 * unaligned layout has no alignment check to make; what remains is the load or store.
 *
 * <p>The price is that these accesses are not bounds checked: a wrong slot is a crash, not an
 * exception. The generated code only reaches slots the analyzer proved in the frame (stack
 * effects are static), and a VM pushes a frame only after checking that it fits in its stack
 * ({@link FrameContext}); handles come from the VM's heap.
 */
public final class NativeWords {
    /** All of the address space, with the global scope: the one segment every access goes through. */
    private static final MemorySegment MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private NativeWords() {}

    /** Slot {@code index} of the word array at {@code base} (a value stack's slot 0). */
    public static long slot(long base, int index) {
        return MEMORY.get(JAVA_LONG_UNALIGNED, base + ((long) index << 3));
    }

    public static void setSlot(long base, int index, long value) {
        MEMORY.set(JAVA_LONG_UNALIGNED, base + ((long) index << 3), value);
    }

    /**
     * Slot {@code index} of a stack held as a segment (a generated abstract interpreter's frame of
     * symbols, on the Java heap), so that generated code spells every stack access the same way.
     */
    public static long slot(MemorySegment stack, int index) {
        return stack.getAtIndex(JAVA_LONG, index);
    }

    public static void setSlot(MemorySegment stack, int index, long value) {
        stack.setAtIndex(JAVA_LONG, index, value);
    }

    /** The word at byte offset {@code offset} from {@code base} (a heap object's native words). */
    public static long word(long base, long offset) {
        return MEMORY.get(JAVA_LONG_UNALIGNED, base + offset);
    }

    public static void setWord(long base, long offset, long value) {
        MEMORY.set(JAVA_LONG_UNALIGNED, base + offset, value);
    }

    /** Copies {@code source[from, from + count)} to slots {@code index, ...} of the word array at {@code base}. */
    public static void copyIn(long[] source, int from, long base, int index, int count) {
        MemorySegment.copy(source, from, MEMORY, JAVA_LONG_UNALIGNED, base + ((long) index << 3), count);
    }

    /** Copies {@code count} slots from {@code index} of the word array at {@code base} to {@code target[to, ...)}. */
    public static void copyOut(long base, int index, long[] target, int to, int count) {
        MemorySegment.copy(MEMORY, JAVA_LONG_UNALIGNED, base + ((long) index << 3), target, to, count);
    }

    /** Moves {@code count} slots of the word array at {@code base} from {@code from} to {@code to}; they may overlap. */
    public static void move(long base, int from, int to, int count) {
        MemorySegment.copy(MEMORY, base + ((long) from << 3), MEMORY, base + ((long) to << 3), (long) count << 3);
    }
}
