package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * A class of {@code int} constants numbering names, with a {@code NAMES} table and {@code name(id)}:
 * the shape shared by {@code Opcodes} and {@code Uops}.
 */
final class NumberedNames {

    private NumberedNames() {}

    /**
     * @param numbers name -> number, in the order the constants are declared
     * @param limit   the size of the NAMES table (all numbers are below it)
     */
    static TypeSpec.Builder builder(String className, String javadoc, Map<String, Integer> numbers, int limit) {
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        numbers.forEach((name, number) -> type.addField(
                FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", number)
                        .build()));
        type.addField(FieldSpec.builder(String[].class, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .build());
        type.addStaticBlock(namesInitializer(numbers, limit));
        type.addField(FieldSpec.builder(int.class, "LIMIT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every number is below this.\n")
                .initializer("$L", limit)
                .build());
        type.addMethod(MethodSpec.methodBuilder("name")
                .addJavadoc("The name for {@code id}, or null when no name has that number.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(int.class, "id")
                .addStatement("return id >= 0 && id < NAMES.length ? NAMES[id] : null")
                .build());
        return type;
    }

    private static CodeBlock namesInitializer(Map<String, Integer> numbers, int limit) {
        CodeBlock.Builder block = CodeBlock.builder().addStatement("NAMES = new String[$L]", limit);
        numbers.forEach((name, number) -> block.addStatement("NAMES[$L] = $S", number, name));
        return block.build();
    }
}
