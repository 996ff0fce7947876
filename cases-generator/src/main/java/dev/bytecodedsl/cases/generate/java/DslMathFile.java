package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import javax.lang.model.element.Modifier;

/**
 * {@code DslMath}: the Java side of the body language's arithmetic rules and math intrinsics, for
 * the cases where Java's own operators differ from the DSL's defined semantics (see the README's
 * operator table). The C side lives in the stencil template header and must agree bit for bit.
 */
public final class DslMathFile {

    private DslMathFile() {}

    public static GeneratedFile generate() {
        TypeSpec type = TypeSpec.classBuilder("DslMath")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Defined semantics of DSL integer arithmetic and intrinsics, shared by generated Java code.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(binary("div", "Truncating division; {@code x / 0 == 0}; {@code MIN / -1 == MIN} (as Java defines it).",
                        "return b == 0 ? 0 : a / b"))
                .addMethod(binary("rem", "Remainder matching {@link #div}: {@code x % 0 == x}, {@code MIN % -1 == 0}.",
                        "return b == 0 ? a : a % b"))
                .addMethod(binary(double.class, "div", "Floating-point division (IEEE 754); an overload so lowering needs no types.",
                        "return a / b"))
                .addMethod(binary(double.class, "rem", "Floating-point remainder, truncated like C's {@code fmod}.",
                        "return a % b"))
                .addMethod(overflow("addOverflows", "return ((a ^ (a + b)) & (b ^ (a + b))) < 0"))
                .addMethod(overflow("subOverflows", "return ((a ^ b) & (a ^ (a - b))) < 0"))
                .addMethod(overflow("mulOverflows", "return Math.multiplyHigh(a, b) != ((a * b) >> 63)"))
                .addMethod(MethodSpec.methodBuilder("opaque")
                        .addJavadoc("""
                                A loop condition as a value Java's reachability rules do not look into: a constant
                                {@code while (true)} would make the code after the loop unreachable in Java.
                                """)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(boolean.class, "condition")
                        .addStatement("return condition")
                        .build())
                .build();
        return JavaOutput.file(type, "metadata");
    }

    private static MethodSpec binary(String name, String javadoc, String statement) {
        return binary(long.class, name, javadoc, statement);
    }

    private static MethodSpec binary(Class<?> type, String name, String javadoc, String statement) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + "\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addParameter(type, "a")
                .addParameter(type, "b")
                .addStatement(statement)
                .build();
    }

    private static MethodSpec overflow(String name, String statement) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Whether the exact result does not fit in 64 bits (C: {@code __builtin_*_overflow}).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(long.class, "a")
                .addParameter(long.class, "b")
                .addStatement(statement)
                .build();
    }
}
