package dev.bytecodedsl.cases.generate.metadata;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.analysis.Flag;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.java.JavaOutput;
import javax.lang.model.element.Modifier;

/** {@code OpcodeFlags}: one bit per analyzer {@link Flag}, and a printer for flag sets. */
final class FlagsFile {

    private FlagsFile() {}

    static GeneratedFile generate() {
        TypeSpec.Builder type = TypeSpec.classBuilder("OpcodeFlags")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Bits of {@code OpcodeMetadata.FLAGS} and {@code UopMetadata.FLAGS}.\n")
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        StringBuilder names = new StringBuilder();
        for (Flag flag : Flag.values()) {
            type.addField(FieldSpec.builder(int.class, flag.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("1 << $L", flag.ordinal())
                    .build());
            names.append(names.isEmpty() ? "" : ", ").append('"').append(flag.name()).append('"');
        }
        type.addField(FieldSpec.builder(String[].class, "NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", names)
                .build());
        type.addMethod(MethodSpec.methodBuilder("describe")
                .addJavadoc("The names of the set bits, e.g. {@code HAS_ARG|MAY_DEOPT}; empty for none.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addParameter(int.class, "flags")
                .addStatement("StringBuilder out = new StringBuilder()")
                .beginControlFlow("for (int bit = 0; bit < NAMES.length; bit++)")
                .beginControlFlow("if ((flags & (1 << bit)) != 0)")
                .addStatement("out.append(out.isEmpty() ? \"\" : \"|\").append(NAMES[bit])")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return out.toString()")
                .build());
        return JavaOutput.file(type.build(), "metadata");
    }
}
