package dev.bytecodedsl.runtime.object;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bytecodedsl.runtime.os.NativeMemory;
import java.lang.foreign.MemorySegment;

/**
 * The heap objects' native words (bytecodes.def's {@code heap_type}/{@code heap_word}): four 64-bit
 * words per handle at byte offset {@code handle * 4} (handles are {@code (index + 1) << 3}, so row 0
 * belongs to NULL and stays zero). Word 0 is the object's type tag; words 1..3 hold what a type
 * publishes there (a float's bits, a range iterator's state). Instruction bodies, and the JIT's
 * machine code through {@code JitState.heap_words}, read them without calling into Java.
 *
 * <p>The table never moves, so the interpreters and native code may keep its address: it is
 * reserved address space whose pages the kernel commits as handles first use them. Its size is what
 * the process may reserve: 2^28 rows (8 GiB of address space, more objects than a default Java heap
 * holds) unless {@code ulimit -v} allows less (see {@link NativeMemory#reserveUpTo}), at least 2^20.
 */
public final class HeapWords {
    public static final int WORDS_PER_OBJECT = 4;
    private static final long ROW_BYTES = WORDS_PER_OBJECT * 8L;
    private static final long MAX_ROWS = 1L << 28;
    private static final long MIN_ROWS = 1L << 20;

    private final MemorySegment words;
    private final int capacity;

    HeapWords() {
        this(MAX_ROWS);
    }

    /** A table of at most {@code maxRows} rows (a power of two, at least 2^20). */
    HeapWords(long maxRows) {
        words = NativeMemory.reserveUpTo(ROW_BYTES * maxRows, ROW_BYTES * MIN_ROWS);
        // row 0 belongs to NULL
        capacity = (int) (words.byteSize() / ROW_BYTES - 1);
    }

    /** How many objects the table has rows for (the heap's hard limit). */
    int capacity() {
        return capacity;
    }

    public MemorySegment segment() {
        return words;
    }

    public long get(long handle, long word) {
        return words.get(JAVA_LONG, offset(handle, word));
    }

    public void set(long handle, long word, long value) {
        words.set(JAVA_LONG, offset(handle, word), value);
    }

    /** A freed handle's row reads as TYPE_OTHER with no payload until the slot is reused. */
    void clear(long handle) {
        words.asSlice(offset(handle, 0), ROW_BYTES).fill((byte) 0);
    }

    private static long offset(long handle, long word) {
        return (handle << 2) + (word << 3);
    }
}
