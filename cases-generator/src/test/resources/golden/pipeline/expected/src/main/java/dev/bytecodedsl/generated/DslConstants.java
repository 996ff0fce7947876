// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).
 */
public final class DslConstants {
    /**
     * input.def:4:11
     */
    public static final long NB_ADD = 0L;

    /**
     * input.def:5:11
     */
    public static final long CACHE_BINARY_OP = 1L;

    private DslConstants() {
    }
}
