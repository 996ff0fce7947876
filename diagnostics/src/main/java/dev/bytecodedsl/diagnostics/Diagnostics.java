package dev.bytecodedsl.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects every diagnostic of one run. Each stage keeps going after an error so the user sees all
 * problems at once; the driver decides whether to continue to the next stage.
 */
public final class Diagnostics {

    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private final Map<String, SourceFile> sources = new TreeMap<>();

    /** Registers a file so its lines can be quoted under diagnostics pointing into it. */
    public void addSource(SourceFile source) {
        sources.put(source.name(), source);
    }

    public void error(SourcePos pos, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.ERROR, pos, message));
    }

    public void warning(SourcePos pos, String message) {
        diagnostics.add(new Diagnostic(Diagnostic.Severity.WARNING, pos, message));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public int errorCount() {
        return (int) diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }

    /** All diagnostics, sorted by position so reports read top to bottom like the file. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /**
     * Renders every diagnostic as {@code file:line:col: error: message}, followed by the source line
     * and a caret under the column, plus a summary line.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : all()) {
            out.append(d.headline()).append('\n');
            SourceFile source = sources.get(d.pos().file());
            if (source != null && d.pos().line() > 0) {
                String line = source.line(d.pos().line());
                out.append("    ").append(line).append('\n');
                out.append("    ").append(caretUnder(line, d.pos().column())).append('\n');
            }
        }
        int errors = errorCount();
        if (errors > 0) {
            out.append(errors).append(errors == 1 ? " error" : " errors").append('\n');
        }
        return out.toString();
    }

    /** Pads with the line's own tabs so the caret lines up however the terminal renders tabs. */
    private static String caretUnder(String line, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            caret.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }
}
