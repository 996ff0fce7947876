package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.OpcodeFlags;
import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;

/**
 * One instruction before assembly: a real opcode or a pseudo-instruction (JUMP, SETUP_FINALLY,
 * POP_BLOCK), a numeric oparg or a jump target, the source line, and the innermost exception
 * handler protecting it (null when none).
 */
record Instr(int opcode, int oparg, Label target, int line, Handler handler) {

    Instr withOpcode(int newOpcode, int newOparg) {
        return new Instr(newOpcode, newOparg, target, line, handler);
    }

    boolean hasTarget() {
        return target != null;
    }

    /** Control never reaches the next instruction. */
    boolean isTerminator() {
        return switch (opcode) {
            case Opcodes.JUMP, Opcodes.JUMP_FORWARD, Opcodes.JUMP_BACKWARD, Opcodes.RETURN_VALUE,
                    Opcodes.RETURN_CONST, Opcodes.RAISE_VARARGS, Opcodes.RERAISE -> true;
            default -> false;
        };
    }

    /** Ends a basic block: it transfers control somewhere other than the next instruction. */
    boolean endsBlock() {
        return isTerminator() || (hasTarget() && opcode != Opcodes.SETUP_FINALLY);
    }

    static boolean isPseudo(int opcode) {
        return opcode >= Opcodes.FIRST_PSEUDO_OPCODE;
    }

    static boolean jumps(int opcode) {
        return (OpcodeMetadata.FLAGS[opcode] & OpcodeFlags.JUMPS) != 0;
    }

    @Override
    public String toString() {
        return Opcodes.name(opcode) + (target != null ? " -> " + target : " " + oparg) + " (line " + line + ")";
    }
}
