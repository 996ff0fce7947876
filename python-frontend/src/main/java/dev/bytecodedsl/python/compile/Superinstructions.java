package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.13's insert_superinstructions: within a block, LOAD_FAST+LOAD_FAST,
 * STORE_FAST+LOAD_FAST and STORE_FAST+STORE_FAST become one instruction whose oparg holds both
 * locals as nibbles (first in the high nibble). Only locals below 16 fit, and both halves must be
 * on the same line so tracebacks stay exact. Runs after {@link DefiniteAssignment}, so a
 * LOAD_FAST_CHECK is never merged. Pairs do not overlap: the second instruction of a merged pair
 * is not the first of the next.
 */
final class Superinstructions {

    private static final int NIBBLE_LIMIT = (int) DslConstants.SUPER_MASK + 1;

    private Superinstructions() {}

    static void apply(ControlFlowGraph cfg) {
        for (BasicBlock block : cfg.blocks()) {
            block.instrs = combine(block.instrs);
        }
    }

    private static List<Instr> combine(List<Instr> instrs) {
        List<Instr> out = new ArrayList<>(instrs.size());
        for (int i = 0; i < instrs.size(); i++) {
            Instr first = instrs.get(i);
            int combined = i + 1 < instrs.size() ? superOpcode(first, instrs.get(i + 1)) : -1;
            if (combined < 0) {
                out.add(first);
                continue;
            }
            Instr second = instrs.get(i + 1);
            out.add(first.withOpcode(combined, (first.oparg() << DslConstants.SUPER_SHIFT) | second.oparg()));
            i++;
        }
        return out;
    }

    /** The superinstruction for the pair, or -1. */
    static int superOpcode(Instr first, Instr second) {
        if (first.line() != second.line() || first.oparg() >= NIBBLE_LIMIT || second.oparg() >= NIBBLE_LIMIT
                || !java.util.Objects.equals(first.handler(), second.handler())) {
            return -1;
        }
        return switch (first.opcode()) {
            case Opcodes.LOAD_FAST -> second.opcode() == Opcodes.LOAD_FAST ? Opcodes.LOAD_FAST_LOAD_FAST : -1;
            case Opcodes.STORE_FAST -> switch (second.opcode()) {
                case Opcodes.LOAD_FAST -> Opcodes.STORE_FAST_LOAD_FAST;
                case Opcodes.STORE_FAST -> Opcodes.STORE_FAST_STORE_FAST;
                default -> -1;
            };
            default -> -1;
        };
    }
}
