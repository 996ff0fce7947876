package dev.bytecodedsl.runtime;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;

/**
 * A program that does not compile, reported as CPython reports it: its first error only, as
 * {@code File "...", line N}, the line, a caret and {@code SyntaxError: message} (or
 * IndentationError, TabError), so the last line of stderr is CPython's. The parser's own wording
 * becomes CPython's generic {@code invalid syntax}.
 */
final class CompileErrorReport {
    private CompileErrorReport() {
    }

    static String format(Diagnostics diagnostics, SourceFile file) {
        Diagnostic first = diagnostics.all().stream()
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder();
        int line = first.pos().line();
        sb.append("  File \"").append(first.pos().file()).append("\", line ").append(line).append('\n');
        if (line >= 1) {
            String text = file.line(line);
            String stripped = text.stripLeading();
            int column = Math.max(0, first.pos().column() - 1 - (text.length() - stripped.length()));
            sb.append("    ").append(stripped.stripTrailing()).append('\n');
            sb.append("    ").append(" ".repeat(Math.min(column, stripped.length()))).append("^\n");
        }
        sb.append(pythonLine(first.message())).append('\n');
        return sb.toString();
    }

    /** The exception line for a front-end message. */
    static String pythonLine(String message) {
        if (message.startsWith("syntax error:")) {
            return "SyntaxError: invalid syntax";
        }
        if (message.startsWith("inconsistent use of tabs")) {
            return "TabError: " + message;
        }
        if (message.startsWith("inconsistent dedent: ")) {
            return "IndentationError: " + message.substring("inconsistent dedent: ".length());
        }
        if (message.equals("unexpected indent") || message.startsWith("expected an indented block")) {
            return "IndentationError: " + message;
        }
        return "SyntaxError: " + message;
    }
}
