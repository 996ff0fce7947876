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

    public static final int FOR_ITER = 16;

    public static final int GET_ITER = 17;

    public static final int IS_OP = 18;

    public static final int JUMP_BACKWARD = 19;

    public static final int JUMP_FORWARD = 20;

    public static final int LIST_APPEND = 21;

    public static final int LOAD_ATTR = 22;

    public static final int LOAD_BUILD_CLASS = 23;

    public static final int LOAD_CONST = 24;

    public static final int LOAD_FAST = 25;

    public static final int LOAD_FAST_AND_CLEAR = 26;

    public static final int LOAD_FAST_CHECK = 27;

    public static final int LOAD_FAST_LOAD_FAST = 28;

    public static final int LOAD_GLOBAL = 29;

    public static final int LOAD_NAME = 30;

    public static final int MAKE_FUNCTION = 31;

    public static final int NOP = 32;

    public static final int POP_EXCEPT = 33;

    public static final int POP_JUMP_IF_FALSE = 34;

    public static final int POP_JUMP_IF_NONE = 35;

    public static final int POP_JUMP_IF_NOT_NONE = 36;

    public static final int POP_JUMP_IF_TRUE = 37;

    public static final int POP_TOP = 38;

    public static final int PUSH_EXC_INFO = 39;

    public static final int PUSH_NULL = 40;

    public static final int RAISE_VARARGS = 41;

    public static final int RERAISE = 42;

    public static final int RESUME = 43;

    public static final int RETURN_CONST = 44;

    public static final int RETURN_VALUE = 45;

    public static final int STORE_ATTR = 46;

    public static final int STORE_FAST = 47;

    public static final int STORE_FAST_LOAD_FAST = 48;

    public static final int STORE_FAST_STORE_FAST = 49;

    public static final int STORE_GLOBAL = 50;

    public static final int STORE_NAME = 51;

    public static final int STORE_SLICE = 52;

    public static final int STORE_SUBSCR = 53;

    public static final int SWAP = 54;

    public static final int TO_BOOL = 55;

    public static final int UNARY_INVERT = 56;

    public static final int UNARY_NEGATIVE = 57;

    public static final int UNARY_NOT = 58;

    public static final int UNPACK_SEQUENCE = 59;

    public static final int BINARY_OP_ADD_FLOAT = 60;

    public static final int BINARY_OP_ADD_INT = 61;

    public static final int BINARY_OP_ADD_UNICODE = 62;

    public static final int BINARY_OP_MULTIPLY_FLOAT = 63;

    public static final int BINARY_OP_MULTIPLY_INT = 64;

    public static final int BINARY_OP_SUBTRACT_FLOAT = 65;

    public static final int BINARY_OP_SUBTRACT_INT = 66;

    public static final int BINARY_SUBSCR_DICT = 67;

    public static final int BINARY_SUBSCR_LIST_INT = 68;

    public static final int BINARY_SUBSCR_STR_INT = 69;

    public static final int BINARY_SUBSCR_TUPLE_INT = 70;

    public static final int CALL_BUILTIN = 71;

    public static final int CALL_PY_EXACT_ARGS = 72;

    public static final int COMPARE_OP_FLOAT = 73;

    public static final int COMPARE_OP_INT = 74;

    public static final int COMPARE_OP_STR = 75;

    public static final int FOR_ITER_LIST = 76;

    public static final int FOR_ITER_RANGE = 77;

    public static final int FOR_ITER_TUPLE = 78;

    public static final int LOAD_ATTR_INSTANCE_VALUE = 79;

    public static final int LOAD_ATTR_METHOD = 80;

    public static final int LOAD_GLOBAL_BUILTIN = 81;

    public static final int LOAD_GLOBAL_MODULE = 82;

    public static final int STORE_ATTR_INSTANCE_VALUE = 83;

    public static final int STORE_SUBSCR_DICT = 84;

    public static final int STORE_SUBSCR_LIST_INT = 85;

    public static final int TO_BOOL_BOOL = 86;

    public static final int TO_BOOL_INT = 87;

    public static final int TO_BOOL_LIST = 88;

    public static final int TO_BOOL_NONE = 89;

    public static final int TO_BOOL_STR = 90;

    public static final int UNPACK_SEQUENCE_LIST = 91;

    public static final int UNPACK_SEQUENCE_TUPLE = 92;

    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 93;

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
    public static final int MAX_REAL_OPCODE = 93;

    /**
     * Opcodes from here to MAX_REAL_OPCODE are specialized forms.
     */
    public static final int FIRST_SPECIALIZED_OPCODE = 60;

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
        NAMES[16] = "FOR_ITER";
        NAMES[17] = "GET_ITER";
        NAMES[18] = "IS_OP";
        NAMES[19] = "JUMP_BACKWARD";
        NAMES[20] = "JUMP_FORWARD";
        NAMES[21] = "LIST_APPEND";
        NAMES[22] = "LOAD_ATTR";
        NAMES[23] = "LOAD_BUILD_CLASS";
        NAMES[24] = "LOAD_CONST";
        NAMES[25] = "LOAD_FAST";
        NAMES[26] = "LOAD_FAST_AND_CLEAR";
        NAMES[27] = "LOAD_FAST_CHECK";
        NAMES[28] = "LOAD_FAST_LOAD_FAST";
        NAMES[29] = "LOAD_GLOBAL";
        NAMES[30] = "LOAD_NAME";
        NAMES[31] = "MAKE_FUNCTION";
        NAMES[32] = "NOP";
        NAMES[33] = "POP_EXCEPT";
        NAMES[34] = "POP_JUMP_IF_FALSE";
        NAMES[35] = "POP_JUMP_IF_NONE";
        NAMES[36] = "POP_JUMP_IF_NOT_NONE";
        NAMES[37] = "POP_JUMP_IF_TRUE";
        NAMES[38] = "POP_TOP";
        NAMES[39] = "PUSH_EXC_INFO";
        NAMES[40] = "PUSH_NULL";
        NAMES[41] = "RAISE_VARARGS";
        NAMES[42] = "RERAISE";
        NAMES[43] = "RESUME";
        NAMES[44] = "RETURN_CONST";
        NAMES[45] = "RETURN_VALUE";
        NAMES[46] = "STORE_ATTR";
        NAMES[47] = "STORE_FAST";
        NAMES[48] = "STORE_FAST_LOAD_FAST";
        NAMES[49] = "STORE_FAST_STORE_FAST";
        NAMES[50] = "STORE_GLOBAL";
        NAMES[51] = "STORE_NAME";
        NAMES[52] = "STORE_SLICE";
        NAMES[53] = "STORE_SUBSCR";
        NAMES[54] = "SWAP";
        NAMES[55] = "TO_BOOL";
        NAMES[56] = "UNARY_INVERT";
        NAMES[57] = "UNARY_NEGATIVE";
        NAMES[58] = "UNARY_NOT";
        NAMES[59] = "UNPACK_SEQUENCE";
        NAMES[60] = "BINARY_OP_ADD_FLOAT";
        NAMES[61] = "BINARY_OP_ADD_INT";
        NAMES[62] = "BINARY_OP_ADD_UNICODE";
        NAMES[63] = "BINARY_OP_MULTIPLY_FLOAT";
        NAMES[64] = "BINARY_OP_MULTIPLY_INT";
        NAMES[65] = "BINARY_OP_SUBTRACT_FLOAT";
        NAMES[66] = "BINARY_OP_SUBTRACT_INT";
        NAMES[67] = "BINARY_SUBSCR_DICT";
        NAMES[68] = "BINARY_SUBSCR_LIST_INT";
        NAMES[69] = "BINARY_SUBSCR_STR_INT";
        NAMES[70] = "BINARY_SUBSCR_TUPLE_INT";
        NAMES[71] = "CALL_BUILTIN";
        NAMES[72] = "CALL_PY_EXACT_ARGS";
        NAMES[73] = "COMPARE_OP_FLOAT";
        NAMES[74] = "COMPARE_OP_INT";
        NAMES[75] = "COMPARE_OP_STR";
        NAMES[76] = "FOR_ITER_LIST";
        NAMES[77] = "FOR_ITER_RANGE";
        NAMES[78] = "FOR_ITER_TUPLE";
        NAMES[79] = "LOAD_ATTR_INSTANCE_VALUE";
        NAMES[80] = "LOAD_ATTR_METHOD";
        NAMES[81] = "LOAD_GLOBAL_BUILTIN";
        NAMES[82] = "LOAD_GLOBAL_MODULE";
        NAMES[83] = "STORE_ATTR_INSTANCE_VALUE";
        NAMES[84] = "STORE_SUBSCR_DICT";
        NAMES[85] = "STORE_SUBSCR_LIST_INT";
        NAMES[86] = "TO_BOOL_BOOL";
        NAMES[87] = "TO_BOOL_INT";
        NAMES[88] = "TO_BOOL_LIST";
        NAMES[89] = "TO_BOOL_NONE";
        NAMES[90] = "TO_BOOL_STR";
        NAMES[91] = "UNPACK_SEQUENCE_LIST";
        NAMES[92] = "UNPACK_SEQUENCE_TUPLE";
        NAMES[93] = "UNPACK_SEQUENCE_TWO_TUPLE";
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
