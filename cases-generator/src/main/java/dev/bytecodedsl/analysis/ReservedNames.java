package dev.bytecodedsl.analysis;

import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.SourcePos;
import java.util.Set;

/**
 * Names the DSL cannot use because they are keywords of Java or C, the languages bodies are lowered
 * to: a stack item called {@code null} or a local called {@code new} would produce code that does
 * not compile, so it is rejected here with a position instead.
 */
public final class ReservedNames {

    private static final Set<String> RESERVED = Set.of(
            // Java
            "abstract", "assert", "boolean", "byte", "case", "catch", "char", "class", "default", "do",
            "enum", "extends", "final", "finally", "float", "implements", "import", "instanceof", "interface",
            "long", "native", "new", "null", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient",
            "try", "var", "volatile", "yield", "record", "sealed", "permits",
            // C (beyond the words Java shares)
            "auto", "extern", "inline", "register", "restrict", "signed", "sizeof", "struct", "typedef",
            "union", "unsigned", "_Bool", "NULL");

    private ReservedNames() {}

    /** Generated code names its own variables {@code __like_this}, so the DSL cannot. */
    private static final String GENERATED_PREFIX = "__";

    public static void check(String name, SourcePos pos, String what, Diagnostics diagnostics) {
        if (name.startsWith(GENERATED_PREFIX)) {
            diagnostics.error(pos, what + " '" + name + "' starts with '" + GENERATED_PREFIX
                    + "', which is reserved for names in generated code");
        } else if (RESERVED.contains(name)) {
            diagnostics.error(pos, what + " '" + name + "' is a reserved word in Java or C; choose another name");
        }
    }
}
