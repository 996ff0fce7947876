// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Tier-2 micro-op ids; 0 means no uop.
 */
public final class Uops {
    public static final int CALL = 1;

    public static final int CALL_INLINE = 2;

    public static final int LOAD_PAIR = 3;

    public static final int NOP = 4;

    public static final int UNPACK_REPEAT = 5;

    public static final int _BINARY_OP = 6;

    public static final int _BINARY_OP_ADD_INT = 7;

    public static final int _GUARD_BOTH_INT = 8;

    public static final int _GUARD_IS_FALSE_POP = 9;

    public static final int _GUARD_IS_TRUE_POP = 10;

    public static final int _LOAD_FAST = 11;

    public static final int _LOAD_FAST_0 = 12;

    public static final int _LOAD_FAST_1 = 13;

    public static final int _LOAD_FAST_2 = 14;

    public static final int _LOAD_FAST_3 = 15;

    public static final int _STORE_FAST = 16;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 17;

    /**
     * The highest uop id.
     */
    public static final int MAX_UOP_ID = 16;

    static {
        NAMES = new String[17];
        NAMES[1] = "CALL";
        NAMES[2] = "CALL_INLINE";
        NAMES[3] = "LOAD_PAIR";
        NAMES[4] = "NOP";
        NAMES[5] = "UNPACK_REPEAT";
        NAMES[6] = "_BINARY_OP";
        NAMES[7] = "_BINARY_OP_ADD_INT";
        NAMES[8] = "_GUARD_BOTH_INT";
        NAMES[9] = "_GUARD_IS_FALSE_POP";
        NAMES[10] = "_GUARD_IS_TRUE_POP";
        NAMES[11] = "_LOAD_FAST";
        NAMES[12] = "_LOAD_FAST_0";
        NAMES[13] = "_LOAD_FAST_1";
        NAMES[14] = "_LOAD_FAST_2";
        NAMES[15] = "_LOAD_FAST_3";
        NAMES[16] = "_STORE_FAST";
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
