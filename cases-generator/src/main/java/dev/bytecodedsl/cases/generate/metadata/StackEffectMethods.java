package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.generate.java.JavaExpressions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Builds {@code popped(id, oparg)} / {@code pushed(id, oparg)} as one switch whose cases are grouped
 * by their (Java-lowered) size expression, so the common {@code 0}, {@code 1}, {@code 2} cases
 * collapse into a few lines.
 */
final class StackEffectMethods {

    /** One case label (a qualified constant such as {@code Opcodes.NOP}) and its size. */
    record Case(String label, StackSize size) {}

    private StackEffectMethods() {}

    static MethodSpec method(String name, String javadoc, String idName, List<Case> cases) {
        Map<String, StringBuilder> labelsBySize = new LinkedHashMap<>();
        for (Case c : cases) {
            StringBuilder labels = labelsBySize.computeIfAbsent(JavaExpressions.lower(c.size()), k -> new StringBuilder());
            labels.append(labels.isEmpty() ? "" : ",$W").append(c.label());
        }
        CodeBlock.Builder body = CodeBlock.builder();
        if (cases.isEmpty()) {
            // No ids (no instruction runs in tier 2, say): a switch expression without a result arm does not compile.
            body.addStatement("throw new $T($S + $L)", IllegalArgumentException.class, "no stack effect for ", idName);
        } else {
            body.add("return switch ($L) {\n", idName).indent();
            labelsBySize.forEach((size, labels) -> body.add("case " + labels + " -> $L;\n", size));
            body.add("default -> throw new $T($S + $L);\n", IllegalArgumentException.class, "no stack effect for ", idName);
            body.unindent().add("};\n");
        }
        return MethodSpec.methodBuilder(name)
                .addJavadoc(javadoc + "\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(int.class)
                .addParameter(int.class, idName)
                .addParameter(int.class, "oparg")
                .addCode(body.build())
                .build();
    }
}
