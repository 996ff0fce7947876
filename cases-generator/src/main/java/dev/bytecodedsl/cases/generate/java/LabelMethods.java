package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.generate.lower.Labels;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.cases.generate.DslReferences;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The DSL's labels as methods of an interpreter class, plus {@code runLabel(s, status)} dispatching
 * a status code ({@link Labels}) to them. A label runs with the registers holding the instruction
 * that left and its stack pointer.
 */
public final class LabelMethods {

    private LabelMethods() {}

    public static List<MethodSpec> generate(Declarations declarations, ClassName registers, Labels labels) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(dispatch(registers, labels));
        for (Definition.LabelDef label : declarations.labels().values()) {
            methods.add(label(declarations, registers, label));
        }
        return methods;
    }

    private static MethodSpec dispatch(ClassName registers, Labels labels) {
        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (status)");
        for (String label : labels.names()) {
            cases.addStatement("case $L -> label_$L(s)", Labels.constant(label), label);
        }
        cases.addStatement("default -> throw new $T(\"invalid status \" + status)", IllegalStateException.class);
        cases.endControlFlow();
        return MethodSpec.methodBuilder("runLabel")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(registers, "s")
                .addParameter(TypeName.INT, "status")
                .addCode(cases.build())
                .build();
    }

    private static MethodSpec label(Declarations declarations, ClassName registers, Definition.LabelDef label) {
        CodeBlock.Builder body = CodeBlock.builder();
        body.addStatement(JavaStack.nativeStackDeclaration());
        new BodyLowering(declarations, InterpreterNames.of(declarations), new LabelStatements(label))
                .statements(body, label.body().statements());
        return MethodSpec.methodBuilder("label_" + label.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("$L\n", DslReferences.of(label))
                .addParameter(registers, OpEmitter.REGISTERS)
                .addCode(body.build())
                .build();
    }
}
