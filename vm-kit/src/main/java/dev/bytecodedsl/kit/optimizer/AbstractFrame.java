package dev.bytecodedsl.kit.optimizer;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A frame of symbols for a generated abstract interpreter, laid out like the real one: {@code stack}
 * holds symbol ids, locals from {@code fp}, the value stack above them; {@code sp} is the abstract
 * stack pointer (the next free slot), which the abstract cases move as the uops move the real one.
 * The fields have the names the body lowering uses for the interpreters' registers, so bodies that
 * only move values lower to the same code over symbols as over values; {@code ctx} is typed by the
 * DSL's generated {@code SymbolContext}, whose methods its abstract cases call.
 *
 * @param <C> the symbol table as the DSL's abstract cases see it
 */
public final class AbstractFrame<C extends SymbolSource> {
    public final C ctx;

    public final MemorySegment stack;

    public final long[] consts;

    public final long[] names;

    public final int fp;

    public final int nlocals;

    public int sp;

    public AbstractFrame(C ctx, long[] slots, long[] consts, long[] names, int nlocals, int sp) {
        this.ctx = ctx;
        this.stack = MemorySegment.ofArray(slots);
        this.consts = consts;
        this.names = names;
        this.fp = 0;
        this.nlocals = nlocals;
        this.sp = sp;
    }

    /** After a uop that wrote some local: nothing is known about any local any more. */
    public void forgetLocals() {
        for (int i = 0; i < nlocals; i++) {
            stack.setAtIndex(ValueLayout.JAVA_LONG, fp + i, ctx.unknown());
        }
    }
}
