package dev.bytecodedsl.diagnostics;

/** One problem found in DSL input, located at the construct that caused it. */
public record Diagnostic(Severity severity, SourcePos pos, String message) implements Comparable<Diagnostic> {

    public enum Severity {
        ERROR,
        WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPos = pos.compareTo(other.pos);
        return byPos != 0 ? byPos : message.compareTo(other.message);
    }

    /** The first line of the compiler-style report: {@code file:line:col: error: message}. */
    public String headline() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
