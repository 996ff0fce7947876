package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.DslReferences;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.grammar.ast.Definition;
import javax.lang.model.element.Modifier;

/**
 * {@code Helpers}: one method per {@code extern} of the DSL, which the runtime implements. Generated
 * interpreters call them; the generated code cannot depend on the runtime (the runtime depends on
 * it), so this interface is the contract between the two.
 */
public final class HelpersFile {

    public static final String NAME = "Helpers";

    private HelpersFile() {}

    public static GeneratedFile generate(Analysis analysis) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(NAME)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The helpers declared with {@code extern} in bytecodes.def, implemented by the runtime.
                        <p>Types: Value and int are {@code long}, double is {@code double}, bool is {@code boolean}.
                        An array parameter ({@code Value[]}) is the {@code int} index of its first slot in the
                        native value stack ({@link InterpreterContext#stack()}); output arrays are written there.
                        Conventions (escaping, steal, error results) are those of the bytecodes.def header.
                        """);
        for (Definition.HelperDecl helper : analysis.declarations().helpers().values()) {
            type.addMethod(method(helper));
        }
        return JavaOutput.file(type.build(), "tier 1");
    }

    /** The abstract interface method of one {@code extern}. */
    public static MethodSpec method(Definition.HelperDecl helper) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaTypes.methodName(helper.name()))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(JavaTypes.of(helper.returnType()))
                .addJavadoc("{@code $L}$L\n", DslReferences.of(helper), helper.escaping() ? ", escaping" : "");
        for (Definition.Param param : helper.params()) {
            method.addParameter(JavaTypes.of(param.type()), JavaTypes.methodName(param.name()));
        }
        return method.build();
    }
}
