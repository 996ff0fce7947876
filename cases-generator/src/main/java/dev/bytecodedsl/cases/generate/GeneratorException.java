package dev.bytecodedsl.cases.generate;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;

/**
 * A generator found input it cannot translate (e.g. a uop body the stencil extractor cannot lower
 * to C, or a relocation it does not support). The pipeline reports every error as a DSL diagnostic
 * ({@code file:line:col}, source line, caret) and writes nothing.
 */
public final class GeneratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One error: where in the DSL, and what. */
    public record Error(SourcePos pos, String message) {}

    private final transient List<Error> errors;

    public GeneratorException(List<Error> errors) {
        super(errors.isEmpty() ? "generator failed" : errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public List<Error> errors() {
        return errors;
    }
}
