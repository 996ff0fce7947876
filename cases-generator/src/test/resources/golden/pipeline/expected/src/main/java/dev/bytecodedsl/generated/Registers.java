// Generated from input.def by the cases generator (interpreters). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import java.lang.foreign.MemorySegment;

/**
 * The interpreters' registers: the running frame as the context describes it.
 */
final class Registers {
    final InterpreterContext ctx;

    final boolean stats;

    MemorySegment stack;

    final MemorySegment heapWords;

    char[] code;

    long[] consts;

    long[] names;

    int fp;

    int ip;

    int sp;

    Registers(InterpreterContext ctx) {
        this.ctx = ctx;
        this.stats = ctx.statsEnabled();
        this.heapWords = ctx.heapWords();
        reload();
    }

    /**
     * Reads the current frame's state from the context, after a helper may have switched frames.
     */
    void reload() {
        stack = ctx.stack();
        code = ctx.code();
        consts = ctx.consts();
        names = ctx.names();
        fp = ctx.framePointer();
        ip = ctx.resumeIp();
        sp = ctx.resumeSp();
    }
}
