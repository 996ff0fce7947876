package dev.bytecodedsl.kit;

/**
 * The generated interpreters' registers: the running frame as {@link FrameContext} describes it
 * (native stack, code, constants, names, frame, instruction and stack pointers), cached in fields
 * and reloaded after a helper may have switched frames. The same for every DSL, so it is written
 * once here; a VM's generated {@code Registers} extends it with the context typed as the DSL's
 * {@code InterpreterContext} (its helpers), which is all that is DSL-specific.
 *
 * <p>The fields are public because the generated interpreters, in the VM's package, read and write
 * them directly on the hot path (inherited fields cost the same as the subclass's own).
 */
public abstract class FrameRegisters {
    public final boolean stats;

    /** The native value stack's slot 0, by address ({@link NativeWords#slot(long, int)}). */
    public long stackBase;

    /** The heap objects' native words, by address ({@link NativeWords#word}); they never move. */
    public final long heapWordsBase;

    public char[] code;

    public long[] consts;

    public long[] names;

    public int fp;

    public int ip;

    public int sp;

    private final FrameContext frame;

    protected FrameRegisters(FrameContext frame) {
        this.frame = frame;
        this.stats = frame.statsEnabled();
        this.heapWordsBase = frame.heapWords().address();
        reload();
    }

    /** Reads the current frame's state from the context, after a helper may have switched frames. */
    public final void reload() {
        stackBase = frame.stack().address();
        code = frame.code();
        consts = frame.consts();
        names = frame.names();
        fp = frame.framePointer();
        ip = frame.resumeIp();
        sp = frame.resumeSp();
    }
}
