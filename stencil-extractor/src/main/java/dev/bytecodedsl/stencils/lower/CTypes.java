package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.grammar.ast.TypeRef;

/**
 * Body-language types in C: {@code int} is {@code int64_t} (wrapping: stencils compile with
 * {@code -fwrapv}), word types such as {@code Value} are typedefs of {@code uint64_t}, and an
 * array of words is a pointer into the value stack (where Java passes the slot index).
 */
public final class CTypes {

    private CTypes() {}

    public static String of(TypeRef type) {
        return type.array() ? of(type.name()) + " *" : of(type.name());
    }

    public static String of(String dslName) {
        return switch (dslName) {
            case "int" -> "int64_t";
            case "double" -> "double";
            case "bool" -> "bool";
            case "void" -> "void";
            default -> dslName; // a declared word type: the prelude typedefs it
        };
    }

    /** {@code T name} (arrays as {@code T *name}). */
    public static String declaration(TypeRef type, String name) {
        String c = of(type);
        return c.endsWith("*") ? c + name : c + " " + name;
    }
}
