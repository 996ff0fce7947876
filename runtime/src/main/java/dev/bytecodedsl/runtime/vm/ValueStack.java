package dev.bytecodedsl.runtime.vm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.os.NativeMemory;
import java.lang.foreign.MemorySegment;

/**
 * The thread's native value stack: 64-bit Value words, frames allocated contiguously (a frame's
 * locals, then its value stack). Native memory so the generated interpreter (and later the JIT)
 * reads frames without bounds-checked Java arrays; used by the thread running the program only.
 */
public final class ValueStack implements AutoCloseable {
    /** 1M slots (8 MiB): far more than 1000 frames of the subset's functions need. */
    public static final int DEFAULT_SLOTS = 1 << 20;

    private final MemorySegment segment;
    /** Slot 0's address: slots are read through {@link NativeWords}, as the generated interpreters do. */
    private final long base;
    private final int capacity;

    public ValueStack(int slots) {
        this.segment = NativeMemory.reserve(JAVA_LONG.byteSize() * slots);
        this.base = segment.address();
        this.capacity = slots;
    }

    public MemorySegment segment() {
        return segment;
    }

    public int capacity() {
        return capacity;
    }

    public long get(int slot) {
        return NativeWords.slot(base, slot);
    }

    public void set(int slot, long value) {
        NativeWords.setSlot(base, slot, value);
    }

    /** Sets slots [from, to) to NULL (unbound locals). A loop: a slice would allocate on every call. */
    public void clear(int from, int to) {
        for (int i = from; i < to; i++) {
            NativeWords.setSlot(base, i, 0L);
        }
    }

    @Override
    public void close() {
        NativeMemory.release(segment);
    }
}
