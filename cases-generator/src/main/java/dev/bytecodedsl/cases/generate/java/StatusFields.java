package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.cases.generate.lower.Labels;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The status-code constants of a generated interpreter: its dispatch loop's own, then one per label. */
public final class StatusFields {

    private StatusFields() {}

    /** A status-code constant. */
    public static FieldSpec field(String name, int value, String javadoc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", value)
                .addJavadoc(javadoc + "\n")
                .build();
    }

    /** One status-code constant per label, after the interpreter's own codes. */
    public static List<FieldSpec> of(Labels labels) {
        return labels.names().stream()
                .map(label -> field(Labels.constant(label), labels.code(label), "Leave through label " + label + "."))
                .toList();
    }
}
