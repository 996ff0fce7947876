package dev.bytecodedsl.cases.generate.tier2;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.InterpreterContextFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import javax.lang.model.element.Modifier;

/** {@code UopContext}: what the uop interpreter needs beyond tier 1's context (uop statistics). */
final class UopContextFile {

    static final String NAME = "UopContext";

    private UopContextFile() {}

    static GeneratedFile generate() {
        TypeSpec type = TypeSpec.interfaceBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(JavaOutput.className(InterpreterContextFile.NAME))
                .addJavadoc("The runtime as the uop interpreter sees it: tier 1's context plus uop statistics.\n")
                .addMethod(MethodSpec.methodBuilder("countUop")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .addJavadoc("One execution of a uop (only called when statistics are enabled).\n")
                        .addParameter(TypeName.INT, "uop")
                        .build())
                .build();
        return JavaOutput.file(type, "tier 2");
    }
}
