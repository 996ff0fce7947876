package dev.bytecodedsl.python.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight-line run of instructions, entered only at the top. The passes rewrite
 * {@link #instrs} in place; {@code next} is the block that follows in layout order, which is where
 * control goes when the last instruction falls through.
 */
final class BasicBlock {

    final int id;
    final List<Label> labels = new ArrayList<>();
    List<Instr> instrs = new ArrayList<>();
    BasicBlock next;
    /** Stack depth on entry, -1 until {@link StackDepth} reaches the block. */
    int startDepth = -1;

    BasicBlock(int id) {
        this.id = id;
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.getLast();
    }

    /** Whether control can fall off the end into {@link #next}. */
    boolean fallsThrough() {
        Instr last = last();
        return last == null || !last.isTerminator();
    }
}
