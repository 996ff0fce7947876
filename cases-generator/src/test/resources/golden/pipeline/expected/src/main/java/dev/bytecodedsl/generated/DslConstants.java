// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).
 */
public final class DslConstants {
    /**
     * {@code const CACHE_BINARY_OP}
     */
    public static final long CACHE_BINARY_OP = 1L;

    /**
     * {@code const BINARY_OP_CACHE_UNITS}
     */
    public static final long BINARY_OP_CACHE_UNITS = CACHE_BINARY_OP * 1L;

    /**
     * {@code const NB_ADD}
     */
    public static final long NB_ADD = 0L;

    private DslConstants() {
    }
}
