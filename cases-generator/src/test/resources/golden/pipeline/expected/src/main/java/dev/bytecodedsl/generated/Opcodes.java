// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Opcode numbers. 0 marks inline-cache code units; real opcodes are below 256, pseudo-instructions from there.
 */
public final class Opcodes {
    public static final int CACHE = 0;

    public static final int BINARY_OP = 1;

    public static final int CALL = 2;

    public static final int CALL_INLINE = 3;

    public static final int JUMP_BACKWARD = 4;

    public static final int LOAD_FAST = 5;

    public static final int LOAD_PAIR = 6;

    public static final int LOAD_VERSIONED = 7;

    public static final int NOP = 8;

    public static final int POP_JUMP_IF_TRUE = 9;

    public static final int STORE_FAST = 10;

    public static final int UNPACK_REPEAT = 11;

    public static final int BINARY_OP_ADD_INT = 12;

    public static final int STORE_FAST_MAYBE_NULL = 256;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 257;

    /**
     * The highest real opcode.
     */
    public static final int MAX_REAL_OPCODE = 12;

    /**
     * Pseudo-instructions never appear in code objects.
     */
    public static final int FIRST_PSEUDO_OPCODE = 256;

    static {
        NAMES = new String[257];
        NAMES[0] = "CACHE";
        NAMES[1] = "BINARY_OP";
        NAMES[2] = "CALL";
        NAMES[3] = "CALL_INLINE";
        NAMES[4] = "JUMP_BACKWARD";
        NAMES[5] = "LOAD_FAST";
        NAMES[6] = "LOAD_PAIR";
        NAMES[7] = "LOAD_VERSIONED";
        NAMES[8] = "NOP";
        NAMES[9] = "POP_JUMP_IF_TRUE";
        NAMES[10] = "STORE_FAST";
        NAMES[11] = "UNPACK_REPEAT";
        NAMES[12] = "BINARY_OP_ADD_INT";
        NAMES[256] = "STORE_FAST_MAYBE_NULL";
    }

    private Opcodes() {
    }

    /**
     * The name for {@code id}, or null when no name has that number.
     */
    public static String name(int id) {
        return id >= 0 && id < NAMES.length ? NAMES[id] : null;
    }
}
