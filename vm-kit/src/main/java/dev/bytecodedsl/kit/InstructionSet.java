package dev.bytecodedsl.kit;

/**
 * The contract between a VM's generated metadata and the kit: everything the kit's trace machinery
 * knows about an instruction set. The metadata generator emits one implementation per DSL
 * ({@code GeneratedInstructionSet} in the VM's package), so the kit is written once and reads any
 * DSL through this interface only.
 *
 * <p>Tier-1 code is an array of 16-bit code units, {@code opcode | oparg << 8}, each instruction
 * followed by {@link #cacheSize} inline-cache units. The arrays this interface hands out are the
 * generated tables themselves: the kit only reads them.
 */
public interface InstructionSet {
    /** Ints per entry of {@link #expansion}: uop id, operand size in code units (0: none), operand offset. */
    int EXPANSION_ENTRY = 3;

    /** The instruction's name (for logs). */
    String opcodeName(int opcode);

    /** Inline-cache code units that follow the instruction. */
    int cacheSize(int opcode);

    /**
     * How a trace runs the instruction: entries of {@link #EXPANSION_ENTRY} ints (uop id, operand
     * size, operand offset from the first cache unit); null when it cannot be projected.
     */
    int[] expansion(int opcode);

    /** For an instruction that may jump: its expansion with the jump taken; null otherwise. */
    int[] takenExpansion(int opcode);

    /**
     * For an instruction that may jump: the offset from its first cache unit of the unit recording
     * its recent directions (bit 0 the latest, 1 when it jumped); -1 when it records none.
     */
    int branchHistory(int opcode);

    /** Every uop id is below this. */
    int uopLimit();

    /** The uop's name (for logs and tests). */
    String uopName(int uop);

    /** Whether the uop may call escaping code (anything that can run the VM's code or change its world). */
    boolean uopEscapes(int uop);

    /** Whether the uop is a guard (the optimizer counts the guards it removes). */
    boolean uopIsGuard(int uop);

    /** Whether the uop is pure: it only computes its outputs, so the optimizer may fold or drop it. */
    boolean uopIsPure(int uop);

    /** Stack items the uop pops with this oparg. */
    int uopPopped(int uop, int oparg);

    /** Stack items the uop pushes with this oparg. */
    int uopPushed(int uop, int oparg);

    /** Code units of the cache entry the uop takes as its operand; 0 when none. */
    int operandSize(int uop);

    /** For a replica {@code NAME_k} of a {@code replicate(N)} op: k; otherwise -1. */
    int fixedOparg(int uop);

    /** For a replica {@code NAME_k}: the id of {@code NAME}; otherwise 0. */
    int replicaOf(int uop);

    /** Which opcodes play the parts the kit's traces rely on. */
    OpcodeRoles opcodeRoles();

    /** Which uops play the parts the kit's traces rely on. */
    UopRoles uopRoles();
}
