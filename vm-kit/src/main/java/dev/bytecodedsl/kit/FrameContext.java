package dev.bytecodedsl.kit;

import java.lang.foreign.MemorySegment;

/**
 * The frame and register contract between generated interpreters (and compiled traces) and the VM
 * running them: the running frame, where to resume after a helper switched frames, statistics and
 * the eval breaker. It is the same for every DSL, so it is written once here; a VM's generated
 * {@code InterpreterContext} extends it with the DSL's helpers.
 *
 * <p>Frames live in one native value stack of 64-bit words: a frame's locals start at
 * {@link #framePointer()}, its value stack follows them, and stack pointers are absolute slot
 * indices (one past the top item). Code units are {@code opcode | oparg << 8}, each instruction
 * followed by its inline-cache units; specialization rewrites them in place.
 *
 * <p>Before every call to an escaping helper the interpreter calls {@link #saveState}; after a
 * helper that may have switched frames (a {@code goto} to a label, an unwound error) it asks
 * {@link #entryFrameDone()} and otherwise reloads everything from this interface.
 */
public interface FrameContext {
    /** The native value stack shared by all frames of the thread. */
    MemorySegment stack();

    /**
     * The heap objects' native words (heap_type, heap_word): four per handle, at byte offset
     * handle * 4; never moves. {@link MemorySegment#NULL} for a VM whose DSL does not use them.
     */
    MemorySegment heapWords();

    /** Slot index of local 0 of the current frame. */
    int framePointer();

    /** The current code object's code units (mutable: quickening rewrites them). */
    char[] code();

    /** The current code object's constants ({@code GETCONST}). */
    long[] consts();

    /** The current code object's names as Values ({@code GETNAME}). */
    long[] names();

    /** The code unit where the current frame resumes. */
    int resumeIp();

    /** The stack pointer the current frame resumes with. */
    int resumeSp();

    /**
     * Records the running instruction before an escaping helper: its first code unit, the code unit
     * after its inline cache, and the stack pointer (its inputs still on the stack).
     */
    void saveState(int instrIp, int nextIp, int sp);

    /** Whether to count executions and misses; read once per interpreter invocation. */
    boolean statsEnabled();

    /** One execution of an instruction. */
    void countExecution(int opcode);

    /** A specialized instruction whose guard failed fell back to its generic form. */
    void countMiss(int opcode);

    /**
     * Whether something asked to interrupt execution (collection, signal, tier-up); checked at
     * CHECK_EVAL_BREAKER points, after the instruction finished.
     */
    boolean evalBreakerPending();

    /** Handles what evalBreakerPending announced, with the state saved; false when that raised (an error is then pending). */
    boolean handleEvalBreaker();

    /** Whether the frame this interpreter invocation started with has returned or unwound. */
    boolean entryFrameDone();

    /** The entry frame's return value, or NULL (0) with an error pending. */
    long takeEntryResult();

    /**
     * Machine code may push and pop frames that only native words know of (a DSL's
     * {@code if (native_code())} path): makes the VM's own frames match them. The JIT calls it
     * whenever Java is about to look at the frame: first in every helper upcall, and when a trace
     * returns (docs/jit-abi.md, "Frames machine code pushed"). By default the VM keeps no frames
     * natively, and there is nothing to do.
     */
    default void syncNativeFrames() {}
}
