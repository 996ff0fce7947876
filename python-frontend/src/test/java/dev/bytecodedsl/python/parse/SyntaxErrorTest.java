package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Syntax errors: the first one ends parsing, at the token that cannot go there, in words a Python
 * programmer knows; what was found before it is still reported.
 */
class SyntaxErrorTest {

    /** The layout error the syntax error causes (no ':', so the indent is unexpected) is not reported. */
    @Test
    void aMissingTokenIsNamed() {
        assertEquals(List.of("prog.py:1:5: error: syntax error: expected ':'"), Parsing.headlines("if a\n    pass\n"));
        assertEquals(List.of("prog.py:1:5: error: syntax error: expected ')'"), Parsing.headlines("f(a b)\n"));
    }

    @Test
    void anUnexpectedTokenIsQuoted() {
        assertEquals(List.of("prog.py:1:8: error: syntax error: unexpected '*'"), Parsing.headlines("x = 1 +* 2\n"));
        assertEquals(List.of("prog.py:1:7: error: syntax error: unexpected '2'"), Parsing.headlines("x = 1 2\n"));
    }

    @Test
    void theEndOfALineIsNamedAsSuch() {
        assertEquals(List.of("prog.py:1:8: error: syntax error: unexpected end of line"), Parsing.headlines("x = 1 +\n"));
    }

    /**
     * A file that ends inside brackets is reported at the innermost open one, in CPython's words,
     * when the error comes after it: everything after it was read as inside the brackets.
     */
    @Test
    void aBracketTheFileEndsInIsNeverClosed() {
        assertEquals(List.of("prog.py:1:6: error: '(' was never closed"), Parsing.headlines("print('a'\n"));
        assertEquals(List.of("prog.py:1:5: error: '(' was never closed"), Parsing.headlines("x = (1\ny = 2 +\n"));
        assertEquals(List.of("prog.py:1:5: error: syntax error: expected ':'"), Parsing.headlines("if a\n    x = (\n"));
        assertEquals(List.of("prog.py:2:14: error: '[' was never closed"), Parsing.headlines("if a:\n    x = f(1, [2,\n"));
    }

    @Test
    void parsingStopsAtTheFirstSyntaxErrorAndKeepsWhatCameBefore() {
        assertEquals(List.of("prog.py:1:5: error: unsupported construct: lambda",
                        "prog.py:2:5: error: unexpected indent",
                        "prog.py:3:5: error: syntax error: unexpected ')'"),
                Parsing.headlines("f = lambda: 1\n    g = 2\nh(),)\ni = lambda: 2\n    j = 3\n"));
    }

    /** A construct outside the subset is reported even when the syntax error is inside it. */
    @Test
    void anUnsupportedConstructIsReportedBeforeTheErrorInsideIt() {
        assertEquals(List.of("prog.py:1:5: error: unsupported construct: lambda",
                "prog.py:1:13: error: syntax error: unexpected ')'"), Parsing.headlines("f = lambda: )\n"));
    }

    @Test
    void bracketsNestedTooDeeplyAreReportedAtTheFirstOneTooMany() {
        assertEquals(List.of("prog.py:1:205: error: too many nested parentheses"),
                Parsing.headlines("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n"));
    }

    /**
     * Past {@link ExpressionParser#MAX_DEPTH} levels the parser stops, as CPython's does, with
     * MemoryError; on a stack too small for the levels below it, the same.
     */
    @Test
    void deepNestingIsMemoryErrorNotAStackOverflow() throws Throwable {
        String unary = "x = " + "-".repeat(ExpressionParser.MAX_DEPTH + 1) + "1\n";
        String nots = "x = " + "not ".repeat(ExpressionParser.MAX_DEPTH + 1) + "1\n";
        String conditionals = "x = " + "1 if a else ".repeat(ExpressionParser.MAX_DEPTH + 1) + "1\n";
        for (String source : List.of(unary, nots, conditionals)) {
            onStackOf(16L << 20, () -> assertEquals("MemoryError", parseToLimit(source)));
        }
        onStackOf(64L << 10, () -> assertEquals("MemoryError", parseToLimit("x = " + "-".repeat(5000) + "1\n")));
    }

    @Test
    void deepNestingBelowTheLimitParses() throws Throwable {
        String source = "x = " + "-".repeat(ExpressionParser.MAX_DEPTH - 10) + "1\n";
        onStackOf(16L << 20, () -> Parsing.ok(source));
    }

    private static String parseToLimit(String source) {
        return assertThrows(CompilationLimitError.class,
                () -> PythonParser.parse(new SourceFile("prog.py", source), new Diagnostics())).pythonLine();
    }

    /** Runs {@code body} on a thread with a stack of {@code bytes}, as the VM runs the front end (-Xss16m). */
    private static void onStackOf(long bytes, Runnable body) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "parser", bytes);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
