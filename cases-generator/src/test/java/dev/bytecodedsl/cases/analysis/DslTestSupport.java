package dev.bytecodedsl.cases.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.util.List;
import java.util.Optional;

/** Runs snippets through parser and analyzer; assertions name diagnostics as {@code line:col: message}. */
final class DslTestSupport {

    /** Declarations most snippets need, on lines 1-3 so positions in tests start at line 4. */
    static final String PRELUDE = """
            type Value; label(error) { }
            extern escaping Value binary_op(int op, Value lhs, Value rhs);
            extern bool is_int(Value v);
            """;

    private DslTestSupport() {}

    record Result(Analysis analysis, Diagnostics diagnostics) {
        /** Each diagnostic as {@code line:col: message}. */
        List<String> messages() {
            return diagnostics.all().stream()
                    .map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message())
                    .toList();
        }
    }

    static Result analyze(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DslFile> file = DslParser.parse(new SourceFile("t.def", text), diagnostics);
        if (file.isEmpty()) {
            fail("snippet does not parse:\n" + diagnostics.render());
        }
        Analysis analysis = new Analyzer(diagnostics).analyze(List.of(file.get()));
        return new Result(analysis, diagnostics);
    }

    static Analysis analyzeClean(String text) {
        Result result = analyze(text);
        if (result.diagnostics().hasErrors()) {
            fail("unexpected diagnostics:\n" + result.diagnostics().render());
        }
        return result.analysis();
    }

    static void assertDiagnostics(String text, String... expected) {
        assertEquals(List.of(expected), analyze(text).messages());
    }

    static List<Diagnostic> diagnostics(String text) {
        return analyze(text).diagnostics().all();
    }
}
