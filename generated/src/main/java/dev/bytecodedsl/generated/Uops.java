// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Tier-2 micro-op ids; 0 means no uop.
 */
public final class Uops {
    public static final int BINARY_SLICE = 1;

    public static final int BUILD_LIST = 2;

    public static final int BUILD_MAP = 3;

    public static final int BUILD_SLICE = 4;

    public static final int BUILD_TUPLE = 5;

    public static final int CALL_KW = 6;

    public static final int CHECK_EXC_MATCH = 7;

    public static final int CONTAINS_OP = 8;

    public static final int COPY = 9;

    public static final int DELETE_SUBSCR = 10;

    public static final int END_FOR = 11;

    public static final int GET_ITER = 12;

    public static final int IS_OP = 13;

    public static final int LIST_APPEND = 14;

    public static final int LOAD_BUILD_CLASS = 15;

    public static final int LOAD_CONST = 16;

    public static final int LOAD_FAST_AND_CLEAR = 17;

    public static final int LOAD_FAST_CHECK = 18;

    public static final int LOAD_FAST_LOAD_FAST = 19;

    public static final int LOAD_NAME = 20;

    public static final int MAKE_FUNCTION = 21;

    public static final int NOP = 22;

    public static final int POP_EXCEPT = 23;

    public static final int POP_TOP = 24;

    public static final int PUSH_EXC_INFO = 25;

    public static final int PUSH_NULL = 26;

    public static final int RAISE_VARARGS = 27;

    public static final int RERAISE = 28;

    public static final int STORE_FAST_LOAD_FAST = 30;

    public static final int STORE_FAST_STORE_FAST = 31;

    public static final int STORE_NAME = 33;

    public static final int STORE_SLICE = 34;

    public static final int SWAP = 35;

    public static final int UNARY_INVERT = 36;

    public static final int UNARY_NEGATIVE = 37;

    public static final int UNARY_NOT = 38;

    public static final int _BINARY_OP = 39;

    public static final int _BINARY_OP_ADD_FLOAT = 40;

    public static final int _BINARY_OP_ADD_INT = 41;

    public static final int _BINARY_OP_ADD_UNICODE = 42;

    public static final int _BINARY_OP_MULTIPLY_FLOAT = 43;

    public static final int _BINARY_OP_MULTIPLY_INT = 44;

    public static final int _BINARY_OP_SUBTRACT_FLOAT = 45;

    public static final int _BINARY_OP_SUBTRACT_INT = 46;

    public static final int _BINARY_SUBSCR = 47;

    public static final int _BINARY_SUBSCR_DICT = 48;

    public static final int _BINARY_SUBSCR_LIST_INT = 49;

    public static final int _BINARY_SUBSCR_STR_INT = 50;

    public static final int _BINARY_SUBSCR_TUPLE_INT = 51;

    public static final int _CALL = 52;

    public static final int _CALL_BUILTIN = 53;

    public static final int _CHECK_FUNCTION_EXACT_ARGS = 54;

    public static final int _CHECK_PERIODIC = 55;

    public static final int _CHECK_STACK_SPACE = 56;

    public static final int _CHECK_VALIDITY = 57;

    public static final int _COMPARE_OP = 58;

    public static final int _COMPARE_OP_FLOAT = 59;

    public static final int _COMPARE_OP_INT = 60;

    public static final int _COMPARE_OP_STR = 61;

    public static final int _EXIT_TRACE = 62;

    public static final int _FOR_ITER_TIER_TWO = 63;

    public static final int _GUARD_BOTH_FLOAT = 64;

    public static final int _GUARD_BOTH_INT = 65;

    public static final int _GUARD_BOTH_UNICODE = 66;

    public static final int _GUARD_BUILTINS_VERSION = 67;

    public static final int _GUARD_CALLABLE_BUILTIN = 68;

    public static final int _GUARD_EXHAUSTED_LIST = 69;

    public static final int _GUARD_EXHAUSTED_RANGE = 70;

    public static final int _GUARD_EXHAUSTED_TUPLE = 71;

    public static final int _GUARD_GLOBALS_VERSION = 72;

    public static final int _GUARD_IS_FALSE_POP = 73;

    public static final int _GUARD_IS_TRUE_POP = 74;

    public static final int _GUARD_NOS_DICT = 75;

    public static final int _GUARD_NOS_INT = 76;

    public static final int _GUARD_NOS_LIST = 77;

    public static final int _GUARD_NOS_STR = 78;

    public static final int _GUARD_NOS_TUPLE = 79;

    public static final int _GUARD_NOT_EXHAUSTED_LIST = 80;

    public static final int _GUARD_NOT_EXHAUSTED_RANGE = 81;

    public static final int _GUARD_NOT_EXHAUSTED_TUPLE = 82;

    public static final int _GUARD_TOS_BOOL = 83;

    public static final int _GUARD_TOS_INT = 84;

    public static final int _GUARD_TOS_LIST = 85;

    public static final int _GUARD_TOS_NONE = 86;

    public static final int _GUARD_TOS_STR = 87;

    public static final int _GUARD_TOS_TUPLE = 88;

    public static final int _GUARD_TYPE_VERSION = 89;

    public static final int _IS_NONE = 90;

    public static final int _ITER_CHECK_LIST = 91;

    public static final int _ITER_CHECK_RANGE = 92;

    public static final int _ITER_CHECK_TUPLE = 93;

    public static final int _ITER_NEXT_LIST = 94;

    public static final int _ITER_NEXT_RANGE = 95;

    public static final int _ITER_NEXT_TUPLE = 96;

    public static final int _JUMP_TO_TOP = 97;

    public static final int _LOAD_ATTR = 98;

    public static final int _LOAD_ATTR_INSTANCE_VALUE = 99;

    public static final int _LOAD_ATTR_METHOD = 100;

    public static final int _LOAD_CONST_INLINE = 101;

    public static final int _LOAD_FAST = 102;

    public static final int _LOAD_FAST_0 = 103;

    public static final int _LOAD_FAST_1 = 104;

    public static final int _LOAD_FAST_2 = 105;

    public static final int _LOAD_FAST_3 = 106;

    public static final int _LOAD_FAST_4 = 107;

    public static final int _LOAD_FAST_5 = 108;

    public static final int _LOAD_FAST_6 = 109;

    public static final int _LOAD_FAST_7 = 110;

    public static final int _LOAD_GLOBAL = 111;

    public static final int _LOAD_GLOBAL_BUILTIN = 112;

    public static final int _LOAD_GLOBAL_MODULE = 113;

    public static final int _SET_IP = 114;

    public static final int _START_EXECUTOR = 115;

    public static final int _STORE_ATTR = 116;

    public static final int _STORE_ATTR_INSTANCE_VALUE = 117;

    public static final int _STORE_FAST = 118;

    public static final int _STORE_FAST_0 = 119;

    public static final int _STORE_FAST_1 = 120;

    public static final int _STORE_FAST_2 = 121;

    public static final int _STORE_FAST_3 = 122;

    public static final int _STORE_FAST_4 = 123;

    public static final int _STORE_FAST_5 = 124;

    public static final int _STORE_FAST_6 = 125;

    public static final int _STORE_FAST_7 = 126;

    public static final int _STORE_SUBSCR = 127;

    public static final int _STORE_SUBSCR_DICT = 128;

    public static final int _STORE_SUBSCR_LIST_INT = 129;

    public static final int _TO_BOOL = 130;

    public static final int _TO_BOOL_INT = 131;

    public static final int _TO_BOOL_LIST = 132;

    public static final int _TO_BOOL_NONE = 133;

    public static final int _TO_BOOL_STR = 134;

    public static final int _UNPACK_SEQUENCE = 135;

    public static final int _UNPACK_SEQUENCE_LIST = 136;

    public static final int _UNPACK_SEQUENCE_TUPLE = 137;

    public static final int _UNPACK_SEQUENCE_TWO_TUPLE = 138;

    public static final int _POP_FRAME = 139;

    public static final int _PUSH_FRAME = 140;

    public static final int _CALL_LIST_APPEND = 141;

    public static final int _GUARD_CALLABLE_LIST_APPEND = 142;

    public static final int _GUARD_TYPE_TAG = 143;

    public static final int _BINARY_OP_FLOOR_DIVIDE_INT = 144;

    public static final int _BINARY_OP_REMAINDER_INT = 145;

    public static final int _BINARY_OP_TRUE_DIVIDE_NUMBER = 146;

    public static final int _GUARD_BOTH_NUMBER = 147;

    public static final int _STORE_GLOBAL = 148;

    public static final int _STORE_GLOBAL_MODULE = 149;

    public static final int _CALL_LEN = 150;

    public static final int _GUARD_CALLABLE_LEN = 151;

    public static final int _CHECK_CALLER = 152;

    public static final int _RESUME_CHECK = 153;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 154;

    /**
     * The highest uop id.
     */
    public static final int MAX_UOP_ID = 153;

    static {
        NAMES = new String[154];
        NAMES[1] = "BINARY_SLICE";
        NAMES[2] = "BUILD_LIST";
        NAMES[3] = "BUILD_MAP";
        NAMES[4] = "BUILD_SLICE";
        NAMES[5] = "BUILD_TUPLE";
        NAMES[6] = "CALL_KW";
        NAMES[7] = "CHECK_EXC_MATCH";
        NAMES[8] = "CONTAINS_OP";
        NAMES[9] = "COPY";
        NAMES[10] = "DELETE_SUBSCR";
        NAMES[11] = "END_FOR";
        NAMES[12] = "GET_ITER";
        NAMES[13] = "IS_OP";
        NAMES[14] = "LIST_APPEND";
        NAMES[15] = "LOAD_BUILD_CLASS";
        NAMES[16] = "LOAD_CONST";
        NAMES[17] = "LOAD_FAST_AND_CLEAR";
        NAMES[18] = "LOAD_FAST_CHECK";
        NAMES[19] = "LOAD_FAST_LOAD_FAST";
        NAMES[20] = "LOAD_NAME";
        NAMES[21] = "MAKE_FUNCTION";
        NAMES[22] = "NOP";
        NAMES[23] = "POP_EXCEPT";
        NAMES[24] = "POP_TOP";
        NAMES[25] = "PUSH_EXC_INFO";
        NAMES[26] = "PUSH_NULL";
        NAMES[27] = "RAISE_VARARGS";
        NAMES[28] = "RERAISE";
        NAMES[30] = "STORE_FAST_LOAD_FAST";
        NAMES[31] = "STORE_FAST_STORE_FAST";
        NAMES[33] = "STORE_NAME";
        NAMES[34] = "STORE_SLICE";
        NAMES[35] = "SWAP";
        NAMES[36] = "UNARY_INVERT";
        NAMES[37] = "UNARY_NEGATIVE";
        NAMES[38] = "UNARY_NOT";
        NAMES[39] = "_BINARY_OP";
        NAMES[40] = "_BINARY_OP_ADD_FLOAT";
        NAMES[41] = "_BINARY_OP_ADD_INT";
        NAMES[42] = "_BINARY_OP_ADD_UNICODE";
        NAMES[43] = "_BINARY_OP_MULTIPLY_FLOAT";
        NAMES[44] = "_BINARY_OP_MULTIPLY_INT";
        NAMES[45] = "_BINARY_OP_SUBTRACT_FLOAT";
        NAMES[46] = "_BINARY_OP_SUBTRACT_INT";
        NAMES[47] = "_BINARY_SUBSCR";
        NAMES[48] = "_BINARY_SUBSCR_DICT";
        NAMES[49] = "_BINARY_SUBSCR_LIST_INT";
        NAMES[50] = "_BINARY_SUBSCR_STR_INT";
        NAMES[51] = "_BINARY_SUBSCR_TUPLE_INT";
        NAMES[52] = "_CALL";
        NAMES[53] = "_CALL_BUILTIN";
        NAMES[54] = "_CHECK_FUNCTION_EXACT_ARGS";
        NAMES[55] = "_CHECK_PERIODIC";
        NAMES[56] = "_CHECK_STACK_SPACE";
        NAMES[57] = "_CHECK_VALIDITY";
        NAMES[58] = "_COMPARE_OP";
        NAMES[59] = "_COMPARE_OP_FLOAT";
        NAMES[60] = "_COMPARE_OP_INT";
        NAMES[61] = "_COMPARE_OP_STR";
        NAMES[62] = "_EXIT_TRACE";
        NAMES[63] = "_FOR_ITER_TIER_TWO";
        NAMES[64] = "_GUARD_BOTH_FLOAT";
        NAMES[65] = "_GUARD_BOTH_INT";
        NAMES[66] = "_GUARD_BOTH_UNICODE";
        NAMES[67] = "_GUARD_BUILTINS_VERSION";
        NAMES[68] = "_GUARD_CALLABLE_BUILTIN";
        NAMES[69] = "_GUARD_EXHAUSTED_LIST";
        NAMES[70] = "_GUARD_EXHAUSTED_RANGE";
        NAMES[71] = "_GUARD_EXHAUSTED_TUPLE";
        NAMES[72] = "_GUARD_GLOBALS_VERSION";
        NAMES[73] = "_GUARD_IS_FALSE_POP";
        NAMES[74] = "_GUARD_IS_TRUE_POP";
        NAMES[75] = "_GUARD_NOS_DICT";
        NAMES[76] = "_GUARD_NOS_INT";
        NAMES[77] = "_GUARD_NOS_LIST";
        NAMES[78] = "_GUARD_NOS_STR";
        NAMES[79] = "_GUARD_NOS_TUPLE";
        NAMES[80] = "_GUARD_NOT_EXHAUSTED_LIST";
        NAMES[81] = "_GUARD_NOT_EXHAUSTED_RANGE";
        NAMES[82] = "_GUARD_NOT_EXHAUSTED_TUPLE";
        NAMES[83] = "_GUARD_TOS_BOOL";
        NAMES[84] = "_GUARD_TOS_INT";
        NAMES[85] = "_GUARD_TOS_LIST";
        NAMES[86] = "_GUARD_TOS_NONE";
        NAMES[87] = "_GUARD_TOS_STR";
        NAMES[88] = "_GUARD_TOS_TUPLE";
        NAMES[89] = "_GUARD_TYPE_VERSION";
        NAMES[90] = "_IS_NONE";
        NAMES[91] = "_ITER_CHECK_LIST";
        NAMES[92] = "_ITER_CHECK_RANGE";
        NAMES[93] = "_ITER_CHECK_TUPLE";
        NAMES[94] = "_ITER_NEXT_LIST";
        NAMES[95] = "_ITER_NEXT_RANGE";
        NAMES[96] = "_ITER_NEXT_TUPLE";
        NAMES[97] = "_JUMP_TO_TOP";
        NAMES[98] = "_LOAD_ATTR";
        NAMES[99] = "_LOAD_ATTR_INSTANCE_VALUE";
        NAMES[100] = "_LOAD_ATTR_METHOD";
        NAMES[101] = "_LOAD_CONST_INLINE";
        NAMES[102] = "_LOAD_FAST";
        NAMES[103] = "_LOAD_FAST_0";
        NAMES[104] = "_LOAD_FAST_1";
        NAMES[105] = "_LOAD_FAST_2";
        NAMES[106] = "_LOAD_FAST_3";
        NAMES[107] = "_LOAD_FAST_4";
        NAMES[108] = "_LOAD_FAST_5";
        NAMES[109] = "_LOAD_FAST_6";
        NAMES[110] = "_LOAD_FAST_7";
        NAMES[111] = "_LOAD_GLOBAL";
        NAMES[112] = "_LOAD_GLOBAL_BUILTIN";
        NAMES[113] = "_LOAD_GLOBAL_MODULE";
        NAMES[114] = "_SET_IP";
        NAMES[115] = "_START_EXECUTOR";
        NAMES[116] = "_STORE_ATTR";
        NAMES[117] = "_STORE_ATTR_INSTANCE_VALUE";
        NAMES[118] = "_STORE_FAST";
        NAMES[119] = "_STORE_FAST_0";
        NAMES[120] = "_STORE_FAST_1";
        NAMES[121] = "_STORE_FAST_2";
        NAMES[122] = "_STORE_FAST_3";
        NAMES[123] = "_STORE_FAST_4";
        NAMES[124] = "_STORE_FAST_5";
        NAMES[125] = "_STORE_FAST_6";
        NAMES[126] = "_STORE_FAST_7";
        NAMES[127] = "_STORE_SUBSCR";
        NAMES[128] = "_STORE_SUBSCR_DICT";
        NAMES[129] = "_STORE_SUBSCR_LIST_INT";
        NAMES[130] = "_TO_BOOL";
        NAMES[131] = "_TO_BOOL_INT";
        NAMES[132] = "_TO_BOOL_LIST";
        NAMES[133] = "_TO_BOOL_NONE";
        NAMES[134] = "_TO_BOOL_STR";
        NAMES[135] = "_UNPACK_SEQUENCE";
        NAMES[136] = "_UNPACK_SEQUENCE_LIST";
        NAMES[137] = "_UNPACK_SEQUENCE_TUPLE";
        NAMES[138] = "_UNPACK_SEQUENCE_TWO_TUPLE";
        NAMES[139] = "_POP_FRAME";
        NAMES[140] = "_PUSH_FRAME";
        NAMES[141] = "_CALL_LIST_APPEND";
        NAMES[142] = "_GUARD_CALLABLE_LIST_APPEND";
        NAMES[143] = "_GUARD_TYPE_TAG";
        NAMES[144] = "_BINARY_OP_FLOOR_DIVIDE_INT";
        NAMES[145] = "_BINARY_OP_REMAINDER_INT";
        NAMES[146] = "_BINARY_OP_TRUE_DIVIDE_NUMBER";
        NAMES[147] = "_GUARD_BOTH_NUMBER";
        NAMES[148] = "_STORE_GLOBAL";
        NAMES[149] = "_STORE_GLOBAL_MODULE";
        NAMES[150] = "_CALL_LEN";
        NAMES[151] = "_GUARD_CALLABLE_LEN";
        NAMES[152] = "_CHECK_CALLER";
        NAMES[153] = "_RESUME_CHECK";
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
