// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).
 */
public final class DslConstants {
    /**
     * {@code const CLASS_VERSION_WORD}
     */
    public static final long CLASS_VERSION_WORD = 1L;

    /**
     * {@code const COMPARE_EQ}
     */
    public static final long COMPARE_EQ = 2L;

    /**
     * {@code const COMPARE_EQ_BIT}
     */
    public static final long COMPARE_EQ_BIT = 8L;

    /**
     * {@code const COMPARE_GE}
     */
    public static final long COMPARE_GE = 5L;

    /**
     * {@code const COMPARE_GT}
     */
    public static final long COMPARE_GT = 4L;

    /**
     * {@code const COMPARE_GT_BIT}
     */
    public static final long COMPARE_GT_BIT = 4L;

    /**
     * {@code const COMPARE_LE}
     */
    public static final long COMPARE_LE = 1L;

    /**
     * {@code const COMPARE_LT}
     */
    public static final long COMPARE_LT = 0L;

    /**
     * {@code const COMPARE_LT_BIT}
     */
    public static final long COMPARE_LT_BIT = 2L;

    /**
     * {@code const COMPARE_NE}
     */
    public static final long COMPARE_NE = 3L;

    /**
     * {@code const COMPARE_SHIFT}
     */
    public static final long COMPARE_SHIFT = 4L;

    /**
     * {@code const COMPARE_UNORDERED_BIT}
     */
    public static final long COMPARE_UNORDERED_BIT = 1L;

    /**
     * {@code const COUNTER_VALUE_MASK}
     */
    public static final long COUNTER_VALUE_MASK = 65520L;

    /**
     * {@code const DICT_NAMESPACE_VERSION_WORD}
     */
    public static final long DICT_NAMESPACE_VERSION_WORD = 2L;

    /**
     * {@code const DICT_VALUES_WORD}
     */
    public static final long DICT_VALUES_WORD = 1L;

    /**
     * {@code const FALSE_BITS}
     */
    public static final long FALSE_BITS = 10L;

    /**
     * {@code const FLOAT_BITS_WORD}
     */
    public static final long FLOAT_BITS_WORD = 1L;

    /**
     * {@code const FLOAT_EXPONENT_OFFSET}
     */
    public static final long FLOAT_EXPONENT_OFFSET = 896L;

    /**
     * {@code const FLOAT_ROTATED_MIN}
     */
    public static final long FLOAT_ROTATED_MIN = 897L << 53L;

    /**
     * {@code const FLOAT_ROTATED_OFFSET}
     */
    public static final long FLOAT_ROTATED_OFFSET = 896L << 53L;

    /**
     * {@code const FLOAT_TAG}
     */
    public static final long FLOAT_TAG = 4L;

    /**
     * {@code const FLOAT_TAG_BITS}
     */
    public static final long FLOAT_TAG_BITS = 3L;

    /**
     * {@code const FRAMES_CALLER_OFFSET}
     */
    public static final long FRAMES_CALLER_OFFSET = 6L;

    /**
     * {@code const FRAMES_CALLER_VERSION}
     */
    public static final long FRAMES_CALLER_VERSION = 5L;

    /**
     * {@code const FRAMES_DEPTH_LEFT}
     */
    public static final long FRAMES_DEPTH_LEFT = 1L;

    /**
     * {@code const FRAMES_RECORDS}
     */
    public static final long FRAMES_RECORDS = 7L;

    /**
     * {@code const FRAMES_RECORD_COUNT}
     */
    public static final long FRAMES_RECORD_COUNT = 3L;

    /**
     * {@code const FRAMES_RECORD_MAX}
     */
    public static final long FRAMES_RECORD_MAX = 32L;

    /**
     * {@code const FRAMES_ROOM}
     */
    public static final long FRAMES_ROOM = 0L;

    /**
     * {@code const FRAMES_STACK_END}
     */
    public static final long FRAMES_STACK_END = 2L;

    /**
     * {@code const FRAMES_VERSION}
     */
    public static final long FRAMES_VERSION = 4L;

    /**
     * {@code const FRAME_LOCALS_SHIFT}
     */
    public static final long FRAME_LOCALS_SHIFT = 32L;

    /**
     * {@code const FRAME_SIZE_MASK}
     */
    public static final long FRAME_SIZE_MASK = (1L << 32L) - 1L;

    /**
     * {@code const FUNCTION_ARGCOUNT_WORD}
     */
    public static final long FUNCTION_ARGCOUNT_WORD = 2L;

    /**
     * {@code const FUNCTION_FRAME_WORD}
     */
    public static final long FUNCTION_FRAME_WORD = 3L;

    /**
     * {@code const FUNCTION_VERSION_WORD}
     */
    public static final long FUNCTION_VERSION_WORD = 1L;

    /**
     * {@code const HANDLE_SHIFT}
     */
    public static final long HANDLE_SHIFT = 3L;

    /**
     * {@code const IMMEDIATE_TAG}
     */
    public static final long IMMEDIATE_TAG = 2L;

    /**
     * {@code const INSTANCE_CLASS_WORD}
     */
    public static final long INSTANCE_CLASS_WORD = 1L;

    /**
     * {@code const INSTANCE_SLOTS_WORD}
     */
    public static final long INSTANCE_SLOTS_WORD = 2L;

    /**
     * {@code const INSTANCE_SLOT_COUNT_WORD}
     */
    public static final long INSTANCE_SLOT_COUNT_WORD = 3L;

    /**
     * {@code const LIST_CAPACITY_WORD}
     */
    public static final long LIST_CAPACITY_WORD = 3L;

    /**
     * {@code const LIST_ITEMS_WORD}
     */
    public static final long LIST_ITEMS_WORD = 2L;

    /**
     * {@code const LIST_ITER_INDEX_WORD}
     */
    public static final long LIST_ITER_INDEX_WORD = 2L;

    /**
     * {@code const LIST_ITER_LIST_WORD}
     */
    public static final long LIST_ITER_LIST_WORD = 1L;

    /**
     * {@code const LIST_LENGTH_WORD}
     */
    public static final long LIST_LENGTH_WORD = 1L;

    /**
     * {@code const MAKE_FUNCTION_DEFAULTS}
     */
    public static final long MAKE_FUNCTION_DEFAULTS = 1L;

    /**
     * {@code const METHOD_FLAG}
     */
    public static final long METHOD_FLAG = 1L;

    /**
     * {@code const NB_ADD}
     */
    public static final long NB_ADD = 0L;

    /**
     * {@code const NB_AND}
     */
    public static final long NB_AND = 1L;

    /**
     * {@code const NB_FLOOR_DIVIDE}
     */
    public static final long NB_FLOOR_DIVIDE = 2L;

    /**
     * {@code const NB_INPLACE_ADD}
     */
    public static final long NB_INPLACE_ADD = 13L;

    /**
     * {@code const NB_INPLACE_AND}
     */
    public static final long NB_INPLACE_AND = 14L;

    /**
     * {@code const NB_INPLACE_FLOOR_DIVIDE}
     */
    public static final long NB_INPLACE_FLOOR_DIVIDE = 15L;

    /**
     * {@code const NB_INPLACE_LSHIFT}
     */
    public static final long NB_INPLACE_LSHIFT = 16L;

    /**
     * {@code const NB_INPLACE_MATRIX_MULTIPLY}
     */
    public static final long NB_INPLACE_MATRIX_MULTIPLY = 17L;

    /**
     * {@code const NB_INPLACE_MULTIPLY}
     */
    public static final long NB_INPLACE_MULTIPLY = 18L;

    /**
     * {@code const NB_INPLACE_OR}
     */
    public static final long NB_INPLACE_OR = 20L;

    /**
     * {@code const NB_INPLACE_POWER}
     */
    public static final long NB_INPLACE_POWER = 21L;

    /**
     * {@code const NB_INPLACE_REMAINDER}
     */
    public static final long NB_INPLACE_REMAINDER = 19L;

    /**
     * {@code const NB_INPLACE_RSHIFT}
     */
    public static final long NB_INPLACE_RSHIFT = 22L;

    /**
     * {@code const NB_INPLACE_SUBTRACT}
     */
    public static final long NB_INPLACE_SUBTRACT = 23L;

    /**
     * {@code const NB_INPLACE_TRUE_DIVIDE}
     */
    public static final long NB_INPLACE_TRUE_DIVIDE = 24L;

    /**
     * {@code const NB_INPLACE_XOR}
     */
    public static final long NB_INPLACE_XOR = 25L;

    /**
     * {@code const NB_LSHIFT}
     */
    public static final long NB_LSHIFT = 3L;

    /**
     * {@code const NB_MATRIX_MULTIPLY}
     */
    public static final long NB_MATRIX_MULTIPLY = 4L;

    /**
     * {@code const NB_MULTIPLY}
     */
    public static final long NB_MULTIPLY = 5L;

    /**
     * {@code const NB_OR}
     */
    public static final long NB_OR = 7L;

    /**
     * {@code const NB_POWER}
     */
    public static final long NB_POWER = 8L;

    /**
     * {@code const NB_REMAINDER}
     */
    public static final long NB_REMAINDER = 6L;

    /**
     * {@code const NB_RSHIFT}
     */
    public static final long NB_RSHIFT = 9L;

    /**
     * {@code const NB_SUBTRACT}
     */
    public static final long NB_SUBTRACT = 10L;

    /**
     * {@code const NB_TRUE_DIVIDE}
     */
    public static final long NB_TRUE_DIVIDE = 11L;

    /**
     * {@code const NB_XOR}
     */
    public static final long NB_XOR = 12L;

    /**
     * {@code const NONE_BITS}
     */
    public static final long NONE_BITS = 2L;

    /**
     * {@code const NO_VERSION}
     */
    public static final long NO_VERSION = -1L;

    /**
     * {@code const NULL_BITS}
     */
    public static final long NULL_BITS = 0L;

    /**
     * {@code const PUSH_NULL_FLAG}
     */
    public static final long PUSH_NULL_FLAG = 1L;

    /**
     * {@code const RANGE_ITER_NEXT_WORD}
     */
    public static final long RANGE_ITER_NEXT_WORD = 1L;

    /**
     * {@code const RANGE_ITER_REMAINING_WORD}
     */
    public static final long RANGE_ITER_REMAINING_WORD = 3L;

    /**
     * {@code const RANGE_ITER_STEP_WORD}
     */
    public static final long RANGE_ITER_STEP_WORD = 2L;

    /**
     * {@code const RECORD_CALLER_LOCALS}
     */
    public static final long RECORD_CALLER_LOCALS = 3L;

    /**
     * {@code const RECORD_CALLER_ROOM}
     */
    public static final long RECORD_CALLER_ROOM = 4L;

    /**
     * {@code const RECORD_CALLER_SP}
     */
    public static final long RECORD_CALLER_SP = 2L;

    /**
     * {@code const RECORD_CALL_OFFSET}
     */
    public static final long RECORD_CALL_OFFSET = 1L;

    /**
     * {@code const RECORD_FUNCTION}
     */
    public static final long RECORD_FUNCTION = 0L;

    /**
     * {@code const RECORD_WORDS}
     */
    public static final long RECORD_WORDS = 5L;

    /**
     * {@code const SMALL_INT_MAX}
     */
    public static final long SMALL_INT_MAX = (1L << 62L) - 1L;

    /**
     * {@code const SMALL_INT_MIN}
     */
    public static final long SMALL_INT_MIN = -(1L << 62L);

    /**
     * {@code const SMALL_INT_TAG}
     */
    public static final long SMALL_INT_TAG = 1L;

    /**
     * {@code const SMALL_INT_ZERO_BITS}
     */
    public static final long SMALL_INT_ZERO_BITS = 1L;

    /**
     * {@code const STR_LENGTH_WORD}
     */
    public static final long STR_LENGTH_WORD = 1L;

    /**
     * {@code const SUPER_MASK}
     */
    public static final long SUPER_MASK = 15L;

    /**
     * {@code const SUPER_SHIFT}
     */
    public static final long SUPER_SHIFT = 4L;

    /**
     * {@code const TAG_MASK}
     */
    public static final long TAG_MASK = 7L;

    /**
     * {@code const TRUE_BITS}
     */
    public static final long TRUE_BITS = 18L;

    /**
     * {@code const TUPLE_ITEMS_WORD}
     */
    public static final long TUPLE_ITEMS_WORD = 2L;

    /**
     * {@code const TUPLE_ITER_INDEX_WORD}
     */
    public static final long TUPLE_ITER_INDEX_WORD = 2L;

    /**
     * {@code const TUPLE_ITER_TUPLE_WORD}
     */
    public static final long TUPLE_ITER_TUPLE_WORD = 1L;

    /**
     * {@code const TUPLE_LENGTH_WORD}
     */
    public static final long TUPLE_LENGTH_WORD = 1L;

    /**
     * {@code const TYPE_BOOL}
     */
    public static final long TYPE_BOOL = 2L;

    /**
     * {@code const TYPE_BUILTIN}
     */
    public static final long TYPE_BUILTIN = 14L;

    /**
     * {@code const TYPE_CLASS}
     */
    public static final long TYPE_CLASS = 15L;

    /**
     * {@code const TYPE_DICT}
     */
    public static final long TYPE_DICT = 8L;

    /**
     * {@code const TYPE_FLOAT}
     */
    public static final long TYPE_FLOAT = 4L;

    /**
     * {@code const TYPE_FUNCTION}
     */
    public static final long TYPE_FUNCTION = 13L;

    /**
     * {@code const TYPE_INSTANCE}
     */
    public static final long TYPE_INSTANCE = 16L;

    /**
     * {@code const TYPE_INT}
     */
    public static final long TYPE_INT = 3L;

    /**
     * {@code const TYPE_LIST}
     */
    public static final long TYPE_LIST = 6L;

    /**
     * {@code const TYPE_LIST_ITER}
     */
    public static final long TYPE_LIST_ITER = 11L;

    /**
     * {@code const TYPE_NONE}
     */
    public static final long TYPE_NONE = 1L;

    /**
     * {@code const TYPE_OTHER}
     */
    public static final long TYPE_OTHER = 0L;

    /**
     * {@code const TYPE_RANGE}
     */
    public static final long TYPE_RANGE = 9L;

    /**
     * {@code const TYPE_RANGE_ITER}
     */
    public static final long TYPE_RANGE_ITER = 10L;

    /**
     * {@code const TYPE_STR}
     */
    public static final long TYPE_STR = 5L;

    /**
     * {@code const TYPE_TUPLE}
     */
    public static final long TYPE_TUPLE = 7L;

    /**
     * {@code const TYPE_TUPLE_ITER}
     */
    public static final long TYPE_TUPLE_ITER = 12L;

    /**
     * {@code const VM_BUILTINS_WORD}
     */
    public static final long VM_BUILTINS_WORD = 2L;

    /**
     * {@code const VM_FRAMES_WORD}
     */
    public static final long VM_FRAMES_WORD = 3L;

    /**
     * {@code const VM_GLOBALS_WORD}
     */
    public static final long VM_GLOBALS_WORD = 1L;

    /**
     * {@code const VM_WORDS_HANDLE}
     */
    public static final long VM_WORDS_HANDLE = 8L;

    /**
     * {@code const WORD_BYTES}
     */
    public static final long WORD_BYTES = 8L;

    private DslConstants() {
    }
}
