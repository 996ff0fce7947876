package dev.bytecodedsl.stencils.emit;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.OutputSettings;
import dev.bytecodedsl.cases.generate.java.JavaOutput;

/** Where the JIT's generated Java goes (the {@code jit} subpackage of the run's package) and how it is formatted. */
public final class JitOutput {

    private JitOutput() {}

    public static String packageName() {
        return JavaOutput.packageName() + ".jit";
    }

    public static ClassName stencil() {
        return ClassName.get(packageName(), "Stencil");
    }

    public static ClassName hole() {
        return ClassName.get(packageName(), "Hole");
    }

    public static ClassName holeKind() {
        return ClassName.get(packageName(), "HoleKind");
    }

    public static ClassName holeValue() {
        return ClassName.get(packageName(), "HoleValue");
    }

    public static String path(String typeName) {
        return OutputSettings.javaPath(packageName(), typeName);
    }

    public static GeneratedFile file(TypeSpec type) {
        return JavaOutput.file(packageName(), type, "stencils", null, null);
    }
}
