package dev.bytecodedsl.generate.java;

import dev.bytecodedsl.analysis.Declarations;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeName;
import dev.bytecodedsl.kit.trace.UopStatus;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The DSL's labels as status codes: an instruction method returns one to leave through that label.
 * Codes below {@link #FIRST} are the dispatch loop's own (next instruction, same instruction again,
 * eval breaker).
 */
public record Labels(List<String> names) {

    /** The label ERROR_IF and ERROR_NO_POP go to. */
    public static final String ERROR = "error";
    /** The first label's code: the uop interpreter's and compiled traces' (the kit's UopStatus). */
    public static final int FIRST = UopStatus.FIRST_LABEL;

    public Labels {
        names = List.copyOf(names);
    }

    public static Labels of(Declarations declarations) {
        return new Labels(List.copyOf(declarations.labels().keySet()));
    }

    public String status(String label) {
        int index = names.indexOf(label);
        if (index < 0) {
            throw new IllegalStateException("no label '" + label + "' is declared");
        }
        return constant(label);
    }

    public static String constant(String label) {
        return "LABEL_" + label.toUpperCase(java.util.Locale.ROOT);
    }

    public int code(String label) {
        return FIRST + names.indexOf(label);
    }

    /** A status-code constant of a generated interpreter. */
    public static FieldSpec statusField(String name, int value, String javadoc) {
        return FieldSpec.builder(TypeName.INT, name, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", value)
                .addJavadoc(javadoc + "\n")
                .build();
    }

    /** One status-code constant per label, after the interpreter's own codes. */
    public List<FieldSpec> statusFields() {
        return names.stream()
                .map(label -> statusField(constant(label), code(label), "Leave through label " + label + "."))
                .toList();
    }
}
