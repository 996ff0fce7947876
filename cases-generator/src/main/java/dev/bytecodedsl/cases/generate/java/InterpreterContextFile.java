package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.kit.FrameContext;
import javax.lang.model.element.Modifier;

/**
 * {@code InterpreterContext}: the runtime as the generated interpreters see it. The frame and
 * register contract does not depend on the DSL, so it is the runtime kit's hand-written
 * {@link FrameContext}; this adds only the DSL's helpers ({@code Helpers}).
 */
public final class InterpreterContextFile {

    public static final String NAME = "InterpreterContext";

    private InterpreterContextFile() {}

    public static GeneratedFile generate() {
        TypeSpec type = TypeSpec.interfaceBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ClassName.get(FrameContext.class))
                .addSuperinterface(JavaOutput.className(HelpersFile.NAME))
                .addJavadoc("""
                        The runtime as the generated interpreters see it: the runtime kit's frame contract
                        ({@link $T}: value stack, code, constants, resume point, statistics, eval breaker)
                        and the DSL's helpers.
                        """, ClassName.get(FrameContext.class))
                .build();
        return JavaOutput.file(type, "tier 1");
    }
}
