package dev.bytecodedsl.generate.java;

import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.generate.GeneratedFile;

/** Where generated Java goes and how it is formatted, shared by every Java generator. */
public final class JavaOutput {

    public static final String PACKAGE = "dev.bytecodedsl.generated";
    public static final String SOURCE_ROOT = "src/main/java";
    public static final String HEADER = """
            Generated from bytecodes.def by the cases generator ($L). Do not edit.
            To change it, edit bytecodes.def and run: ./casegen generate""";

    private JavaOutput() {}

    public static GeneratedFile file(TypeSpec type, String generatorName) {
        return file(type, generatorName, null, null);
    }

    /** With one static import, e.g. {@code ValueLayout.JAVA_LONG}, which generated bodies use everywhere. */
    public static GeneratedFile file(TypeSpec type, String generatorName, Class<?> staticOwner, String staticName) {
        JavaFile.Builder builder = JavaFile.builder(PACKAGE, type);
        if (staticOwner != null) {
            builder.addStaticImport(staticOwner, staticName);
        }
        JavaFile javaFile = builder
                .addFileComment(HEADER, generatorName)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        String path = SOURCE_ROOT + "/" + PACKAGE.replace('.', '/') + "/" + type.name + ".java";
        return new GeneratedFile(path, javaFile.toString());
    }
}
