package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lays the blocks out in order and encodes them: resolves the JUMP pseudo-instruction to
 * JUMP_FORWARD or JUMP_BACKWARD by the direction of its target, drops SETUP_FINALLY/POP_BLOCK (they
 * live on as exception-table ranges), appends each instruction's zeroed cache and computes jump
 * distances from the end of the cache. An oparg wider than 8 bits gets EXTENDED_ARG prefixes, which
 * lengthen the code and so may lengthen other jumps: layout repeats until no instruction needs more
 * prefixes than it has (sizes only grow, so this ends), as CPython's assembler does.
 */
final class Assembler {

    /** The encoded code. */
    record Result(char[] code, int[] lineOfUnit, List<ExceptionTableEntry> exceptionTable) {}

    private static final int BITS_PER_UNIT = 8;
    private static final int UNIT_MASK = 0xFF;
    /** Three prefixes give 32-bit opargs, far beyond any code object the compiler accepts. */
    private static final int MAX_PREFIXES = 3;

    private Assembler() {}

    static Result assemble(ControlFlowGraph cfg, Map<Handler, Integer> handlerDepths) {
        List<BasicBlock> blocks = cfg.blocks();
        Map<BasicBlock, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.put(blocks.get(i), i);
        }
        List<Placed> placed = new ArrayList<>();
        for (BasicBlock block : blocks) {
            for (Instr instr : block.instrs) {
                int opcode = resolve(instr, cfg, order, order.get(block));
                if (opcode >= 0) {
                    placed.add(new Placed(instr, opcode, block));
                }
            }
        }
        Map<BasicBlock, Integer> blockOffset = layout(blocks, placed);
        while (widenOpargs(placed, cfg, blockOffset)) {
            blockOffset = layout(blocks, placed);
        }

        char[] code = new char[placed.isEmpty() ? 0 : placed.getLast().end()];
        int[] lines = new int[code.length];
        for (Placed p : placed) {
            int oparg = p.oparg;
            int at = p.offset;
            for (int prefix = p.prefixes; prefix > 0; prefix--) {
                code[at++] = (char) (Opcodes.EXTENDED_ARG | ((oparg >>> (BITS_PER_UNIT * prefix)) & UNIT_MASK) << 8);
            }
            code[at] = (char) (p.opcode | (oparg & UNIT_MASK) << 8);
            for (int u = p.offset; u < p.end(); u++) {
                lines[u] = p.instr.line();
            }
        }
        return new Result(code, lines, exceptionTable(placed, cfg, blockOffset, handlerDepths));
    }

    /** Gives every instruction its offset (its first prefix) and every block its start. */
    private static Map<BasicBlock, Integer> layout(List<BasicBlock> blocks, List<Placed> placed) {
        Map<BasicBlock, Integer> blockOffset = new IdentityHashMap<>();
        int offset = 0;
        int next = 0;
        for (BasicBlock block : blocks) {
            blockOffset.put(block, offset);
            while (next < placed.size() && placed.get(next).block == block) {
                placed.get(next).offset = offset;
                offset = placed.get(next).end();
                next++;
            }
        }
        return blockOffset;
    }

    /** Computes every oparg for this layout; true when some instruction needs more prefixes. */
    private static boolean widenOpargs(List<Placed> placed, ControlFlowGraph cfg, Map<BasicBlock, Integer> blockOffset) {
        boolean grew = false;
        for (Placed p : placed) {
            int oparg = p.instr.oparg();
            if (p.instr.hasTarget()) {
                int target = blockOffset.get(cfg.target(p.instr));
                oparg = p.opcode == Opcodes.JUMP_BACKWARD ? p.end() - target : target - p.end();
                if (oparg < 0) {
                    throw new IllegalStateException("backward conditional jump: " + p.instr);
                }
            }
            p.oparg = oparg;
            int needed = prefixesFor(oparg);
            if (needed > p.prefixes) {
                p.prefixes = needed;
                grew = true;
            }
        }
        return grew;
    }

    private static int prefixesFor(int oparg) {
        int prefixes = 0;
        while (oparg >>> (BITS_PER_UNIT * (prefixes + 1)) != 0) {
            prefixes++;
        }
        if (prefixes > MAX_PREFIXES) {
            throw new IllegalStateException("oparg does not fit in 32 bits: " + oparg);
        }
        return prefixes;
    }

    /**
     * An instruction being laid out: its EXTENDED_ARG prefixes (which never shrink) and, for the
     * current layout, its offset and oparg.
     */
    private static final class Placed {
        final Instr instr;
        final int opcode;
        final BasicBlock block;
        int prefixes;
        int offset;
        int oparg;

        Placed(Instr instr, int opcode, BasicBlock block) {
            this.instr = instr;
            this.opcode = opcode;
            this.block = block;
        }

        /** One past the instruction's last cache unit: where its jumps count from. */
        int end() {
            return offset + prefixes + 1 + OpcodeMetadata.CACHE_SIZE[opcode];
        }
    }


    /** The real opcode, or -1 for a pseudo-instruction that emits nothing. */
    private static int resolve(Instr instr, ControlFlowGraph cfg, Map<BasicBlock, Integer> order, int blockIndex) {
        int op = instr.opcode();
        if (!Instr.isPseudo(op)) {
            return op;
        }
        if (op == Opcodes.JUMP) {
            int[] targets = OpcodeMetadata.PSEUDO_TARGETS[op - Opcodes.FIRST_PSEUDO_OPCODE]; // forward, backward
            return order.get(cfg.target(instr)) > blockIndex ? targets[0] : targets[1];
        }
        if (op == Opcodes.SETUP_FINALLY || op == Opcodes.POP_BLOCK) {
            return -1;
        }
        throw new IllegalStateException("unknown pseudo-instruction " + Opcodes.name(op));
    }

    /** One entry per run of consecutive instructions with the same innermost handler. */
    private static List<ExceptionTableEntry> exceptionTable(
            List<Placed> placed, ControlFlowGraph cfg, Map<BasicBlock, Integer> blockOffset,
            Map<Handler, Integer> handlerDepths) {
        List<ExceptionTableEntry> table = new ArrayList<>();
        Handler current = null;
        int start = 0;
        int end = 0;
        for (Placed p : placed) {
            Handler h = p.instr.handler();
            if (!Objects.equals(h, current)) {
                addEntry(table, current, start, end, cfg, blockOffset, handlerDepths);
                current = h;
                start = p.offset;
            }
            end = p.end();
        }
        addEntry(table, current, start, end, cfg, blockOffset, handlerDepths);
        return table;
    }

    private static void addEntry(List<ExceptionTableEntry> table, Handler handler, int start, int end,
            ControlFlowGraph cfg, Map<BasicBlock, Integer> blockOffset, Map<Handler, Integer> handlerDepths) {
        if (handler == null || end <= start) {
            return;
        }
        int target = blockOffset.get(cfg.handlerBlock(handler));
        table.add(new ExceptionTableEntry(start, end, target, handlerDepths.get(handler), false));
    }
}
