package dev.bytecodedsl.generate.metadata;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.ast.Definition;
import dev.bytecodedsl.ast.Expr;
import dev.bytecodedsl.generate.GeneratedFile;
import dev.bytecodedsl.generate.java.JavaExpressions;
import dev.bytecodedsl.generate.java.JavaOutput;
import javax.lang.model.element.Modifier;

/** {@code DslConstants}: every {@code const} of the DSL, so Java code uses the values the DSL uses. */
final class ConstantsFile {

    private ConstantsFile() {}

    static GeneratedFile generate(Analysis analysis) {
        TypeSpec.Builder type = TypeSpec.classBuilder("DslConstants")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The {@code const} declarations of bytecodes.def ({@code int} is {@code long}).\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Definition.ConstDecl constant : analysis.declarations().constants().values()) {
            type.addField(FieldSpec.builder(javaType(constant), constant.name(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", JavaOutput.sourceReference(constant.pos()))
                    .initializer("$L", initializer(constant.value()))
                    .build());
        }
        return JavaOutput.file(type.build(), "metadata");
    }

    private static TypeName javaType(Definition.ConstDecl constant) {
        return switch (constant.type().name()) {
            case "double" -> TypeName.DOUBLE;
            case "bool" -> TypeName.BOOLEAN;
            default -> TypeName.LONG;
        };
    }

    /** Constants may refer to earlier constants; inside this class they need no qualifier. */
    private static String initializer(Expr value) {
        return JavaExpressions.lower(value).replace("DslConstants.", "");
    }
}
