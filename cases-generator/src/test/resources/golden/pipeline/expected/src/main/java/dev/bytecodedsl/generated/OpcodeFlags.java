// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Bits of {@code OpcodeMetadata.FLAGS} and {@code UopMetadata.FLAGS}.
 */
public final class OpcodeFlags {
    public static final int HAS_ARG = 1 << 0;

    public static final int USES_CONST = 1 << 1;

    public static final int USES_NAME = 1 << 2;

    public static final int USES_LOCAL = 1 << 3;

    public static final int JUMPS = 1 << 4;

    public static final int MAY_DEOPT = 1 << 5;

    public static final int MAY_EXIT = 1 << 6;

    public static final int MAY_ERROR = 1 << 7;

    public static final int ESCAPES = 1 << 8;

    public static final int PURE = 1 << 9;

    public static final int GUARD = 1 << 10;

    public static final int EVAL_BREAK = 1 << 11;

    private static final String[] NAMES = {"HAS_ARG", "USES_CONST", "USES_NAME", "USES_LOCAL", "JUMPS", "MAY_DEOPT", "MAY_EXIT", "MAY_ERROR", "ESCAPES", "PURE", "GUARD", "EVAL_BREAK"};

    private OpcodeFlags() {
    }

    /**
     * The names of the set bits, e.g. {@code HAS_ARG|MAY_DEOPT}; empty for none.
     */
    public static String describe(int flags) {
        StringBuilder out = new StringBuilder();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((flags & (1 << bit)) != 0) {
                out.append(out.isEmpty() ? "" : "|").append(NAMES[bit]);
            }
        }
        return out.toString();
    }
}
