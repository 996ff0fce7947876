package dev.bytecodedsl.cases.analysis.body;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in functions of the body language. They need no declaration, and a helper may not reuse
 * their names. Generators switch over this enum to lower a call; everything they need to know about
 * the call's shape is here, so the checker and the generators cannot disagree.
 */
public enum Intrinsic {
    ADD_OVERFLOWS("add_overflows", DslType.BOOL, true,
            "whether the exact a + b does not fit in 64 bits",
            param("a", DslType.INT), param("b", DslType.INT)),
    SUB_OVERFLOWS("sub_overflows", DslType.BOOL, true,
            "whether the exact a - b does not fit in 64 bits",
            param("a", DslType.INT), param("b", DslType.INT)),
    MUL_OVERFLOWS("mul_overflows", DslType.BOOL, true,
            "whether the exact a * b does not fit in 64 bits",
            param("a", DslType.INT), param("b", DslType.INT)),
    TO_DOUBLE("to_double", DslType.DOUBLE, true,
            "int to double, rounding to nearest",
            param("i", DslType.INT)),
    TO_INT("to_int", DslType.INT, true,
            "double to int, truncating toward zero, saturating, NaN is 0",
            param("d", DslType.DOUBLE)),
    DOUBLE_BITS("double_bits", DslType.INT, true,
            "the raw IEEE 754 bits of a double",
            param("d", DslType.DOUBLE)),
    BITS_TO_DOUBLE("bits_to_double", DslType.DOUBLE, true,
            "the double whose raw IEEE 754 bits are b",
            param("b", DslType.INT)),
    VALUE_BITS("value_bits", DslType.INT, true,
            "a Value word reinterpreted as an int",
            param("v", DslType.VALUE)),
    VALUE_FROM_BITS("value_from_bits", DslType.VALUE, true,
            "an int reinterpreted as a Value word",
            param("b", DslType.INT)),
    FLOOR("floor", DslType.DOUBLE, true,
            "the largest integral double not greater than d",
            param("d", DslType.DOUBLE)),
    // Heap objects own four native 64-bit words each, at byte offset value_bits(v) * 4 of one
    // table (handles are (index + 1) << 3): word 0 is the TYPE_* tag, the others hold the
    // payload a type publishes there. Bodies read them without a helper call, so the JIT's
    // stencils check types and step range iterators in machine code.
    HEAP_TYPE("heap_type", DslType.INT, true,
            "the TYPE_* of a heap object; 0 (TYPE_OTHER) for small ints, immediates and NULL",
            param("v", DslType.VALUE)),
    HEAP_WORD("heap_word", DslType.INT, true,
            "native word i (1..3) of the heap object v",
            param("v", DslType.VALUE), param("i", DslType.INT)),
    SET_HEAP_WORD("set_heap_word", DslType.VOID, false,
            "stores w into native word i (1..3) of the heap object v",
            param("v", DslType.VALUE), param("i", DslType.INT), param("w", DslType.INT)),
    // A type whose payload outgrows three words publishes the address of a native word array in
    // one of them (a list's items); bodies index that array with these. Nothing is checked: the
    // body must have compared the index with a length the type publishes too.
    LOAD_WORD("load_word", DslType.INT, true,
            "word i of the native word array at address a",
            param("a", DslType.INT), param("i", DslType.INT)),
    STORE_WORD("store_word", DslType.VOID, false,
            "stores w into word i of the native word array at address a",
            param("a", DslType.INT), param("i", DslType.INT), param("w", DslType.INT)),
    GETLOCAL("GETLOCAL", DslType.VALUE, true,
            "local slot i of the current frame",
            param("i", DslType.INT)),
    SETLOCAL("SETLOCAL", DslType.VOID, false,
            "stores v (taking ownership) into local slot i of the current frame",
            param("i", DslType.INT), steal("v", DslType.VALUE)),
    GETCONST("GETCONST", DslType.VALUE, true,
            "constant i of the code object",
            param("i", DslType.INT)),
    GETNAME("GETNAME", DslType.VALUE, true,
            "name i of the code object (an interned string)",
            param("i", DslType.INT)),
    // Machine code may keep natively what the interpreters keep in Java objects (a VM's frames, say):
    // in an op, `if (native_code()) { A } else { B }` is A in the JIT's stencils and B in the
    // interpreters, as CPython's bytecodes.c has `#ifdef _Py_JIT`. The intrinsics after it exist
    // only in machine code, so only in such an A (the checker says so; NativeCodeChecker).
    NATIVE_CODE("native_code", DslType.BOOL, true,
            "true in the JIT's machine code, false in the interpreters; only as the whole condition of an if"),
    LOCALS_ADDRESS("locals_address", DslType.INT, true,
            "the native address of the running frame's local 0 (machine code only)"),
    VALUES_ADDRESS("values_address", DslType.INT, true,
            "the native address of a stack array's first item (machine code only)",
            param("a", new DslType.Array(DslType.VALUE))),
    INSTRUCTION_OFFSET("instruction_offset", DslType.INT, true,
            "the tier-1 offset of the instruction the running uop belongs to (machine code only)"),
    SET_FRAME("set_frame", DslType.VOID, false,
            "makes RELOAD_FRAME go on with local 0 and the stack pointer at these addresses (machine code only)",
            param("locals", DslType.INT), param("sp", DslType.INT));

    /** One parameter; {@code steals} means the intrinsic takes ownership of the argument. */
    public record Param(String name, DslType type, boolean steals) {}

    private final String spelling;
    private final DslType result;
    private final boolean pure;
    private final String doc;
    private final List<Param> params;

    Intrinsic(String spelling, DslType result, boolean pure, String doc, Param... params) {
        this.spelling = spelling;
        this.result = result;
        this.pure = pure;
        this.doc = doc;
        this.params = List.of(params);
    }

    private static Param param(String name, DslType type) {
        return new Param(name, type, false);
    }

    private static Param steal(String name, DslType type) {
        return new Param(name, type, true);
    }

    /** The name bodies call it by. */
    public String spelling() {
        return spelling;
    }

    public List<Param> params() {
        return params;
    }

    public DslType result() {
        return result;
    }

    /** False when the call changes VM state, so a {@code pure} op may not make it. */
    public boolean pure() {
        return pure;
    }

    /** One line saying what it computes, for generated documentation. */
    public String doc() {
        return doc;
    }

    /** Whether it exists only in machine code: allowed only where {@code if (native_code())} holds. */
    public boolean machineCodeOnly() {
        return switch (this) {
            case LOCALS_ADDRESS, VALUES_ADDRESS, INSTRUCTION_OFFSET, SET_FRAME -> true;
            default -> false;
        };
    }

    public static Optional<Intrinsic> bySpelling(String spelling) {
        return Arrays.stream(values()).filter(i -> i.spelling.equals(spelling)).findFirst();
    }
}
