package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.OutputSettings;

/** Where generated Java goes and how it is formatted, shared by every Java generator. */
public final class JavaOutput {

    private JavaOutput() {}

    /** The package of the generated classes in the run in progress (a user's choice). */
    public static String packageName() {
        return OutputSettings.current().packageName();
    }

    /** A generated class of the run's package, e.g. {@code Opcodes}. */
    public static ClassName className(String simpleName) {
        return ClassName.get(packageName(), simpleName);
    }

    /** The file header naming the generator and the command that regenerates. */
    public static String header(String generatorName) {
        return OutputSettings.current().header(generatorName);
    }

    public static GeneratedFile file(TypeSpec type, String generatorName) {
        return file(type, generatorName, null, null);
    }

    /** With one static import, e.g. {@code ValueLayout.JAVA_LONG}, which generated bodies use everywhere. */
    public static GeneratedFile file(TypeSpec type, String generatorName, Class<?> staticOwner, String staticName) {
        return file(packageName(), type, generatorName, staticOwner, staticName);
    }

    /** A type in {@code packageName} (the run's package or a subpackage of it). */
    public static GeneratedFile file(String packageName, TypeSpec type, String generatorName, Class<?> staticOwner,
            String staticName) {
        JavaFile.Builder builder = JavaFile.builder(packageName, type);
        if (staticOwner != null) {
            builder.addStaticImport(staticOwner, staticName);
        }
        JavaFile javaFile = builder
                .addFileComment("$L", header(generatorName))
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(OutputSettings.javaPath(packageName, type.name), javaFile.toString());
    }
}
