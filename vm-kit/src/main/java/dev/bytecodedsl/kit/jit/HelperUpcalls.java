package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.NativeWords;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The fixed half of a VM's helper upcalls: the generated {@code jit/JitHelpers} extends it with
 * one adapter per {@code extern} of its DSL (docs/jit-abi.md, "Helpers as the stencils call
 * them"). Here: reading the {@link JitState} the stencils wrote (a {@code Value[]} pointer as a slot
 * index, the saved {@code sp}/{@code ip} an escaping helper applies first), making upcall stubs, and
 * carrying a Java exception out of native code: it must not unwind through native frames, so an
 * adapter records it ({@link #fail}), returns zero, and the JIT rethrows it ({@link #takeFailure})
 * once the trace has returned.
 */
@SuppressWarnings("restricted") // upcall stubs: the point of this class
public abstract class HelperUpcalls {
    private final FrameContext frame;
    /**
     * The {@link JitState} struct's address: every escaping upcall reads and writes a few of its
     * words, by address ({@link NativeWords}) rather than through a segment whose liveness, bounds,
     * alignment and read-only checks HotSpot keeps (~2% of a call-heavy trace's time in profiles).
     * The struct lives as long as the interpreter these helpers serve.
     */
    private final long state;
    /**
     * Room kept for the way out of native code after a helper ran out of Java heap: the upcall
     * stub's own frames and the rethrow may allocate, and an exception there cannot be caught (the
     * JDK ends the process). {@link #fail} drops it; the next {@code HelperUpcalls} takes it again.
     */
    private static final int RESERVE_BYTES = 4 << 20;
    private static volatile byte[] reserve;
    private Throwable failure;
    /** Where the stubs made from now on count their calls; null: they count nothing. */
    private UpcallCounts counts;

    /** @param state the {@link JitState} struct the stencils write */
    protected HelperUpcalls(FrameContext frame, MemorySegment state) {
        this.frame = frame;
        this.state = state.reinterpret(JitState.SIZE).address();
        if (reserve == null) {
            reserve = new byte[RESERVE_BYTES];
        }
    }

    /**
     * A native entry point for the extern named {@code name}, bound to this context, valid while
     * {@code arena} lives (stencils' HELPER holes are patched with its address).
     */
    public abstract MemorySegment upcallStub(String name, Arena arena);

    /** The exception an adapter caught since the last call, or null; clears it. */
    public final Throwable takeFailure() {
        Throwable t = failure;
        failure = null;
        return t;
    }

    /** Records what an adapter caught (the latest one is rethrown). */
    protected final void fail(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            reserve = null;
        }
        failure = t;
    }

    /** A pointer into the value stack as the slot index the helpers take. */
    protected final int slot(long pointer) {
        return (int) ((pointer - NativeWords.word(state, JitState.STACK_BASE)) >> 3);
    }

    /** What the uop interpreter's {@code saveState(ip, ip, sp)} does, from what the stencil stored. */
    protected final void applySavedState() {
        int ip = (int) NativeWords.word(state, JitState.IP);
        frame.saveState(ip, ip, (int) ((NativeWords.word(state, JitState.SP) - NativeWords.word(state, JitState.STACK_BASE)) >> 3));
    }

    /**
     * First in every adapter: machine code may have pushed frames only native words know of
     * ({@link FrameContext#syncNativeFrames}), and the helper is about to look at the frame.
     */
    protected final void syncFrames() {
        frame.syncNativeFrames();
    }

    /**
     * After an escaping helper: stores the current frame's local 0 and stack pointer in the state,
     * where a stencil's RELOAD_FRAME reads them when the helper switched frames (no upcall of its own).
     */
    protected final void publishFrame() {
        long base = NativeWords.word(state, JitState.STACK_BASE);
        NativeWords.setWord(state, JitState.LOCALS, base + ((long) frame.framePointer() << 3));
        NativeWords.setWord(state, JitState.SP, base + ((long) frame.resumeSp() << 3));
    }

    /** From now on, the stubs made count each call in {@code counts} (statistics). */
    final void countInto(UpcallCounts counts) {
        this.counts = counts;
    }

    /**
     * An upcall stub for the extern {@code name}: this object's method {@code method}, found through
     * the subclass's {@code lookup}; {@code escaping} when the adapter applies the saved state first.
     */
    protected final MemorySegment stub(MethodHandles.Lookup lookup, String name, boolean escaping, String method,
                                       FunctionDescriptor descriptor, Arena arena) {
        MethodHandle adapter;
        try {
            adapter = lookup.findVirtual(getClass(), method, descriptor.toMethodType()).bindTo(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        if (counts != null) {
            adapter = counts.counting(name, escaping, adapter);
        }
        return Linker.nativeLinker().upcallStub(adapter, descriptor, arena);
    }
}
