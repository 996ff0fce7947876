package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.cases.analysis.ReservedNames;
import dev.bytecodedsl.grammar.ast.TypeRef;

/**
 * How body-language types look in generated Java. Every word type (such as {@code Value}) is a
 * {@code long}, so the interpreters and native code share one bit-level representation. An array of
 * words is never a Java array: it is a run of slots in the frame's native value stack, passed as the
 * {@code int} index of its first slot, the way C passes a pointer into the stack.
 */
public final class JavaTypes {

    private JavaTypes() {}

    public static TypeName of(TypeRef type) {
        if (type.array()) {
            return TypeName.INT;
        }
        return of(type.name());
    }

    /** A scalar type by its DSL spelling: int, double, bool, void, or a declared word type. */
    public static TypeName of(String dslName) {
        return switch (dslName) {
            case "int" -> TypeName.LONG;
            case "double" -> TypeName.DOUBLE;
            case "bool" -> TypeName.BOOLEAN;
            case "void" -> TypeName.VOID;
            default -> TypeName.LONG;
        };
    }

    /** {@code specialize_binary_op} -> {@code specializeBinaryOp}: helpers are Java methods. */
    public static String methodName(String dslName) {
        return ReservedNames.javaMethodName(dslName);
    }
}
