package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.kit.trace.UopStatus;
import java.util.List;

/**
 * The DSL's labels as status codes: an instruction method (or a stencil) returns one to leave
 * through that label. Codes below {@link #FIRST} are the dispatch loop's own (next instruction,
 * same instruction again, eval breaker).
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
}
