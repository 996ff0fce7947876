// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import java.util.Arrays;

/**
 * Per-opcode metadata derived from bytecodes.def; tables are indexed by opcode.
 */
public final class OpcodeMetadata {
    /**
     * Ints per EXPANSION entry.
     */
    public static final int EXPANSION_ENTRY = 3;

    /**
     * {@link OpcodeFlags} bits per opcode.
     */
    public static final int[] FLAGS = new int[257];

    /**
     * Inline-cache code units that follow each instruction.
     */
    public static final int[] CACHE_SIZE = new int[256];

    /**
     * The generic instruction a specialized form falls back to (itself for generic ones).
     */
    public static final int[] DEOPT = new int[256];

    /**
     * Opcodes of the specialized forms of each family head; null for other opcodes.
     */
    public static final int[][] SPECIALIZATIONS = new int[256][];

    /**
     * How tier 2 sees each instruction: entries of EXPANSION_ENTRY ints (uop id, operand size in code units or 0, operand offset from the first cache unit); null when the instruction cannot be projected into a trace.
     */
    public static final int[][] EXPANSION = new int[256][];

    /**
     * For an instruction that may jump: EXPANSION with the jump taken (each jumping op's `taken` stand-in in place of its `replaces` one), after which execution continues at the next instruction + oparg; what a side trace starting at the instruction's branch exit runs. Null for other instructions.
     */
    public static final int[][] TAKEN_EXPANSION = new int[256][];

    /**
     * For an instruction that may jump: the offset from its first cache unit of the unit where tier 1 records the jump's recent directions (bit 0 the latest, 1 when it jumped), from which projection picks the direction a trace follows; -1 when it records none.
     */
    public static final int[] BRANCH_HISTORY = new int[256];

    /**
     * Opcodes a pseudo-instruction may become, indexed by opcode - Opcodes.FIRST_PSEUDO_OPCODE.
     */
    public static final int[][] PSEUDO_TARGETS = new int[1][];

    static {
        for (int opcode = 0; opcode < DEOPT.length; opcode++) DEOPT[opcode] = opcode;
        Arrays.fill(BRANCH_HISTORY, -1);
        FLAGS[Opcodes.BINARY_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        CACHE_SIZE[Opcodes.BINARY_OP] = 1;
        EXPANSION[Opcodes.BINARY_OP] = new int[] {Uops._BINARY_OP, 0, 0};
        FLAGS[Opcodes.CALL] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.CALL] = new int[] {Uops.CALL, 0, 0};
        FLAGS[Opcodes.CALL_INLINE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        EXPANSION[Opcodes.CALL_INLINE] = new int[] {Uops.CALL_INLINE, 0, 0};
        FLAGS[Opcodes.JUMP_BACKWARD] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS | OpcodeFlags.EVAL_BREAK;
        FLAGS[Opcodes.LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.LOAD_FAST] = new int[] {Uops._LOAD_FAST, 0, 0};
        FLAGS[Opcodes.LOAD_PAIR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_CONST | OpcodeFlags.USES_NAME;
        EXPANSION[Opcodes.LOAD_PAIR] = new int[] {Uops.LOAD_PAIR, 0, 0};
        FLAGS[Opcodes.LOAD_VERSIONED] = OpcodeFlags.HAS_ARG;
        CACHE_SIZE[Opcodes.LOAD_VERSIONED] = 6;
        EXPANSION[Opcodes.NOP] = new int[] {Uops.NOP, 0, 0};
        FLAGS[Opcodes.POP_JUMP_IF_TRUE] = OpcodeFlags.HAS_ARG | OpcodeFlags.JUMPS;
        CACHE_SIZE[Opcodes.POP_JUMP_IF_TRUE] = 1;
        EXPANSION[Opcodes.POP_JUMP_IF_TRUE] = new int[] {Uops._GUARD_IS_FALSE_POP, 0, 0};
        TAKEN_EXPANSION[Opcodes.POP_JUMP_IF_TRUE] = new int[] {Uops._GUARD_IS_TRUE_POP, 0, 0};
        BRANCH_HISTORY[Opcodes.POP_JUMP_IF_TRUE] = 0;
        FLAGS[Opcodes.STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        EXPANSION[Opcodes.STORE_FAST] = new int[] {Uops._STORE_FAST, 0, 0};
        FLAGS[Opcodes.UNPACK_REPEAT] = OpcodeFlags.HAS_ARG;
        EXPANSION[Opcodes.UNPACK_REPEAT] = new int[] {Uops.UNPACK_REPEAT, 0, 0};
        FLAGS[Opcodes.BINARY_OP_ADD_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        CACHE_SIZE[Opcodes.BINARY_OP_ADD_INT] = 1;
        DEOPT[Opcodes.BINARY_OP_ADD_INT] = Opcodes.BINARY_OP;
        EXPANSION[Opcodes.BINARY_OP_ADD_INT] = new int[] {Uops._GUARD_BOTH_INT, 0, 0, Uops._BINARY_OP_ADD_INT, 0, 0};
        SPECIALIZATIONS[Opcodes.BINARY_OP] = new int[] {Opcodes.BINARY_OP_ADD_INT};
        FLAGS[Opcodes.STORE_FAST_MAYBE_NULL] = OpcodeFlags.HAS_ARG;
        PSEUDO_TARGETS[Opcodes.STORE_FAST_MAYBE_NULL - Opcodes.FIRST_PSEUDO_OPCODE] = new int[] {Opcodes.STORE_FAST};
    }

    private OpcodeMetadata() {
    }

    /**
     * Whether {@code opcode} is a specialized form (a family member), which deoptimizes to its family head.
     */
    public static boolean isSpecialized(int opcode) {
        return opcode >= 0 && opcode < DEOPT.length && DEOPT[opcode] != opcode;
    }

    /**
     * Stack slots the instruction pops.
     */
    public static int popped(int opcode, int oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP, Opcodes.BINARY_OP_ADD_INT -> 2;
            case Opcodes.CALL, Opcodes.CALL_INLINE -> (int) (1L + (oparg));
            case Opcodes.JUMP_BACKWARD, Opcodes.LOAD_FAST, Opcodes.LOAD_PAIR, Opcodes.NOP -> 0;
            case Opcodes.LOAD_VERSIONED -> (int) ((((oparg & 1L) != 0L) ? 1L : 0L));
            case Opcodes.POP_JUMP_IF_TRUE, Opcodes.STORE_FAST, Opcodes.UNPACK_REPEAT,
                    Opcodes.STORE_FAST_MAYBE_NULL -> 1;
            default -> throw new IllegalArgumentException("no stack effect for " + opcode);
        };
    }

    /**
     * Stack slots the instruction pushes.
     */
    public static int pushed(int opcode, int oparg) {
        return switch (opcode) {
            case Opcodes.BINARY_OP, Opcodes.CALL, Opcodes.CALL_INLINE, Opcodes.LOAD_FAST,
                    Opcodes.LOAD_VERSIONED, Opcodes.BINARY_OP_ADD_INT -> 1;
            case Opcodes.JUMP_BACKWARD, Opcodes.NOP, Opcodes.POP_JUMP_IF_TRUE, Opcodes.STORE_FAST,
                    Opcodes.STORE_FAST_MAYBE_NULL -> 0;
            case Opcodes.LOAD_PAIR -> (int) (1L + (((oparg & 1L) != 0L) ? 1L : 0L));
            case Opcodes.UNPACK_REPEAT -> (int) ((oparg));
            default -> throw new IllegalArgumentException("no stack effect for " + opcode);
        };
    }
}
