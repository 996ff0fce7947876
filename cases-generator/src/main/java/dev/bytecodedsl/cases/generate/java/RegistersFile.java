package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import javax.lang.model.element.Modifier;

/**
 * {@code Registers}: the runtime kit's {@code FrameRegisters} (the running frame as the generated
 * interpreters cache it, written once there) with its context typed as this DSL's
 * {@code InterpreterContext}, so bodies call the DSL's helpers on it. Shared by tier 1 and the uop
 * interpreter so label bodies are generated once for both.
 */
public final class RegistersFile {

    public static final String NAME = "Registers";
    private static final ClassName FRAME_REGISTERS = ClassName.get("dev.bytecodedsl.kit", "FrameRegisters");

    private RegistersFile() {}

    public static ClassName className() {
        return JavaOutput.className(NAME);
    }

    public static GeneratedFile generate() {
        ClassName context = JavaOutput.className(InterpreterContextFile.NAME);
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.FINAL)
                .superclass(FRAME_REGISTERS)
                .addJavadoc("The interpreters' registers: the kit's, with this DSL's context and its helpers.\n")
                .addField(context, "ctx", Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(context, "ctx")
                        .addStatement("super(ctx)")
                        .addStatement("this.ctx = ctx")
                        .build())
                .build();
        return JavaOutput.file(type, "interpreters");
    }
}
