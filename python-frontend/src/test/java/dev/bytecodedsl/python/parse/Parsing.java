package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.ast.AstPrinter;
import dev.bytecodedsl.python.ast.Module;
import java.util.List;
import java.util.Optional;

/** Test helpers: parse a snippet and get either its dump or its diagnostics. */
final class Parsing {

    private Parsing() {}

    static Module ok(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Module> module = PythonParser.parse(new SourceFile("prog.py", text), diagnostics);
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.render());
        assertTrue(module.isPresent());
        return module.get();
    }

    static String dump(String text) {
        return AstPrinter.print(ok(text));
    }

    /** The headlines ({@code file:line:col: error: message}) of a program that must fail. */
    static List<String> headlines(String text) {
        return errors(text).all().stream().map(Diagnostic::headline).toList();
    }

    /** The rendered report of a program that must fail. */
    static Diagnostics errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Module> module = PythonParser.parse(new SourceFile("prog.py", text), diagnostics);
        assertTrue(diagnostics.hasErrors(), "expected errors for:\n" + text);
        assertTrue(module.isEmpty());
        return diagnostics;
    }
}
