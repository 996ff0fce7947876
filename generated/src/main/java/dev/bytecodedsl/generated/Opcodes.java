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

    public static final int END_FOR = 14;

    public static final int FOR_ITER = 15;

    public static final int GET_ITER = 16;

    public static final int IS_OP = 17;

    public static final int JUMP_BACKWARD = 18;

    public static final int JUMP_FORWARD = 19;

    public static final int LIST_APPEND = 20;

    public static final int LOAD_ATTR = 21;

    public static final int LOAD_BUILD_CLASS = 22;

    public static final int LOAD_CONST = 23;

    public static final int LOAD_FAST = 24;

    public static final int LOAD_FAST_AND_CLEAR = 25;

    public static final int LOAD_FAST_CHECK = 26;

    public static final int LOAD_FAST_LOAD_FAST = 27;

    public static final int LOAD_GLOBAL = 28;

    public static final int LOAD_NAME = 29;

    public static final int MAKE_FUNCTION = 30;

    public static final int NOP = 31;

    public static final int POP_EXCEPT = 32;

    public static final int POP_JUMP_IF_FALSE = 33;

    public static final int POP_JUMP_IF_NONE = 34;

    public static final int POP_JUMP_IF_NOT_NONE = 35;

    public static final int POP_JUMP_IF_TRUE = 36;

    public static final int POP_TOP = 37;

    public static final int PUSH_EXC_INFO = 38;

    public static final int PUSH_NULL = 39;

    public static final int RAISE_VARARGS = 40;

    public static final int RERAISE = 41;

    public static final int RESUME = 42;

    public static final int RETURN_CONST = 43;

    public static final int RETURN_VALUE = 44;

    public static final int STORE_ATTR = 45;

    public static final int STORE_FAST = 46;

    public static final int STORE_FAST_LOAD_FAST = 47;

    public static final int STORE_FAST_STORE_FAST = 48;

    public static final int STORE_GLOBAL = 49;

    public static final int STORE_NAME = 50;

    public static final int STORE_SLICE = 51;

    public static final int STORE_SUBSCR = 52;

    public static final int SWAP = 53;

    public static final int TO_BOOL = 54;

    public static final int UNARY_INVERT = 55;

    public static final int UNARY_NEGATIVE = 56;

    public static final int UNARY_NOT = 57;

    public static final int UNPACK_SEQUENCE = 58;

    public static final int BINARY_OP_ADD_FLOAT = 59;

    public static final int BINARY_OP_ADD_INT = 60;

    public static final int BINARY_OP_ADD_UNICODE = 61;

    public static final int BINARY_OP_MULTIPLY_FLOAT = 62;

    public static final int BINARY_OP_MULTIPLY_INT = 63;

    public static final int BINARY_OP_SUBTRACT_FLOAT = 64;

    public static final int BINARY_OP_SUBTRACT_INT = 65;

    public static final int BINARY_SUBSCR_DICT = 66;

    public static final int BINARY_SUBSCR_LIST_INT = 67;

    public static final int BINARY_SUBSCR_STR_INT = 68;

    public static final int BINARY_SUBSCR_TUPLE_INT = 69;

    public static final int CALL_BUILTIN = 70;

    public static final int CALL_PY_EXACT_ARGS = 71;

    public static final int COMPARE_OP_FLOAT = 72;

    public static final int COMPARE_OP_INT = 73;

    public static final int COMPARE_OP_STR = 74;

    public static final int FOR_ITER_LIST = 75;

    public static final int FOR_ITER_RANGE = 76;

    public static final int FOR_ITER_TUPLE = 77;

    public static final int LOAD_ATTR_INSTANCE_VALUE = 78;

    public static final int LOAD_ATTR_METHOD = 79;

    public static final int LOAD_GLOBAL_BUILTIN = 80;

    public static final int LOAD_GLOBAL_MODULE = 81;

    public static final int STORE_ATTR_INSTANCE_VALUE = 82;

    public static final int STORE_SUBSCR_DICT = 83;

    public static final int STORE_SUBSCR_LIST_INT = 84;

    public static final int TO_BOOL_BOOL = 85;

    public static final int TO_BOOL_INT = 86;

    public static final int TO_BOOL_LIST = 87;

    public static final int TO_BOOL_NONE = 88;

    public static final int TO_BOOL_STR = 89;

    public static final int UNPACK_SEQUENCE_LIST = 90;

    public static final int UNPACK_SEQUENCE_TUPLE = 91;

    public static final int UNPACK_SEQUENCE_TWO_TUPLE = 92;

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
    public static final int MAX_REAL_OPCODE = 92;

    /**
     * Opcodes from here to MAX_REAL_OPCODE are specialized forms.
     */
    public static final int FIRST_SPECIALIZED_OPCODE = 59;

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
        NAMES[14] = "END_FOR";
        NAMES[15] = "FOR_ITER";
        NAMES[16] = "GET_ITER";
        NAMES[17] = "IS_OP";
        NAMES[18] = "JUMP_BACKWARD";
        NAMES[19] = "JUMP_FORWARD";
        NAMES[20] = "LIST_APPEND";
        NAMES[21] = "LOAD_ATTR";
        NAMES[22] = "LOAD_BUILD_CLASS";
        NAMES[23] = "LOAD_CONST";
        NAMES[24] = "LOAD_FAST";
        NAMES[25] = "LOAD_FAST_AND_CLEAR";
        NAMES[26] = "LOAD_FAST_CHECK";
        NAMES[27] = "LOAD_FAST_LOAD_FAST";
        NAMES[28] = "LOAD_GLOBAL";
        NAMES[29] = "LOAD_NAME";
        NAMES[30] = "MAKE_FUNCTION";
        NAMES[31] = "NOP";
        NAMES[32] = "POP_EXCEPT";
        NAMES[33] = "POP_JUMP_IF_FALSE";
        NAMES[34] = "POP_JUMP_IF_NONE";
        NAMES[35] = "POP_JUMP_IF_NOT_NONE";
        NAMES[36] = "POP_JUMP_IF_TRUE";
        NAMES[37] = "POP_TOP";
        NAMES[38] = "PUSH_EXC_INFO";
        NAMES[39] = "PUSH_NULL";
        NAMES[40] = "RAISE_VARARGS";
        NAMES[41] = "RERAISE";
        NAMES[42] = "RESUME";
        NAMES[43] = "RETURN_CONST";
        NAMES[44] = "RETURN_VALUE";
        NAMES[45] = "STORE_ATTR";
        NAMES[46] = "STORE_FAST";
        NAMES[47] = "STORE_FAST_LOAD_FAST";
        NAMES[48] = "STORE_FAST_STORE_FAST";
        NAMES[49] = "STORE_GLOBAL";
        NAMES[50] = "STORE_NAME";
        NAMES[51] = "STORE_SLICE";
        NAMES[52] = "STORE_SUBSCR";
        NAMES[53] = "SWAP";
        NAMES[54] = "TO_BOOL";
        NAMES[55] = "UNARY_INVERT";
        NAMES[56] = "UNARY_NEGATIVE";
        NAMES[57] = "UNARY_NOT";
        NAMES[58] = "UNPACK_SEQUENCE";
        NAMES[59] = "BINARY_OP_ADD_FLOAT";
        NAMES[60] = "BINARY_OP_ADD_INT";
        NAMES[61] = "BINARY_OP_ADD_UNICODE";
        NAMES[62] = "BINARY_OP_MULTIPLY_FLOAT";
        NAMES[63] = "BINARY_OP_MULTIPLY_INT";
        NAMES[64] = "BINARY_OP_SUBTRACT_FLOAT";
        NAMES[65] = "BINARY_OP_SUBTRACT_INT";
        NAMES[66] = "BINARY_SUBSCR_DICT";
        NAMES[67] = "BINARY_SUBSCR_LIST_INT";
        NAMES[68] = "BINARY_SUBSCR_STR_INT";
        NAMES[69] = "BINARY_SUBSCR_TUPLE_INT";
        NAMES[70] = "CALL_BUILTIN";
        NAMES[71] = "CALL_PY_EXACT_ARGS";
        NAMES[72] = "COMPARE_OP_FLOAT";
        NAMES[73] = "COMPARE_OP_INT";
        NAMES[74] = "COMPARE_OP_STR";
        NAMES[75] = "FOR_ITER_LIST";
        NAMES[76] = "FOR_ITER_RANGE";
        NAMES[77] = "FOR_ITER_TUPLE";
        NAMES[78] = "LOAD_ATTR_INSTANCE_VALUE";
        NAMES[79] = "LOAD_ATTR_METHOD";
        NAMES[80] = "LOAD_GLOBAL_BUILTIN";
        NAMES[81] = "LOAD_GLOBAL_MODULE";
        NAMES[82] = "STORE_ATTR_INSTANCE_VALUE";
        NAMES[83] = "STORE_SUBSCR_DICT";
        NAMES[84] = "STORE_SUBSCR_LIST_INT";
        NAMES[85] = "TO_BOOL_BOOL";
        NAMES[86] = "TO_BOOL_INT";
        NAMES[87] = "TO_BOOL_LIST";
        NAMES[88] = "TO_BOOL_NONE";
        NAMES[89] = "TO_BOOL_STR";
        NAMES[90] = "UNPACK_SEQUENCE_LIST";
        NAMES[91] = "UNPACK_SEQUENCE_TUPLE";
        NAMES[92] = "UNPACK_SEQUENCE_TWO_TUPLE";
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
