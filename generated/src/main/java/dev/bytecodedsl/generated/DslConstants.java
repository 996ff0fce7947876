// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).
 */
public final class DslConstants {
    /**
     * bytecodes.def:52:11
     */
    public static final long SMALL_INT_TAG = 1L;

    /**
     * bytecodes.def:53:11
     */
    public static final long SMALL_INT_ZERO_BITS = 1L;

    /**
     * bytecodes.def:54:11
     */
    public static final long SMALL_INT_MAX = (1L << 62L) - 1L;

    /**
     * bytecodes.def:55:11
     */
    public static final long SMALL_INT_MIN = -(1L << 62L);

    /**
     * bytecodes.def:56:11
     */
    public static final long TAG_MASK = 7L;

    /**
     * bytecodes.def:57:11
     */
    public static final long IMMEDIATE_TAG = 2L;

    /**
     * bytecodes.def:58:11
     */
    public static final long HANDLE_SHIFT = 3L;

    /**
     * bytecodes.def:59:11
     */
    public static final long NULL_BITS = 0L;

    /**
     * bytecodes.def:60:11
     */
    public static final long NONE_BITS = 2L;

    /**
     * bytecodes.def:61:11
     */
    public static final long FALSE_BITS = 10L;

    /**
     * bytecodes.def:62:11
     */
    public static final long TRUE_BITS = 18L;

    /**
     * bytecodes.def:65:11
     */
    public static final long TYPE_OTHER = 0L;

    /**
     * bytecodes.def:66:11
     */
    public static final long TYPE_NONE = 1L;

    /**
     * bytecodes.def:67:11
     */
    public static final long TYPE_BOOL = 2L;

    /**
     * bytecodes.def:68:11
     */
    public static final long TYPE_INT = 3L;

    /**
     * bytecodes.def:69:11
     */
    public static final long TYPE_FLOAT = 4L;

    /**
     * bytecodes.def:70:11
     */
    public static final long TYPE_STR = 5L;

    /**
     * bytecodes.def:71:11
     */
    public static final long TYPE_LIST = 6L;

    /**
     * bytecodes.def:72:11
     */
    public static final long TYPE_TUPLE = 7L;

    /**
     * bytecodes.def:73:11
     */
    public static final long TYPE_DICT = 8L;

    /**
     * bytecodes.def:74:11
     */
    public static final long TYPE_RANGE = 9L;

    /**
     * bytecodes.def:75:11
     */
    public static final long TYPE_RANGE_ITER = 10L;

    /**
     * bytecodes.def:76:11
     */
    public static final long TYPE_LIST_ITER = 11L;

    /**
     * bytecodes.def:77:11
     */
    public static final long TYPE_TUPLE_ITER = 12L;

    /**
     * bytecodes.def:78:11
     */
    public static final long TYPE_FUNCTION = 13L;

    /**
     * bytecodes.def:79:11
     */
    public static final long TYPE_BUILTIN = 14L;

    /**
     * bytecodes.def:80:11
     */
    public static final long TYPE_CLASS = 15L;

    /**
     * bytecodes.def:81:11
     */
    public static final long TYPE_INSTANCE = 16L;

    /**
     * bytecodes.def:85:11
     */
    public static final long FLOAT_BITS_WORD = 1L;

    /**
     * bytecodes.def:86:11
     */
    public static final long RANGE_ITER_NEXT_WORD = 1L;

    /**
     * bytecodes.def:87:11
     */
    public static final long RANGE_ITER_STEP_WORD = 2L;

    /**
     * bytecodes.def:88:11
     */
    public static final long RANGE_ITER_REMAINING_WORD = 3L;

    /**
     * bytecodes.def:91:11
     */
    public static final long NB_ADD = 0L;

    /**
     * bytecodes.def:92:11
     */
    public static final long NB_AND = 1L;

    /**
     * bytecodes.def:93:11
     */
    public static final long NB_FLOOR_DIVIDE = 2L;

    /**
     * bytecodes.def:94:11
     */
    public static final long NB_LSHIFT = 3L;

    /**
     * bytecodes.def:95:11
     */
    public static final long NB_MATRIX_MULTIPLY = 4L;

    /**
     * bytecodes.def:96:11
     */
    public static final long NB_MULTIPLY = 5L;

    /**
     * bytecodes.def:97:11
     */
    public static final long NB_REMAINDER = 6L;

    /**
     * bytecodes.def:98:11
     */
    public static final long NB_OR = 7L;

    /**
     * bytecodes.def:99:11
     */
    public static final long NB_POWER = 8L;

    /**
     * bytecodes.def:100:11
     */
    public static final long NB_RSHIFT = 9L;

    /**
     * bytecodes.def:101:11
     */
    public static final long NB_SUBTRACT = 10L;

    /**
     * bytecodes.def:102:11
     */
    public static final long NB_TRUE_DIVIDE = 11L;

    /**
     * bytecodes.def:103:11
     */
    public static final long NB_XOR = 12L;

    /**
     * bytecodes.def:104:11
     */
    public static final long NB_INPLACE_ADD = 13L;

    /**
     * bytecodes.def:105:11
     */
    public static final long NB_INPLACE_AND = 14L;

    /**
     * bytecodes.def:106:11
     */
    public static final long NB_INPLACE_FLOOR_DIVIDE = 15L;

    /**
     * bytecodes.def:107:11
     */
    public static final long NB_INPLACE_LSHIFT = 16L;

    /**
     * bytecodes.def:108:11
     */
    public static final long NB_INPLACE_MATRIX_MULTIPLY = 17L;

    /**
     * bytecodes.def:109:11
     */
    public static final long NB_INPLACE_MULTIPLY = 18L;

    /**
     * bytecodes.def:110:11
     */
    public static final long NB_INPLACE_REMAINDER = 19L;

    /**
     * bytecodes.def:111:11
     */
    public static final long NB_INPLACE_OR = 20L;

    /**
     * bytecodes.def:112:11
     */
    public static final long NB_INPLACE_POWER = 21L;

    /**
     * bytecodes.def:113:11
     */
    public static final long NB_INPLACE_RSHIFT = 22L;

    /**
     * bytecodes.def:114:11
     */
    public static final long NB_INPLACE_SUBTRACT = 23L;

    /**
     * bytecodes.def:115:11
     */
    public static final long NB_INPLACE_TRUE_DIVIDE = 24L;

    /**
     * bytecodes.def:116:11
     */
    public static final long NB_INPLACE_XOR = 25L;

    /**
     * bytecodes.def:121:11
     */
    public static final long COMPARE_LT = 0L;

    /**
     * bytecodes.def:122:11
     */
    public static final long COMPARE_LE = 1L;

    /**
     * bytecodes.def:123:11
     */
    public static final long COMPARE_EQ = 2L;

    /**
     * bytecodes.def:124:11
     */
    public static final long COMPARE_NE = 3L;

    /**
     * bytecodes.def:125:11
     */
    public static final long COMPARE_GT = 4L;

    /**
     * bytecodes.def:126:11
     */
    public static final long COMPARE_GE = 5L;

    /**
     * bytecodes.def:127:11
     */
    public static final long COMPARE_SHIFT = 4L;

    /**
     * bytecodes.def:128:11
     */
    public static final long COMPARE_UNORDERED_BIT = 1L;

    /**
     * bytecodes.def:129:11
     */
    public static final long COMPARE_LT_BIT = 2L;

    /**
     * bytecodes.def:130:11
     */
    public static final long COMPARE_GT_BIT = 4L;

    /**
     * bytecodes.def:131:11
     */
    public static final long COMPARE_EQ_BIT = 8L;

    /**
     * bytecodes.def:134:11
     */
    public static final long SUPER_SHIFT = 4L;

    /**
     * bytecodes.def:135:11
     */
    public static final long SUPER_MASK = 15L;

    /**
     * bytecodes.def:136:11
     */
    public static final long PUSH_NULL_FLAG = 1L;

    /**
     * bytecodes.def:137:11
     */
    public static final long METHOD_FLAG = 1L;

    /**
     * bytecodes.def:138:11
     */
    public static final long MAKE_FUNCTION_DEFAULTS = 1L;

    /**
     * bytecodes.def:142:11
     */
    public static final long COUNTER_VALUE_MASK = 65520L;

    private DslConstants() {
    }
}
