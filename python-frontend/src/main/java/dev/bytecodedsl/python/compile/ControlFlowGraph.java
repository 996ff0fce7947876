package dev.bytecodedsl.python.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instruction sequence cut into basic blocks, in emission order (which is the layout order).
 * A block starts at every label and after every instruction that jumps or ends control flow.
 */
final class ControlFlowGraph {

    private final List<BasicBlock> blocks;
    private final Map<Label, BasicBlock> byLabel;

    private ControlFlowGraph(List<BasicBlock> blocks, Map<Label, BasicBlock> byLabel) {
        this.blocks = blocks;
        this.byLabel = byLabel;
    }

    static ControlFlowGraph build(InstructionSequence seq) {
        List<Instr> instrs = seq.instructions();
        Map<Integer, List<Label>> labelsAt = new java.util.HashMap<>();
        seq.labels().forEach((label, index) -> labelsAt.computeIfAbsent(index, i -> new ArrayList<>()).add(label));

        List<BasicBlock> blocks = new ArrayList<>();
        Map<Label, BasicBlock> byLabel = new IdentityHashMap<>();
        BasicBlock current = new BasicBlock(0);
        blocks.add(current);
        for (int i = 0; i <= instrs.size(); i++) {
            List<Label> here = labelsAt.getOrDefault(i, List.of());
            boolean afterJump = i > 0 && instrs.get(i - 1).endsBlock();
            if ((!here.isEmpty() || afterJump) && !current.instrs.isEmpty()) {
                BasicBlock next = new BasicBlock(blocks.size());
                current.next = next;
                blocks.add(next);
                current = next;
            }
            for (Label label : here) {
                current.labels.add(label);
                byLabel.put(label, current);
            }
            if (i < instrs.size()) {
                current.instrs.add(instrs.get(i));
            }
        }
        return new ControlFlowGraph(blocks, byLabel);
    }

    List<BasicBlock> blocks() {
        return blocks;
    }

    BasicBlock target(Instr instr) {
        BasicBlock block = byLabel.get(instr.target());
        if (block == null) {
            throw new IllegalStateException("jump to a label that was never placed: " + instr);
        }
        return block;
    }

    BasicBlock handlerBlock(Handler handler) {
        return byLabel.get(handler.target());
    }

    /**
     * The blocks control can go to from {@code block}: fall-through, jump targets (a SETUP_FINALLY's
     * target is its handler) and the handlers protecting its instructions.
     */
    List<BasicBlock> successors(BasicBlock block) {
        Set<BasicBlock> out = new LinkedHashSet<>();
        for (Instr instr : block.instrs) {
            if (instr.hasTarget()) {
                out.add(target(instr));
            }
            if (instr.handler() != null) {
                out.add(handlerBlock(instr.handler()));
            }
        }
        if (block.fallsThrough() && block.next != null) {
            out.add(block.next);
        }
        return new ArrayList<>(out);
    }

    /**
     * Drops blocks no path reaches (code after return, break, raise), as CPython does, so that the
     * later passes and the disassembly only see live code.
     */
    void removeUnreachable() {
        Set<BasicBlock> reached = new LinkedHashSet<>();
        Deque<BasicBlock> work = new ArrayDeque<>();
        work.push(blocks.getFirst());
        while (!work.isEmpty()) {
            BasicBlock block = work.pop();
            if (reached.add(block)) {
                successors(block).forEach(work::push);
            }
        }
        blocks.removeIf(b -> !reached.contains(b));
        relink();
    }

    /**
     * Removes unconditional jumps to the block that follows anyway. Runs after dead-code removal,
     * which is what makes most of them redundant.
     */
    void removeJumpsToNext() {
        for (int i = 0; i < blocks.size(); i++) {
            BasicBlock block = blocks.get(i);
            Instr last = block.last();
            if (last != null && last.opcode() == dev.bytecodedsl.generated.Opcodes.JUMP
                    && i + 1 < blocks.size() && target(last) == blocks.get(i + 1)) {
                block.instrs.removeLast();
            }
        }
    }

    private void relink() {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        }
    }
}
