package dev.bytecodedsl.cases.generate.jit;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.grammar.ast.TypeRef;

/**
 * How DSL types cross the native boundary (docs/jit-abi.md): {@code int} is {@code int64_t} and a
 * word type ({@code Value}) {@code uint64_t}, both {@code JAVA_LONG}; {@code double} is
 * {@code JAVA_DOUBLE}; {@code bool} is C's {@code bool}, {@code JAVA_BOOLEAN}; an array
 * ({@code Value[]}) is a pointer into the value stack, which the adapter turns into the slot index
 * the {@code Helpers} method takes.
 *
 * <p>A pointer crosses as {@code JAVA_LONG}, not {@code ADDRESS} (the same register on every
 * 64-bit target we compile for): for an {@code ADDRESS} parameter the upcall stub allocates a
 * {@code MemorySegment} before the adapter's {@code try} begins, and an OutOfMemoryError thrown
 * there cannot be caught, so the JDK ends the process (measured: 5 of 30 runs of a program that
 * fills a 64 MB heap under {@code --jit --jit-all} aborted so).
 */
final class NativeTypes {

    private NativeTypes() {}

    /** The {@code ValueLayout} constant's name. */
    static String layout(TypeRef type) {
        if (type.array()) {
            return "JAVA_LONG";
        }
        return switch (type.name()) {
            case "double" -> "JAVA_DOUBLE";
            case "bool" -> "JAVA_BOOLEAN";
            default -> "JAVA_LONG";
        };
    }

    /** The adapter parameter's Java type: what the upcall stub hands over. */
    static TypeName adapterType(TypeRef type) {
        if (type.array()) {
            return TypeName.LONG;
        }
        return switch (type.name()) {
            case "double" -> TypeName.DOUBLE;
            case "bool" -> TypeName.BOOLEAN;
            case "void" -> TypeName.VOID;
            default -> TypeName.LONG;
        };
    }

    /** The argument passed on to {@code Helpers}: array pointers become slot indexes. */
    static CodeBlock argument(TypeRef type, String name) {
        return type.array() ? CodeBlock.of("slot($L)", name) : CodeBlock.of("$L", name);
    }

    /** What an adapter returns when the helper threw (the VM rethrows after leaving native code). */
    static String failureValue(TypeRef type) {
        return switch (type.name()) {
            case "double" -> "0.0";
            case "bool" -> "false";
            default -> "0L";
        };
    }
}
