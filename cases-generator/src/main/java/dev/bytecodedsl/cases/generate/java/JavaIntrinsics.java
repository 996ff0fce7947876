package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.analysis.body.Intrinsic;
import java.util.List;

/**
 * The Java spelling of each intrinsic (the README's intrinsics table). Frame accesses name the
 * generated interpreter's own variables, which {@link Frame} supplies.
 */
public final class JavaIntrinsics {

    /** How the interpreter being generated reaches the running frame. */
    public interface Frame {
        /** The native value stack: a {@code MemorySegment} of 64-bit words. */
        String stack();

        /** The slot index of local 0. */
        String framePointer();

        /** The code object's constants and names: {@code long[]} of Values. */
        String consts();

        String names();

        /** The heap objects' native words: a {@code MemorySegment}, word i of handle v at byte v * 4 + i * 8. */
        String heapWords();
    }

    private JavaIntrinsics() {}

    public static String lower(Intrinsic intrinsic, List<String> args, Frame frame) {
        return switch (intrinsic) {
            case ADD_OVERFLOWS -> "DslMath.addOverflows(" + args.get(0) + ", " + args.get(1) + ")";
            case SUB_OVERFLOWS -> "DslMath.subOverflows(" + args.get(0) + ", " + args.get(1) + ")";
            case MUL_OVERFLOWS -> "DslMath.mulOverflows(" + args.get(0) + ", " + args.get(1) + ")";
            case TO_DOUBLE -> "((double) (" + args.get(0) + "))";
            case TO_INT -> "((long) (" + args.get(0) + "))";
            case DOUBLE_BITS -> "Double.doubleToRawLongBits(" + args.get(0) + ")";
            case BITS_TO_DOUBLE -> "Double.longBitsToDouble(" + args.get(0) + ")";
            // Value words are longs in Java, so reinterpreting is the identity.
            case VALUE_BITS, VALUE_FROM_BITS -> "(" + args.get(0) + ")";
            case FLOOR -> "Math.floor(" + args.get(0) + ")";
            case GETLOCAL -> JavaStack.load(frame.stack(), slot(frame, args.get(0)));
            case SETLOCAL -> JavaStack.store(frame.stack(), slot(frame, args.get(0)), args.get(1));
            // The intrinsic fixes the encoding: low 3 bits 000 is a handle (or NULL, whose row is
            // all zeros); anything else is not a heap object, type 0 (TYPE_OTHER).
            case HEAP_TYPE -> "((" + args.get(0) + " & 7L) == 0L ? " + heapWord(frame, args.get(0), "0") + " : 0L)";
            case HEAP_WORD -> heapWord(frame, args.get(0), args.get(1));
            case SET_HEAP_WORD -> "NativeWords.setWord(" + frame.heapWords() + ", " + heapWordOffset(args.get(0), args.get(1)) + ", "
                    + args.get(2) + ")";
            case LOAD_WORD -> "NativeWords.word(" + args.get(0) + ", " + wordOffset(args.get(1)) + ")";
            case STORE_WORD -> "NativeWords.setWord(" + args.get(0) + ", " + wordOffset(args.get(1)) + ", " + args.get(2) + ")";
            case GETCONST -> frame.consts() + "[(int) (" + args.get(0) + ")]";
            case GETNAME -> frame.names() + "[(int) (" + args.get(0) + ")]";
            // The interpreters are never native code: `if (native_code())` lowers to its else branch
            // (StatementLowering), where the machine-code-only intrinsics cannot be (NativeCodeChecker).
            case NATIVE_CODE -> "false";
            case LOCALS_ADDRESS, VALUES_ADDRESS, INSTRUCTION_OFFSET, SET_FRAME ->
                    throw new IllegalArgumentException(intrinsic.spelling() + " exists only in machine code");
        };
    }

    private static String heapWord(Frame frame, String value, String index) {
        return "NativeWords.word(" + frame.heapWords() + ", " + heapWordOffset(value, index) + ")";
    }

    /** Handles are multiples of 8 ((index + 1) << 3), so handle * 4 is the byte offset of its 32-byte row. */
    private static String heapWordOffset(String value, String index) {
        return "((" + value + ") << 2) + ((" + index + ") << 3)";
    }

    private static String wordOffset(String index) {
        return "((" + index + ") << 3)";
    }

    private static String slot(Frame frame, String index) {
        return frame.framePointer() + " + (int) (" + index + ")";
    }
}
