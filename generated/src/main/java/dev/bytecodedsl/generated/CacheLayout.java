// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
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
     * Inline-cache code units of BINARY_SUBSCR.
     */
    public static final int BINARY_SUBSCR_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_BINARY_SUBSCR) in the BINARY_SUBSCR cache.
     */
    public static final int BINARY_SUBSCR_COUNTER = 0;

    /**
     * Inline-cache code units of CALL.
     */
    public static final int CALL_CACHE_SIZE = 3;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_CALL) in the CALL cache.
     */
    public static final int CALL_COUNTER = 0;

    /**
     * Offset of {@code func_version/2} (op _CHECK_FUNCTION_EXACT_ARGS) in the CALL cache.
     */
    public static final int CALL_FUNC_VERSION = 1;

    /**
     * Offset of {@code len/2} (op _GUARD_CALLABLE_LEN) in the CALL cache.
     */
    public static final int CALL_LEN = 1;

    /**
     * Offset of {@code method/2} (op _GUARD_CALLABLE_LIST_APPEND) in the CALL cache.
     */
    public static final int CALL_METHOD = 1;

    /**
     * Inline-cache code units of COMPARE_OP.
     */
    public static final int COMPARE_OP_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_COMPARE_OP) in the COMPARE_OP cache.
     */
    public static final int COMPARE_OP_COUNTER = 0;

    /**
     * Inline-cache code units of ENTER_EXECUTOR.
     */
    public static final int ENTER_EXECUTOR_CACHE_SIZE = 1;

    /**
     * Inline-cache code units of FOR_ITER.
     */
    public static final int FOR_ITER_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_FOR_ITER) in the FOR_ITER cache.
     */
    public static final int FOR_ITER_COUNTER = 0;

    /**
     * Inline-cache code units of JUMP_BACKWARD.
     */
    public static final int JUMP_BACKWARD_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op JUMP_BACKWARD) in the JUMP_BACKWARD cache.
     */
    public static final int JUMP_BACKWARD_COUNTER = 0;

    /**
     * Inline-cache code units of LOAD_ATTR.
     */
    public static final int LOAD_ATTR_CACHE_SIZE = 8;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_LOAD_ATTR) in the LOAD_ATTR cache.
     */
    public static final int LOAD_ATTR_COUNTER = 0;

    /**
     * Offset of {@code descr/4} (op _LOAD_ATTR_METHOD) in the LOAD_ATTR cache.
     */
    public static final int LOAD_ATTR_DESCR = 4;

    /**
     * Offset of {@code index/1} (op _LOAD_ATTR_INSTANCE_VALUE) in the LOAD_ATTR cache.
     */
    public static final int LOAD_ATTR_INDEX = 3;

    /**
     * Offset of {@code type_tag/1} (op _GUARD_TYPE_TAG) in the LOAD_ATTR cache.
     */
    public static final int LOAD_ATTR_TYPE_TAG = 1;

    /**
     * Offset of {@code type_version/2} (op _GUARD_TYPE_VERSION) in the LOAD_ATTR cache.
     */
    public static final int LOAD_ATTR_TYPE_VERSION = 1;

    /**
     * Offset of {@code builtins_keys_version/1} (op _GUARD_BUILTINS_VERSION) in the LOAD_GLOBAL cache.
     */
    public static final int LOAD_GLOBAL_BUILTINS_KEYS_VERSION = 2;

    /**
     * Inline-cache code units of LOAD_GLOBAL.
     */
    public static final int LOAD_GLOBAL_CACHE_SIZE = 4;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_LOAD_GLOBAL) in the LOAD_GLOBAL cache.
     */
    public static final int LOAD_GLOBAL_COUNTER = 0;

    /**
     * Offset of {@code globals_keys_version/1} (op _GUARD_GLOBALS_VERSION) in the LOAD_GLOBAL cache.
     */
    public static final int LOAD_GLOBAL_GLOBALS_KEYS_VERSION = 1;

    /**
     * Offset of {@code index/1} (op _LOAD_GLOBAL_BUILTIN) in the LOAD_GLOBAL cache.
     */
    public static final int LOAD_GLOBAL_INDEX = 3;

    /**
     * Inline-cache code units of POP_JUMP_IF_FALSE.
     */
    public static final int POP_JUMP_IF_FALSE_CACHE_SIZE = 1;

    /**
     * Offset of {@code history/1} (op _POP_JUMP_IF_FALSE) in the POP_JUMP_IF_FALSE cache.
     */
    public static final int POP_JUMP_IF_FALSE_HISTORY = 0;

    /**
     * Inline-cache code units of POP_JUMP_IF_NONE.
     */
    public static final int POP_JUMP_IF_NONE_CACHE_SIZE = 1;

    /**
     * Offset of {@code history/1} (op _POP_JUMP_IF_TRUE) in the POP_JUMP_IF_NONE cache.
     */
    public static final int POP_JUMP_IF_NONE_HISTORY = 0;

    /**
     * Inline-cache code units of POP_JUMP_IF_NOT_NONE.
     */
    public static final int POP_JUMP_IF_NOT_NONE_CACHE_SIZE = 1;

    /**
     * Offset of {@code history/1} (op _POP_JUMP_IF_FALSE) in the POP_JUMP_IF_NOT_NONE cache.
     */
    public static final int POP_JUMP_IF_NOT_NONE_HISTORY = 0;

    /**
     * Inline-cache code units of POP_JUMP_IF_TRUE.
     */
    public static final int POP_JUMP_IF_TRUE_CACHE_SIZE = 1;

    /**
     * Offset of {@code history/1} (op _POP_JUMP_IF_TRUE) in the POP_JUMP_IF_TRUE cache.
     */
    public static final int POP_JUMP_IF_TRUE_HISTORY = 0;

    /**
     * Inline-cache code units of RESUME.
     */
    public static final int RESUME_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _COUNT_HOT_FUNCTION) in the RESUME cache.
     */
    public static final int RESUME_COUNTER = 0;

    /**
     * Inline-cache code units of STORE_ATTR.
     */
    public static final int STORE_ATTR_CACHE_SIZE = 4;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_STORE_ATTR) in the STORE_ATTR cache.
     */
    public static final int STORE_ATTR_COUNTER = 0;

    /**
     * Offset of {@code index/1} (op _STORE_ATTR_INSTANCE_VALUE) in the STORE_ATTR cache.
     */
    public static final int STORE_ATTR_INDEX = 3;

    /**
     * Offset of {@code type_version/2} (op _GUARD_TYPE_VERSION) in the STORE_ATTR cache.
     */
    public static final int STORE_ATTR_TYPE_VERSION = 1;

    /**
     * Inline-cache code units of STORE_GLOBAL.
     */
    public static final int STORE_GLOBAL_CACHE_SIZE = 3;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_STORE_GLOBAL) in the STORE_GLOBAL cache.
     */
    public static final int STORE_GLOBAL_COUNTER = 0;

    /**
     * Offset of {@code globals_keys_version/1} (op _GUARD_GLOBALS_VERSION) in the STORE_GLOBAL cache.
     */
    public static final int STORE_GLOBAL_GLOBALS_KEYS_VERSION = 1;

    /**
     * Offset of {@code index/1} (op _STORE_GLOBAL_MODULE) in the STORE_GLOBAL cache.
     */
    public static final int STORE_GLOBAL_INDEX = 2;

    /**
     * Inline-cache code units of STORE_SUBSCR.
     */
    public static final int STORE_SUBSCR_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_STORE_SUBSCR) in the STORE_SUBSCR cache.
     */
    public static final int STORE_SUBSCR_COUNTER = 0;

    /**
     * Inline-cache code units of TO_BOOL.
     */
    public static final int TO_BOOL_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_TO_BOOL) in the TO_BOOL cache.
     */
    public static final int TO_BOOL_COUNTER = 0;

    /**
     * Inline-cache code units of UNPACK_SEQUENCE.
     */
    public static final int UNPACK_SEQUENCE_CACHE_SIZE = 1;

    /**
     * Offset of {@code counter/1} (op _SPECIALIZE_UNPACK_SEQUENCE) in the UNPACK_SEQUENCE cache.
     */
    public static final int UNPACK_SEQUENCE_COUNTER = 0;

    private CacheLayout() {
    }
}
