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
    private boolean entryDone;
    private long entryResult;

    Frames(ValueStack stack, VmWords vmWords) {
        this.stack = stack;
        this.vmWords = vmWords;
    }

    Frame current() {
        return current;
    }

    /** Whether a frame of {@code code} fits: under the recursion limit and in the native stack. */
    boolean hasSpaceFor(RuntimeCode code) {
        int depth = current == null ? 0 : current.depth;
        int fp = current == null ? 0 : current.limit();
        return depth < RECURSION_LIMIT && (long) fp + code.frameSize() <= stack.capacity();
    }

    /** Pushes a frame (the caller checked {@link #hasSpaceFor}) with its locals unbound. */
    Frame push(RuntimeCode code, long function, Globals.Namespace globals, Globals.Namespace namespace,
               boolean entry) {
        int fp = current == null ? 0 : current.limit();
        Frame f = new Frame(code, function, globals, namespace, current, fp, entry);
        stack.clear(fp, fp + code.localCount());
        makeCurrent(f);
        return f;
    }

    /**
     * Pops the current frame. Returning from an invocation's entry frame ends that invocation with
     * {@code result} (NULL when it unwound); otherwise a non-NULL result is pushed on the caller.
     */
    void pop(long result) {
        Frame f = current;
        makeCurrent(f.previous);
        if (f.entry) {
            entryDone = true;
            entryResult = result;
        } else if (result != Values.NULL) {
            stack.set(current.sp++, result);
        }
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
