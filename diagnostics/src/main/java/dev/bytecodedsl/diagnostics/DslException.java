package dev.bytecodedsl.diagnostics;

/**
 * Thrown by a driver when a stage ended with errors. It carries the rendered report, which is what
 * the command line prints instead of a stack trace.
 */
public final class DslException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics;

    public DslException(Diagnostics diagnostics) {
        super(diagnostics.render());
        this.diagnostics = diagnostics;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
