package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.object.VmWords;
import dev.bytecodedsl.runtime.value.Values;

/**
 * The thread's chain of frames on the native {@link ValueStack}: pushing (inline calls and the
 * entry frames of nested interpreter invocations), popping, and the per-invocation result that
 * {@code entryFrameDone()}/{@code takeEntryResult()} report. It keeps the VM's words naming the
 * running frame's globals ({@link VmWords}): every frame switch, a trace's included, comes here.
 */
final class Frames {
    /** CPython's default recursion limit: Python frames, the module's included. */
    static final int RECURSION_LIMIT = 1000;

    final ValueStack stack;
    private final VmWords vmWords;
    private Frame current;
    /**
     * The current frame's depth and limit (0 without one), kept here so the check before every
     * inline call reads two fields instead of following the frame to its code object.
     */
    private int depth;
    private int top;
    private boolean entryDone;
    private long entryResult;

    Frames(ValueStack stack, VmWords vmWords) {
        this.stack = stack;
        this.vmWords = vmWords;
        publishRoom();
    }

    Frame current() {
        return current;
    }

    /** Whether a frame of {@code code} fits: under the recursion limit and in the native stack. */
    boolean hasSpaceFor(RuntimeCode code) {
        return hasSpaceFor(code.frameSize());
    }

    /** Whether a frame of {@code frameSize} slots fits (a negative size never does). */
    boolean hasSpaceFor(long frameSize) {
        return depth < RECURSION_LIMIT && frameSize >= 0 && top + frameSize <= stack.capacity();
    }

    /** Pushes a frame (the caller checked {@link #hasSpaceFor}) with its locals unbound. */
    Frame push(RuntimeCode code, long function, Globals.Namespace globals, Globals.Namespace namespace,
               boolean entry) {
        return push(code, function, globals, namespace, entry, 0);
    }

    /**
     * Pushes a frame whose first {@code bound} locals the caller sets right away, so only the
     * others are cleared (unbound).
     */
    Frame push(RuntimeCode code, long function, Globals.Namespace globals, Globals.Namespace namespace,
               boolean entry, int bound) {
        Frame f = new Frame(code, function, globals, namespace, current, top, depth + 1, entry);
        stack.clear(top + bound, f.stackBase);
        makeCurrent(f);
        depth = f.depth;
        top = f.limit;
        publishRoom();
        return f;
    }

    /**
     * Pops the current frame. Returning from an invocation's entry frame ends that invocation with
     * {@code result} (NULL when it unwound); otherwise a non-NULL result is pushed on the caller.
     */
    void pop(long result) {
        Frame f = current;
        makeCurrent(f.previous);
        depth = f.depth - 1;
        top = f.fp;
        publishRoom();
        if (f.entry) {
            entryDone = true;
            entryResult = result;
        } else if (result != Values.NULL) {
            stack.set(current.sp++, result);
        }
    }

    /** What {@link #hasSpaceFor} decides, as the one VM word bytecodes.def's frame_space_available reads. */
    private void publishRoom() {
        vmWords.setFrameRoom(depth < RECURSION_LIMIT ? stack.capacity() - top : -1);
    }

    private void makeCurrent(Frame f) {
        if (f != null && (current == null || current.globals != f.globals)) {
            vmWords.setGlobals(f.globals.dictValue());
        }
        current = f;
    }

    /** Starts an invocation; returns the outer invocation's state to restore afterwards. */
    boolean beginInvocation() {
        boolean outer = entryDone;
        entryDone = false;
        return outer;
    }

    void endInvocation(boolean outer) {
        entryDone = outer;
    }

    boolean entryDone() {
        return entryDone;
    }

    long takeEntryResult() {
        long r = entryResult;
        entryResult = Values.NULL;
        return r;
    }
}
