package dev.bytecodedsl.runtime.vm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.bytecodedsl.kit.NativeWords;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The eval breaker as one native word, the single source of truth for "something wants the
 * interpreter's attention": the interpreters ask {@link #pending()}, native traces read the word
 * through {@code JitState.eval_breaker}. The collector sets it when the heap crosses its
 * threshold (or always, in GC stress mode) and clears it after collecting; a SIGINT sets it from
 * the signal thread (see {@link Sigint}) together with the interrupt flag, which {@link #clear}
 * never loses. Native memory that lives as long as anything references this object.
 */
public final class EvalBreaker {
    private final MemorySegment word = Arena.ofAuto().allocate(JAVA_LONG);
    /**
     * The word's address: {@link #pending()}, asked at every call and loop back edge, reads it
     * unchecked (the segment's bounds and liveness checks cost more than the read); the segment
     * field keeps the memory alive as long as this object.
     */
    private final long address = word.address();
    /** Set by the signal thread, taken by the interpreter thread: a KeyboardInterrupt is due. */
    private volatile boolean interruptRequested;

    public boolean pending() {
        return NativeWords.word(address, 0) != 0;
    }

    void set() {
        word.set(JAVA_LONG, 0, 1L);
    }

    /** Clears the word, unless an interrupt arrived that has not been taken yet. */
    void clear() {
        word.set(JAVA_LONG, 0, 0L);
        if (interruptRequested) {
            set();
        }
    }

    /** From any thread: raise KeyboardInterrupt at the interpreter's next eval-breaker check. */
    void requestInterrupt() {
        interruptRequested = true;
        set();
    }

    /** Whether an interrupt was requested since the last call (and forgets it). */
    boolean takeInterrupt() {
        if (!interruptRequested) {
            return false;
        }
        interruptRequested = false;
        return true;
    }

    /** The word's address, for {@code JitState.eval_breaker}. */
    public MemorySegment word() {
        return word;
    }
}
