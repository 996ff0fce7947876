// Generated from bytecodes.def by the cases generator (metadata). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * Opcode numbers. 0 marks inline-cache code units; real opcodes are below 256, pseudo-instructions from there.
 */
public final class Opcodes {
    public static final int CACHE = 0;

    public static final int BINARY_OP = 1;

    public static final int BINARY_SLICE = 2;

    public static final int BINARY_SUBSCR = 3;

    public static final int BUILD_LIST = 4;

    public static final int BUILD_MAP = 5;

    public static final int BUILD_SLICE = 6;

    public static final int BUILD_TUPLE = 7;

    public static final int CALL = 8;

    public static final int CALL_KW = 9;

    public static final int CHECK_EXC_MATCH = 10;

    public static final int COMPARE_OP = 11;

    public static final int CONTAINS_OP = 12;

    public static final int COPY = 13;

    public static final int DELETE_SUBSCR = 14;

    public static final int END_FOR = 15;

    public static final int ENTER_EXECUTOR = 16;

    public static final int EXTENDED_ARG = 17;

    public static final int FOR_ITER = 18;

    public static final int GET_ITER = 19;

    public static final int IS_OP = 20;

    public static final int JUMP_BACKWARD = 21;

    public static final int JUMP_FORWARD = 22;

    public static final int LIST_APPEND = 23;

    public static final int LOAD_ATTR = 24;

    public static final int LOAD_BUILD_CLASS = 25;

    public static final int LOAD_CONST = 26;

    public static final int LOAD_FAST = 27;

    public static final int LOAD_FAST_AND_CLEAR = 28;

    public static final int LOAD_FAST_CHECK = 29;

    public static final int LOAD_FAST_LOAD_FAST = 30;

    public static final int LOAD_GLOBAL = 31;

    public static final int LOAD_NAME = 32;

    public static final int MAKE_FUNCTION = 33;

    public static final int NOP = 34;

    public static final int POP_EXCEPT = 35;

    public static final int POP_JUMP_IF_FALSE = 36;

    public static final int POP_JUMP_IF_NONE = 37;

    public static final int POP_JUMP_IF_NOT_NONE = 38;

    public static final int POP_JUMP_IF_TRUE = 39;

    public static final int POP_TOP = 40;

    public static final int PUSH_EXC_INFO = 41;

    public static final int PUSH_NULL = 42;

    public static final int RAISE_VARARGS = 43;

    public static final int RERAISE = 44;

    public static final int RESUME = 45;

    public static final int RETURN_CONST = 46;

    public static final int RETURN_VALUE = 47;

    public static final int STORE_ATTR = 48;

    public static final int STORE_FAST = 49;

    public static final int STORE_FAST_LOAD_FAST = 50;

    public static final int STORE_FAST_STORE_FAST = 51;

    public static final int STORE_GLOBAL = 52;

    public static final int STORE_NAME = 53;

    public static final int STORE_SLICE = 54;

    public static final int STORE_SUBSCR = 55;

    public static final int SWAP = 56;

    public static final int TO_BOOL = 57;

    public static final int UNARY_INVERT = 58;

    public static final int UNARY_NEGATIVE = 59;

    public static final int UNARY_NOT = 60;

    public static final int UNPACK_SEQUENCE = 61;

    public static final int BINARY_OP_ADD_FLOAT = 62;

    public static final int BINARY_OP_ADD_INT = 63;

    public static final int BINARY_OP_ADD_UNICODE = 64;

    public static final int BINARY_OP_MULTIPLY_FLOAT = 65;

    public static final int BINARY_OP_MULTIPLY_INT = 66;

    public static final int BINARY_OP_SUBTRACT_FLOAT = 67;

    public static final int BINARY_OP_SUBTRACT_INT = 68;

    public static final int BINARY_SUBSCR_DICT = 69;

    public static final int BINARY_SUBSCR_LIST_INT = 70;

    public static final int BINARY_SUBSCR_STR_INT = 71;

    public static final int BINARY_SUBSCR_TUPLE_INT = 72;

    public static final int CALL_BUILTIN = 73;

    public static final int CALL_PY_EXACT_ARGS = 74;

    public static final int COMPARE_OP_FLOAT = 75;

    public static final int COMPARE_OP_INT = 76;

    public static final int COMPARE_OP_STR = 77;

    public static final int FOR_ITER_LIST = 78;

    public static final int FOR_ITER_RANGE = 79;

    public static final int FOR_ITER_TUPLE = 80;

    public static final int LOAD_ATTR_INSTANCE_VALUE = 81;

    public static final int LOAD_ATTR_METHOD = 82;

    public static final int LOAD_GLOBAL_BUILTIN = 83;

    public static final int LOAD_GLOBAL_MODULE = 84;

    public static final int STORE_ATTR_INSTANCE_VALUE = 85;

    public static final int STORE_SUBSCR_DICT = 86;

    public static final int STORE_SUBSCR_LIST_INT = 87;

    public static final int TO_BOOL_BOOL = 88;

    public static final int TO_BOOL_INT = 89;

    public static final int TO_BOOL_LIST = 90;

    public static final int TO_BOOL_NONE = 91;

    public static final int TO_BOOL_STR = 92;

    public static final int UNPACK_SEQUENCE_LIST = 93;

    public static final int UNPACK_SEQUENCE_TUPLE = 94;

    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 95;

    public static final int CALL_LIST_APPEND = 96;

    public static final int LOAD_ATTR_METHOD_BUILTIN = 97;

    public static final int BINARY_OP_FLOOR_DIVIDE_INT = 98;

    public static final int BINARY_OP_REMAINDER_INT = 99;

    public static final int BINARY_OP_TRUE_DIVIDE_NUMBER = 100;

    public static final int STORE_GLOBAL_MODULE = 101;

    public static final int CALL_LEN = 102;

    public static final int JUMP = 256;

    public static final int POP_BLOCK = 257;

    public static final int SETUP_FINALLY = 258;

    private static final String[] NAMES;

    /**
     * Every number is below this.
     */
    public static final int LIMIT = 259;

    /**
     * The highest real opcode.
     */
    public static final int MAX_REAL_OPCODE = 102;

    /**
     * Pseudo-instructions never appear in code objects.
     */
    public static final int FIRST_PSEUDO_OPCODE = 256;

    static {
        NAMES = new String[259];
        NAMES[0] = "CACHE";
        NAMES[1] = "BINARY_OP";
        NAMES[2] = "BINARY_SLICE";
        NAMES[3] = "BINARY_SUBSCR";
        NAMES[4] = "BUILD_LIST";
        NAMES[5] = "BUILD_MAP";
        NAMES[6] = "BUILD_SLICE";
        NAMES[7] = "BUILD_TUPLE";
        NAMES[8] = "CALL";
        NAMES[9] = "CALL_KW";
        NAMES[10] = "CHECK_EXC_MATCH";
        NAMES[11] = "COMPARE_OP";
        NAMES[12] = "CONTAINS_OP";
        NAMES[13] = "COPY";
        NAMES[14] = "DELETE_SUBSCR";
        NAMES[15] = "END_FOR";
        NAMES[16] = "ENTER_EXECUTOR";
        NAMES[17] = "EXTENDED_ARG";
        NAMES[18] = "FOR_ITER";
        NAMES[19] = "GET_ITER";
        NAMES[20] = "IS_OP";
        NAMES[21] = "JUMP_BACKWARD";
        NAMES[22] = "JUMP_FORWARD";
        NAMES[23] = "LIST_APPEND";
        NAMES[24] = "LOAD_ATTR";
        NAMES[25] = "LOAD_BUILD_CLASS";
        NAMES[26] = "LOAD_CONST";
        NAMES[27] = "LOAD_FAST";
        NAMES[28] = "LOAD_FAST_AND_CLEAR";
        NAMES[29] = "LOAD_FAST_CHECK";
        NAMES[30] = "LOAD_FAST_LOAD_FAST";
        NAMES[31] = "LOAD_GLOBAL";
        NAMES[32] = "LOAD_NAME";
        NAMES[33] = "MAKE_FUNCTION";
        NAMES[34] = "NOP";
        NAMES[35] = "POP_EXCEPT";
        NAMES[36] = "POP_JUMP_IF_FALSE";
        NAMES[37] = "POP_JUMP_IF_NONE";
        NAMES[38] = "POP_JUMP_IF_NOT_NONE";
        NAMES[39] = "POP_JUMP_IF_TRUE";
        NAMES[40] = "POP_TOP";
        NAMES[41] = "PUSH_EXC_INFO";
        NAMES[42] = "PUSH_NULL";
        NAMES[43] = "RAISE_VARARGS";
        NAMES[44] = "RERAISE";
        NAMES[45] = "RESUME";
        NAMES[46] = "RETURN_CONST";
        NAMES[47] = "RETURN_VALUE";
        NAMES[48] = "STORE_ATTR";
        NAMES[49] = "STORE_FAST";
        NAMES[50] = "STORE_FAST_LOAD_FAST";
        NAMES[51] = "STORE_FAST_STORE_FAST";
        NAMES[52] = "STORE_GLOBAL";
        NAMES[53] = "STORE_NAME";
        NAMES[54] = "STORE_SLICE";
        NAMES[55] = "STORE_SUBSCR";
        NAMES[56] = "SWAP";
        NAMES[57] = "TO_BOOL";
        NAMES[58] = "UNARY_INVERT";
        NAMES[59] = "UNARY_NEGATIVE";
        NAMES[60] = "UNARY_NOT";
        NAMES[61] = "UNPACK_SEQUENCE";
        NAMES[62] = "BINARY_OP_ADD_FLOAT";
        NAMES[63] = "BINARY_OP_ADD_INT";
        NAMES[64] = "BINARY_OP_ADD_UNICODE";
        NAMES[65] = "BINARY_OP_MULTIPLY_FLOAT";
        NAMES[66] = "BINARY_OP_MULTIPLY_INT";
        NAMES[67] = "BINARY_OP_SUBTRACT_FLOAT";
        NAMES[68] = "BINARY_OP_SUBTRACT_INT";
        NAMES[69] = "BINARY_SUBSCR_DICT";
        NAMES[70] = "BINARY_SUBSCR_LIST_INT";
        NAMES[71] = "BINARY_SUBSCR_STR_INT";
        NAMES[72] = "BINARY_SUBSCR_TUPLE_INT";
        NAMES[73] = "CALL_BUILTIN";
        NAMES[74] = "CALL_PY_EXACT_ARGS";
        NAMES[75] = "COMPARE_OP_FLOAT";
        NAMES[76] = "COMPARE_OP_INT";
        NAMES[77] = "COMPARE_OP_STR";
        NAMES[78] = "FOR_ITER_LIST";
        NAMES[79] = "FOR_ITER_RANGE";
        NAMES[80] = "FOR_ITER_TUPLE";
        NAMES[81] = "LOAD_ATTR_INSTANCE_VALUE";
        NAMES[82] = "LOAD_ATTR_METHOD";
        NAMES[83] = "LOAD_GLOBAL_BUILTIN";
        NAMES[84] = "LOAD_GLOBAL_MODULE";
        NAMES[85] = "STORE_ATTR_INSTANCE_VALUE";
        NAMES[86] = "STORE_SUBSCR_DICT";
        NAMES[87] = "STORE_SUBSCR_LIST_INT";
        NAMES[88] = "TO_BOOL_BOOL";
        NAMES[89] = "TO_BOOL_INT";
        NAMES[90] = "TO_BOOL_LIST";
        NAMES[91] = "TO_BOOL_NONE";
        NAMES[92] = "TO_BOOL_STR";
        NAMES[93] = "UNPACK_SEQUENCE_LIST";
        NAMES[94] = "UNPACK_SEQUENCE_TUPLE";
        NAMES[95] = "UNPACK_SEQUENCE_TWO_TUPLE";
        NAMES[96] = "CALL_LIST_APPEND";
        NAMES[97] = "LOAD_ATTR_METHOD_BUILTIN";
        NAMES[98] = "BINARY_OP_FLOOR_DIVIDE_INT";
        NAMES[99] = "BINARY_OP_REMAINDER_INT";
        NAMES[100] = "BINARY_OP_TRUE_DIVIDE_NUMBER";
        NAMES[101] = "STORE_GLOBAL_MODULE";
        NAMES[102] = "CALL_LEN";
        NAMES[256] = "JUMP";
        NAMES[257] = "POP_BLOCK";
        NAMES[258] = "SETUP_FINALLY";
    }

    private Opcodes() {
    }

    /**
     * The name for {@code id}, or null when no name has that number.
     */
    public static String name(int id) {
        return id >= 0 && id < NAMES.length ? NAMES[id] : null;
    }
}
