// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;
import java.util.Set;

/**
 * This instruction set's metadata for the runtime kit (trace projection, executors).
 */
public final class GeneratedInstructionSet implements InstructionSet {
    public static final GeneratedInstructionSet INSTANCE = new GeneratedInstructionSet();

    private static final OpcodeRoles OPCODE_ROLES = new OpcodeRoles(-1, Opcodes.JUMP_BACKWARD, -1, -1, Set.of());

    private static final UopRoles UOP_ROLES = new UopRoles(-1, -1, -1, -1, -1, -1, Uops.NOP, -1, -1, -1, -1, -1);

    private GeneratedInstructionSet() {
    }

    @Override
    public String opcodeName(int opcode) {
        return Opcodes.name(opcode);
    }

    @Override
    public int cacheSize(int opcode) {
        return OpcodeMetadata.CACHE_SIZE[opcode];
    }

    @Override
    public int[] expansion(int opcode) {
        return OpcodeMetadata.EXPANSION[opcode];
    }

    @Override
    public int[] takenExpansion(int opcode) {
        return OpcodeMetadata.TAKEN_EXPANSION[opcode];
    }

    @Override
    public int branchHistory(int opcode) {
        return OpcodeMetadata.BRANCH_HISTORY[opcode];
    }

    @Override
    public int uopLimit() {
        return Uops.LIMIT;
    }

    @Override
    public String uopName(int uop) {
        return Uops.name(uop);
    }

    @Override
    public boolean uopEscapes(int uop) {
        return (UopMetadata.FLAGS[uop] & OpcodeFlags.ESCAPES) != 0;
    }

    @Override
    public boolean uopIsGuard(int uop) {
        return (UopMetadata.FLAGS[uop] & OpcodeFlags.GUARD) != 0;
    }

    @Override
    public boolean uopIsPure(int uop) {
        return (UopMetadata.FLAGS[uop] & OpcodeFlags.PURE) != 0;
    }

    @Override
    public int uopPopped(int uop, int oparg) {
        return UopMetadata.popped(uop, oparg);
    }

    @Override
    public int uopPushed(int uop, int oparg) {
        return UopMetadata.pushed(uop, oparg);
    }

    @Override
    public int operandSize(int uop) {
        return UopMetadata.OPERAND_SIZE[uop];
    }

    @Override
    public int fixedOparg(int uop) {
        return UopMetadata.FIXED_OPARG[uop];
    }

    @Override
    public int replicaOf(int uop) {
        return UopMetadata.REPLICA_OF[uop];
    }

    @Override
    public OpcodeRoles opcodeRoles() {
        return OPCODE_ROLES;
    }

    @Override
    public UopRoles uopRoles() {
        return UOP_ROLES;
    }
}
