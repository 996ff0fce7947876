// Generated from input.def by the cases generator (optimizer). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A frame of symbols for the abstract interpreter: {@code slots} holds symbol ids, locals
 * from {@code fp}, the value stack above them; {@code sp} is the abstract stack pointer
 * (the next free slot), which the abstract cases move as the uops move the real one.
 */
public final class AbstractFrame {
    public final SymbolContext ctx;

    public final MemorySegment stack;

    public final long[] consts;

    public final long[] names;

    public final int fp;

    public final int nlocals;

    public int sp;

    public AbstractFrame(SymbolContext ctx, long[] slots, long[] consts, long[] names, int nlocals,
            int sp) {
        this.ctx = ctx;
        this.stack = MemorySegment.ofArray(slots);
        this.consts = consts;
        this.names = names;
        this.fp = 0;
        this.nlocals = nlocals;
        this.sp = sp;
    }

    /**
     * After a uop that wrote some local: nothing is known about any local any more.
     */
    public void forgetLocals() {
        for (int i = 0; i < nlocals; i++) {
            stack.setAtIndex(ValueLayout.JAVA_LONG, fp + i, ctx.unknown());
        }
    }
}
