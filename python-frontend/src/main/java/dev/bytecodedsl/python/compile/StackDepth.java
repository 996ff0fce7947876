package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython's stackdepth(): walks the control-flow graph with the generated stack effects, checking
 * that every block is entered at one depth, and returns the maximum. Exception handlers are entered
 * at the depth of their SETUP_FINALLY plus the exception; that depth is recorded for the exception
 * table.
 */
final class StackDepth {

    private final ControlFlowGraph cfg;
    private final Map<Handler, Integer> handlerDepths = new HashMap<>();
    private final Deque<BasicBlock> work = new ArrayDeque<>();
    private int max;

    private StackDepth(ControlFlowGraph cfg) {
        this.cfg = cfg;
    }

    /** The result: the maximum depth and, per handler, the depth the unwinder pops to. */
    record Result(int maxDepth, Map<Handler, Integer> handlerDepths) {}

    static Result compute(ControlFlowGraph cfg) {
        StackDepth pass = new StackDepth(cfg);
        pass.enter(cfg.blocks().getFirst(), 0);
        while (!pass.work.isEmpty()) {
            pass.walk(pass.work.pop());
        }
        return new Result(pass.max, pass.handlerDepths);
    }

    private void walk(BasicBlock block) {
        int depth = block.startDepth;
        for (Instr instr : block.instrs) {
            int op = instr.opcode();
            if (op == Opcodes.SETUP_FINALLY) {
                // Handlers are records of their label, so this equals the handler the protected code carries.
                handlerDepths.put(new Handler(instr.target()), depth);
                enter(cfg.target(instr), depth + 1); // the handler starts with the exception pushed
                continue;
            }
            int popped = OpcodeMetadata.popped(op, instr.oparg());
            int pushed = OpcodeMetadata.pushed(op, instr.oparg());
            if (popped > depth) {
                throw new IllegalStateException("stack underflow at " + instr + " (depth " + depth + ")");
            }
            depth = depth - popped + pushed;
            max = Math.max(max, depth);
            if (instr.hasTarget()) {
                // Every jump of this instruction set leaves the same stack on both edges: FOR_ITER
                // pushes NULL for END_FOR where CPython 3.12 popped the iterator.
                enter(cfg.target(instr), depth);
            }
        }
        if (block.fallsThrough() && block.next != null) {
            enter(block.next, depth);
        }
    }

    private void enter(BasicBlock block, int depth) {
        if (block.startDepth < 0) {
            block.startDepth = depth;
            max = Math.max(max, depth);
            work.push(block);
        } else if (block.startDepth != depth) {
            throw new IllegalStateException("block " + block.id + " entered at depths " + block.startDepth + " and " + depth);
        }
    }
}
