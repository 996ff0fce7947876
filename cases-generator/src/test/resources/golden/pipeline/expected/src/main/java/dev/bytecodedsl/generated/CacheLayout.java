// Generated from input.def by the cases generator (metadata). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Inline-cache layouts of the DSL's instructions: per family (named after its head) or instruction,
 * {@code <NAME>_CACHE_SIZE} and the offset of each named entry in code units from the
 * first cache unit (the counter is 0).
 */
public final class CacheLayout {
    /**
     * Inline-cache code units of BINARY_OP.
     */
    public static final int BINARY_OP_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_BINARY_OP) in the BINARY_OP cache.
     */
    public static final int BINARY_OP_COUNTER = 0;

    /**
     * Inline-cache code units of LOAD_VERSIONED.
     */
    public static final int LOAD_VERSIONED_CACHE_SIZE = 6;

    /**
     * Offset of {@code pointer/4} (op LOAD_VERSIONED) in the LOAD_VERSIONED cache.
     */
    public static final int LOAD_VERSIONED_POINTER = 2;

    /**
     * Offset of {@code version/2} (op LOAD_VERSIONED) in the LOAD_VERSIONED cache.
     */
    public static final int LOAD_VERSIONED_VERSION = 0;

    /**
     * Inline-cache code units of POP_JUMP_IF_TRUE.
     */
    public static final int POP_JUMP_IF_TRUE_CACHE_SIZE = 1;

    /**
     * Offset of {@code history/1} (op _POP_JUMP_IF_TRUE) in the POP_JUMP_IF_TRUE cache.
     */
    public static final int POP_JUMP_IF_TRUE_HISTORY = 0;

    private CacheLayout() {
    }
}
