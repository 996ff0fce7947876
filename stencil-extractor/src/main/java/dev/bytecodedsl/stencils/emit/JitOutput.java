package dev.bytecodedsl.stencils.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.java.JavaOutput;

/** Where the JIT's generated Java goes ({@code dev.bytecodedsl.generated.jit}) and how it is formatted. */
public final class JitOutput {

    public static final String PACKAGE = JavaOutput.PACKAGE + ".jit";
    /** Every file of this generator lives here, relative to the output root. */
    public static final String DIRECTORY = JavaOutput.SOURCE_ROOT + "/" + PACKAGE.replace('.', '/');

    public static final ClassName STENCIL = ClassName.get(PACKAGE, "Stencil");
    public static final ClassName HOLE = ClassName.get(PACKAGE, "Hole");
    public static final ClassName HOLE_KIND = ClassName.get(PACKAGE, "HoleKind");
    public static final ClassName HOLE_VALUE = ClassName.get(PACKAGE, "HoleValue");

    private JitOutput() {}

    public static String path(String typeName) {
        return DIRECTORY + "/" + typeName + ".java";
    }

    public static GeneratedFile file(TypeSpec type) {
        JavaFile javaFile = JavaFile.builder(PACKAGE, type)
                .addFileComment(JavaOutput.HEADER, "stencils")
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(path(type.name), javaFile.toString());
    }
}
