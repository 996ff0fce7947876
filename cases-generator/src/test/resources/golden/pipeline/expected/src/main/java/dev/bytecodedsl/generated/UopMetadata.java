// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Per-uop metadata derived from bytecodes.def; tables are indexed by uop id.
 */
public final class UopMetadata {
    /**
     * {@link OpcodeFlags} bits per uop.
     */
    public static final int[] FLAGS = new int[17];

    /**
     * Code units of the cache entry a uop takes as its operand; 0 when it takes none.
     */
    public static final int[] OPERAND_SIZE = new int[17];

    /**
     * For a replica NAME_k of a replicate(N) op: k; otherwise -1.
     */
    public static final int[] FIXED_OPARG = new int[17];

    /**
     * For a replica NAME_k: the id of NAME; otherwise 0.
     */
    public static final int[] REPLICA_OF = new int[17];

    static {
        java.util.Arrays.fill(FIXED_OPARG, -1);
        FLAGS[Uops.CALL] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.CALL_INLINE] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops.LOAD_PAIR] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_CONST | OpcodeFlags.USES_NAME;
        FLAGS[Uops.UNPACK_REPEAT] = OpcodeFlags.HAS_ARG;
        FLAGS[Uops._BINARY_OP] = OpcodeFlags.HAS_ARG | OpcodeFlags.MAY_ERROR | OpcodeFlags.ESCAPES;
        FLAGS[Uops._BINARY_OP_ADD_INT] = OpcodeFlags.MAY_EXIT | OpcodeFlags.PURE;
        FLAGS[Uops._GUARD_BOTH_INT] = OpcodeFlags.MAY_DEOPT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_IS_FALSE_POP] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._GUARD_IS_TRUE_POP] = OpcodeFlags.MAY_EXIT | OpcodeFlags.GUARD;
        FLAGS[Uops._LOAD_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FLAGS[Uops._LOAD_FAST_0] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._LOAD_FAST_0] = 0;
        REPLICA_OF[Uops._LOAD_FAST_0] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_1] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._LOAD_FAST_1] = 1;
        REPLICA_OF[Uops._LOAD_FAST_1] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_2] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._LOAD_FAST_2] = 2;
        REPLICA_OF[Uops._LOAD_FAST_2] = Uops._LOAD_FAST;
        FLAGS[Uops._LOAD_FAST_3] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
        FIXED_OPARG[Uops._LOAD_FAST_3] = 3;
        REPLICA_OF[Uops._LOAD_FAST_3] = Uops._LOAD_FAST;
        FLAGS[Uops._STORE_FAST] = OpcodeFlags.HAS_ARG | OpcodeFlags.USES_LOCAL;
    }

    private UopMetadata() {
    }

    /**
     * Stack slots the uop pops.
     */
    public static int popped(int uop, int oparg) {
        return switch (uop) {
            case Uops.CALL, Uops.CALL_INLINE -> (int) (1L + (oparg));
            case Uops.LOAD_PAIR, Uops.NOP, Uops._LOAD_FAST, Uops._LOAD_FAST_0, Uops._LOAD_FAST_1,
                    Uops._LOAD_FAST_2, Uops._LOAD_FAST_3 -> 0;
            case Uops.UNPACK_REPEAT, Uops._GUARD_IS_FALSE_POP, Uops._GUARD_IS_TRUE_POP,
                    Uops._STORE_FAST -> 1;
            case Uops._BINARY_OP, Uops._BINARY_OP_ADD_INT, Uops._GUARD_BOTH_INT -> 2;
            default -> throw new IllegalArgumentException("no stack effect for " + uop);
        };
    }

    /**
     * Stack slots the uop pushes.
     */
    public static int pushed(int uop, int oparg) {
        return switch (uop) {
            case Uops.CALL, Uops.CALL_INLINE, Uops._BINARY_OP, Uops._BINARY_OP_ADD_INT,
                    Uops._LOAD_FAST, Uops._LOAD_FAST_0, Uops._LOAD_FAST_1, Uops._LOAD_FAST_2,
                    Uops._LOAD_FAST_3 -> 1;
            case Uops.LOAD_PAIR -> (int) (1L + (((oparg & 1L) != 0L) ? 1L : 0L));
            case Uops.NOP, Uops._GUARD_IS_FALSE_POP, Uops._GUARD_IS_TRUE_POP, Uops._STORE_FAST -> 0;
            case Uops.UNPACK_REPEAT -> (int) ((oparg));
            case Uops._GUARD_BOTH_INT -> 2;
            default -> throw new IllegalArgumentException("no stack effect for " + uop);
        };
    }
}
