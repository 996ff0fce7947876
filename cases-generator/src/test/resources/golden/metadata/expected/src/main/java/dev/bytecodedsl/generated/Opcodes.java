// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Opcode numbers. 0 marks inline-cache code units; real opcodes are below 256, pseudo-instructions from there.
 */
public final class Opcodes {
    public static final int CACHE = 0;

    public static final int BINARY_OP = 1;

    public static final int CALL = 2;

    public static final int JUMP_BACKWARD = 3;

    public static final int LOAD_FAST = 4;

    public static final int LOAD_PAIR = 5;

    public static final int NOP = 6;

    public static final int STORE_FAST = 7;

    public static final int BINARY_OP_ADD_INT = 8;

    public static final int STORE_FAST_MAYBE_NULL = 256;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 257;

    /**
     * The highest real opcode.
     */
    public static final int MAX_REAL_OPCODE = 8;

    /**
     * Opcodes from here to MAX_REAL_OPCODE are specialized forms.
     */
    public static final int FIRST_SPECIALIZED_OPCODE = 8;

    /**
     * Pseudo-instructions never appear in code objects.
     */
    public static final int FIRST_PSEUDO_OPCODE = 256;

    static {
        NAMES = new String[257];
        NAMES[0] = "CACHE";
        NAMES[1] = "BINARY_OP";
        NAMES[2] = "CALL";
        NAMES[3] = "JUMP_BACKWARD";
        NAMES[4] = "LOAD_FAST";
        NAMES[5] = "LOAD_PAIR";
        NAMES[6] = "NOP";
        NAMES[7] = "STORE_FAST";
        NAMES[8] = "BINARY_OP_ADD_INT";
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
