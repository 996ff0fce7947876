package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Flag;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Builds the tables of the metadata classes. Tables are sparse and indexed by opcode or uop id, so
 * they are declared with their size and filled in one static block by symbolic index
 * ({@code FLAGS[Opcodes.CALL] = OpcodeFlags.HAS_ARG | ...}): a reviewer reads names, not numbers.
 */
final class MetadataFields {

    private final TypeSpec.Builder type;
    private final CodeBlock.Builder staticBlock = CodeBlock.builder();

    MetadataFields(TypeSpec.Builder type) {
        this.type = type;
    }

    static FieldSpec constant(String name, int value, String javadoc) {
        return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer("$L", value)
                .build();
    }

    /** {@code OpcodeFlags.HAS_ARG | OpcodeFlags.ESCAPES}, or {@code 0}. */
    static String flagExpression(Set<Flag> flags) {
        return flags.isEmpty() ? "0" : flags.stream().sorted().map(f -> "OpcodeFlags." + f.name())
                .collect(Collectors.joining(" | "));
    }

    /** Declares {@code int[] name = new int[size]} (or {@code int[][]} when {@code rows}). */
    void table(String name, int size, boolean rows, String javadoc) {
        TypeName tableType = rows ? TypeName.get(int[][].class) : TypeName.get(int[].class);
        type.addField(FieldSpec.builder(tableType, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer(rows ? "new int[$L][]" : "new int[$L]", size)
                .build());
    }

    /** Adds {@code name[index] = value;} to the static block. */
    void set(String name, String index, String value) {
        staticBlock.addStatement("$L[$L] = $L", name, index, value);
    }

    /** Adds a raw statement (e.g. a default-filling loop) to the static block. */
    void statement(String format, Object... args) {
        staticBlock.addStatement(format, args);
    }

    static String row(java.util.List<String> values) {
        return "new int[] {" + String.join(", ", values) + "}";
    }

    /** Call once, after all tables are filled. */
    void finish() {
        type.addStaticBlock(staticBlock.build());
    }
}
