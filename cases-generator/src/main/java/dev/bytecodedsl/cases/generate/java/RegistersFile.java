package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/**
 * {@code Registers}: the running frame as the generated interpreters cache it (native stack, code,
 * constants, frame pointer, instruction and stack pointer), reloaded from the context after a frame
 * switch. Shared by tier 1 and the uop interpreter so label bodies are generated once for both.
 */
public final class RegistersFile {

    public static final String NAME = "Registers";

    private RegistersFile() {}

    public static ClassName className() {
        return JavaOutput.className(NAME);
    }

    public static GeneratedFile generate() {
        ClassName context = JavaOutput.className(InterpreterContextFile.NAME);
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("The interpreters' registers: the running frame as the context describes it.\n")
                .addField(context, "ctx", Modifier.FINAL)
                .addField(TypeName.BOOLEAN, "stats", Modifier.FINAL)
                .addField(MemorySegment.class, "stack")
                .addField(MemorySegment.class, "heapWords", Modifier.FINAL)
                .addField(char[].class, "code")
                .addField(long[].class, "consts")
                .addField(long[].class, "names")
                .addField(TypeName.INT, "fp")
                .addField(TypeName.INT, "ip")
                .addField(TypeName.INT, "sp")
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(context, "ctx")
                        .addStatement("this.ctx = ctx")
                        .addStatement("this.stats = ctx.statsEnabled()")
                        .addStatement("this.heapWords = ctx.heapWords()")
                        .addStatement("reload()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("reload")
                        .addJavadoc("Reads the current frame's state from the context, after a helper may have switched frames.\n")
                        .addStatement("stack = ctx.stack()")
                        .addStatement("code = ctx.code()")
                        .addStatement("consts = ctx.consts()")
                        .addStatement("names = ctx.names()")
                        .addStatement("fp = ctx.framePointer()")
                        .addStatement("ip = ctx.resumeIp()")
                        .addStatement("sp = ctx.resumeSp()")
                        .build())
                .build();
        return JavaOutput.file(type, "interpreters");
    }
}
