package dev.bytecodedsl.cases.generate.optimizer;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/**
 * {@code AbstractFrame}: a frame of symbols laid out like the real one (locals from slot
 * {@code fp}, then the value stack), so bodies that move values (GETLOCAL, SETLOCAL, stack items)
 * lower to the same code over symbols as over values. Its fields have the names the body lowering
 * uses for the interpreters' registers.
 */
final class AbstractFrameFile {

    static final String NAME = "AbstractFrame";

    private AbstractFrameFile() {}

    static ClassName className() {
        return JavaOutput.className(NAME);
    }

    static GeneratedFile generate() {
        ClassName context = JavaOutput.className(SymbolContextFile.NAME);
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        A frame of symbols for the abstract interpreter: {@code slots} holds symbol ids, locals
                        from {@code fp}, the value stack above them; {@code sp} is the abstract stack pointer
                        (the next free slot), which the abstract cases move as the uops move the real one.
                        """)
                .addField(context, "ctx", Modifier.PUBLIC, Modifier.FINAL)
                .addField(MemorySegment.class, "stack", Modifier.PUBLIC, Modifier.FINAL)
                .addField(long[].class, "consts", Modifier.PUBLIC, Modifier.FINAL)
                .addField(long[].class, "names", Modifier.PUBLIC, Modifier.FINAL)
                .addField(TypeName.INT, "fp", Modifier.PUBLIC, Modifier.FINAL)
                .addField(TypeName.INT, "nlocals", Modifier.PUBLIC, Modifier.FINAL)
                .addField(TypeName.INT, "sp", Modifier.PUBLIC)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(context, "ctx")
                        .addParameter(long[].class, "slots")
                        .addParameter(long[].class, "consts")
                        .addParameter(long[].class, "names")
                        .addParameter(TypeName.INT, "nlocals")
                        .addParameter(TypeName.INT, "sp")
                        .addStatement("this.ctx = ctx")
                        .addStatement("this.stack = $T.ofArray(slots)", MemorySegment.class)
                        .addStatement("this.consts = consts")
                        .addStatement("this.names = names")
                        .addStatement("this.fp = 0")
                        .addStatement("this.nlocals = nlocals")
                        .addStatement("this.sp = sp")
                        .build())
                .addMethod(MethodSpec.methodBuilder("forgetLocals")
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("After a uop that wrote some local: nothing is known about any local any more.\n")
                        .beginControlFlow("for (int i = 0; i < nlocals; i++)")
                        .addStatement("stack.setAtIndex($T.JAVA_LONG, fp + i, ctx.unknown())",
                                java.lang.foreign.ValueLayout.class)
                        .endControlFlow()
                        .build())
                .build();
        return JavaOutput.file(type, "optimizer");
    }
}
