package dev.bytecodedsl.runtime.vm;

import static dev.bytecodedsl.generated.DslConstants.FRAMES_CALLER_OFFSET;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_CALLER_VERSION;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_DEPTH_LEFT;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_RECORDS;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_RECORD_COUNT;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_RECORD_MAX;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_ROOM;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_STACK_END;
import static dev.bytecodedsl.generated.DslConstants.FRAMES_VERSION;
import static dev.bytecodedsl.generated.DslConstants.NO_VERSION;
import static dev.bytecodedsl.generated.DslConstants.RECORD_CALLER_SP;
import static dev.bytecodedsl.generated.DslConstants.RECORD_CALL_OFFSET;
import static dev.bytecodedsl.generated.DslConstants.RECORD_FUNCTION;
import static dev.bytecodedsl.generated.DslConstants.RECORD_WORDS;
import static dev.bytecodedsl.generated.DslConstants.WORD_BYTES;

import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.VmWords;
import dev.bytecodedsl.runtime.value.Values;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The thread's chain of frames on the native {@link ValueStack}: pushing (inline calls and the
 * entry frames of nested interpreter invocations), popping, and the per-invocation result that
 * {@code entryFrameDone()}/{@code takeEntryResult()} report. It keeps the VM's words naming the
 * running frame's globals ({@link VmWords}) and the frame words ({@code FRAMES_*} of bytecodes.def):
 * every frame switch comes here, except those machine code makes on its own. Machine code pushes
 * and pops frames as native records there (bytecodes.def's {@code _PUSH_FRAME}); whenever Java is
 * about to look at the frames, the JIT calls {@link #syncNative}, which makes frames of them.
 */
final class Frames {
    /** CPython's default recursion limit: Python frames, the module's included. */
    static final int RECURSION_LIMIT = 1000;

    final ValueStack stack;
    private final VmWords vmWords;
    private final Heap heap;
    /** The frame words' address: native memory of an automatic arena, kept alive by {@link #frameWordsMemory}. */
    private final long frameWords;
    private final MemorySegment frameWordsMemory;
    private Frame current;
    /**
     * The current frame's depth and limit (0 without one), kept here so the check before every
     * inline call reads two fields instead of following the frame to its code object.
     */
    private int depth;
    private int top;
    private boolean entryDone;
    private long entryResult;

    Frames(ValueStack stack, VmWords vmWords, Heap heap) {
        this.stack = stack;
        this.vmWords = vmWords;
        this.heap = heap;
        this.frameWordsMemory = Arena.ofAuto().allocate((long) (FRAMES_RECORDS + FRAMES_RECORD_MAX * RECORD_WORDS) * WORD_BYTES, 8);
        this.frameWords = frameWordsMemory.address();
        setFrameWord(FRAMES_STACK_END, stack.segment().address() + (long) stack.capacity() * WORD_BYTES);
        vmWords.setFrameWords(frameWords);
        publishRoom();
    }

    Frame current() {
        return current;
    }

    /** Whether a frame of {@code code} fits: under the recursion limit and in the native stack. */
    boolean hasSpaceFor(RuntimeCode code) {
        return depth < RECURSION_LIMIT && (long) top + code.frameSize() <= stack.capacity();
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
        long version = function != Values.NULL && heap.get(function) instanceof PyFunction fn ? fn.version() : NO_VERSION;
        Frame f = new Frame(code, function, version, globals, namespace, current, top, depth + 1, entry);
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

    /**
     * What {@link #hasSpaceFor} decides, as the frame word bytecodes.def's frame_space_available
     * reads, and the depth left, which machine code counts down as it pushes frames itself.
     */
    private void publishRoom() {
        setFrameWord(FRAMES_ROOM, depth < RECURSION_LIMIT ? stack.capacity() - top : -1);
        setFrameWord(FRAMES_DEPTH_LEFT, RECURSION_LIMIT - depth);
    }

    /**
     * Makes frames of the records machine code pushed (bytecodes.def's {@code _PUSH_FRAME}), oldest
     * first, exactly as push_frame would have made them: the caller resumes after its CALL with the
     * call's inputs popped, the callee's locals are already bound (its arguments, then NULL). The
     * room words machine code left are the ones these pushes publish again.
     */
    void syncNative() {
        long count = frameWord(FRAMES_RECORD_COUNT);
        if (count == 0) {
            return;
        }
        for (int k = 0; k < count; k++) {
            long record = FRAMES_RECORDS + (long) k * RECORD_WORDS;
            long function = frameWord(record + RECORD_FUNCTION);
            int callOffset = (int) frameWord(record + RECORD_CALL_OFFSET);
            Frame caller = current;
            caller.instrIp = callOffset;
            caller.resumeIp = FunctionVersions.returnIp(caller.code.code(), callOffset);
            caller.sp = (int) ((frameWord(record + RECORD_CALLER_SP) - stack.segment().address()) / WORD_BYTES);
            PyFunction f = (PyFunction) heap.get(function);
            push(f.code(), function, f.globals(), null, false, f.code().localCount());
        }
        setFrameWord(FRAMES_RECORD_COUNT, 0);
    }

    private long frameWord(long index) {
        return NativeWords.word(frameWords, index * WORD_BYTES);
    }

    private void setFrameWord(long index, long value) {
        NativeWords.setWord(frameWords, index * WORD_BYTES, value);
    }

    /**
     * Makes {@code f} the running frame; publishes its globals and, for _CHECK_CALLER, its function's
     * version and the caller a return from it goes back to ({@link Frame#returnsTo}).
     */
    private void makeCurrent(Frame f) {
        if (f != null && (current == null || current.globals != f.globals)) {
            vmWords.setGlobals(f.globals.dictValue());
        }
        current = f;
        if (f != null) {
            Frame caller = f.returnsTo();
            setFrameWord(FRAMES_VERSION, f.version);
            setFrameWord(FRAMES_CALLER_VERSION, caller == null ? NO_VERSION : caller.version);
            setFrameWord(FRAMES_CALLER_OFFSET, caller == null ? -1 : caller.instrIp);
        }
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
