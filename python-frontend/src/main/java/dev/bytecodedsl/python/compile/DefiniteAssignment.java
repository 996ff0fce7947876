package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses between LOAD_FAST and LOAD_FAST_CHECK. Code generation emits LOAD_FAST_CHECK for every
 * local load; this forward dataflow pass (bound-on-every-path sets, intersected at joins) turns
 * those whose local is surely bound into LOAD_FAST, as CPython's
 * add_checks_for_loads_of_uninitialized_variables does. Parameters are bound on entry, a store
 * binds, and a checked load binds too (had the local been unbound, it would have raised). The
 * subset has no {@code del}, so nothing unbinds. A handler can be entered from any instruction of
 * its protected range, so its entry set is the intersection over those instructions.
 */
final class DefiniteAssignment {

    private DefiniteAssignment() {}

    static void apply(ControlFlowGraph cfg, int argCount) {
        Map<BasicBlock, BitSet> in = new HashMap<>();
        BitSet entry = new BitSet();
        entry.set(0, argCount);
        Deque<BasicBlock> work = new ArrayDeque<>();
        merge(in, cfg.blocks().getFirst(), entry, work);
        while (!work.isEmpty()) {
            BasicBlock block = work.pop();
            BitSet bound = (BitSet) in.get(block).clone();
            for (Instr instr : block.instrs) {
                if (instr.handler() != null) {
                    merge(in, cfg.handlerBlock(instr.handler()), bound, work);
                }
                transfer(instr, bound);
                if (instr.hasTarget()) { // a SETUP_FINALLY target is its handler: entered from here on
                    merge(in, cfg.target(instr), bound, work);
                }
            }
            if (block.fallsThrough() && block.next != null) {
                merge(in, block.next, bound, work);
            }
        }
        for (BasicBlock block : cfg.blocks()) {
            BitSet bound = in.get(block);
            if (bound == null) {
                continue; // unreachable; removed before this pass runs
            }
            bound = (BitSet) bound.clone();
            List<Instr> instrs = block.instrs;
            for (int i = 0; i < instrs.size(); i++) {
                Instr instr = instrs.get(i);
                if (instr.opcode() == Opcodes.LOAD_FAST_CHECK && bound.get(instr.oparg())) {
                    instrs.set(i, instr.withOpcode(Opcodes.LOAD_FAST, instr.oparg()));
                }
                transfer(instr, bound);
            }
        }
    }

    private static void transfer(Instr instr, BitSet bound) {
        switch (instr.opcode()) {
            case Opcodes.STORE_FAST, Opcodes.LOAD_FAST_CHECK -> bound.set(instr.oparg());
            default -> {}
        }
    }

    /** Intersects {@code state} into the block's entry set; requeues the block when it shrank. */
    private static void merge(Map<BasicBlock, BitSet> in, BasicBlock block, BitSet state, Deque<BasicBlock> work) {
        BitSet old = in.get(block);
        if (old == null) {
            in.put(block, (BitSet) state.clone());
            work.push(block);
            return;
        }
        BitSet narrowed = (BitSet) old.clone();
        narrowed.and(state);
        if (!narrowed.equals(old)) {
            in.put(block, narrowed);
            work.push(block);
        }
    }
}
