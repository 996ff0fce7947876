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
 * distances from the end of the cache. Every instruction has a fixed size (there is no
 * EXTENDED_ARG), so one layout pass gives every offset.
 */
final class Assembler {

    /** Where a jump too long for its 8-bit oparg is reported: the line and the distance, explained. */
    interface ErrorSink {
        void error(int line, String message);
    }

    /** The encoded code. */
    record Result(char[] code, int[] lineOfUnit, List<ExceptionTableEntry> exceptionTable) {}

    private static final int MAX_OPARG = 0xFF;

    private Assembler() {}

    static Result assemble(ControlFlowGraph cfg, Map<Handler, Integer> handlerDepths, ErrorSink errors) {
        List<BasicBlock> blocks = cfg.blocks();
        Map<BasicBlock, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            order.put(blocks.get(i), i);
        }

        // Pass 1: resolve opcodes and sizes, giving every block its offset.
        List<Placed> placed = new ArrayList<>();
        Map<BasicBlock, Integer> blockOffset = new IdentityHashMap<>();
        int offset = 0;
        for (BasicBlock block : blocks) {
            blockOffset.put(block, offset);
            for (Instr instr : block.instrs) {
                int opcode = resolve(instr, cfg, order, order.get(block));
                if (opcode < 0) {
                    continue;
                }
                placed.add(new Placed(instr, opcode, offset));
                offset += 1 + OpcodeMetadata.CACHE_SIZE[opcode];
            }
        }

        // Pass 2: encode.
        char[] code = new char[offset];
        int[] lines = new int[offset];
        boolean reportedJump = false;
        for (Placed p : placed) {
            int end = p.offset + 1 + OpcodeMetadata.CACHE_SIZE[p.opcode];
            int oparg = p.instr.oparg();
            if (p.instr.hasTarget()) {
                int target = blockOffset.get(cfg.target(p.instr));
                oparg = p.opcode == Opcodes.JUMP_BACKWARD ? end - target : target - end;
                if (oparg < 0) {
                    throw new IllegalStateException("backward conditional jump: " + p.instr);
                }
                if (oparg > MAX_OPARG && !reportedJump) {
                    reportedJump = true;
                    errors.error(p.instr.line(), oparg + " code units (limit " + MAX_OPARG
                            + "; the instruction set has no EXTENDED_ARG)");
                }
            } else if (oparg > MAX_OPARG) {
                throw new IllegalStateException("oparg does not fit in 8 bits: " + p.instr);
            }
            code[p.offset] = (char) (p.opcode | ((oparg & MAX_OPARG) << 8));
            for (int u = p.offset; u < end; u++) {
                lines[u] = p.instr.line();
            }
        }
        return new Result(code, lines, exceptionTable(placed, cfg, blockOffset, handlerDepths));
    }

    private record Placed(Instr instr, int opcode, int offset) {}

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
            end = p.offset + 1 + OpcodeMetadata.CACHE_SIZE[p.opcode];
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
