// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Tier-2 micro-op ids; 0 means no uop.
 */
public final class Uops {
    public static final int CALL = 1;

    public static final int LOAD_PAIR = 2;

    public static final int NOP = 3;

    public static final int _BINARY_OP = 4;

    public static final int _BINARY_OP_ADD_INT = 5;

    public static final int _GUARD_BOTH_INT = 6;

    public static final int _LOAD_FAST = 7;

    public static final int _LOAD_FAST_0 = 8;

    public static final int _LOAD_FAST_1 = 9;

    public static final int _LOAD_FAST_2 = 10;

    public static final int _LOAD_FAST_3 = 11;

    public static final int _STORE_FAST = 12;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 13;

    /**
     * The highest uop id.
     */
    public static final int MAX_UOP_ID = 12;

    static {
        NAMES = new String[13];
        NAMES[1] = "CALL";
        NAMES[2] = "LOAD_PAIR";
        NAMES[3] = "NOP";
        NAMES[4] = "_BINARY_OP";
        NAMES[5] = "_BINARY_OP_ADD_INT";
        NAMES[6] = "_GUARD_BOTH_INT";
        NAMES[7] = "_LOAD_FAST";
        NAMES[8] = "_LOAD_FAST_0";
        NAMES[9] = "_LOAD_FAST_1";
        NAMES[10] = "_LOAD_FAST_2";
        NAMES[11] = "_LOAD_FAST_3";
        NAMES[12] = "_STORE_FAST";
    }

    private Uops() {
    }

    /**
     * The name for {@code id}, or null when no name has that number.
     */
    public static String name(int id) {
        return id >= 0 && id < NAMES.length ? NAMES[id] : null;
    }
}
