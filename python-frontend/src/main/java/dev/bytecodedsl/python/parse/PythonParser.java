package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import java.util.Optional;

/**
 * Front door of the Python front end: source text in, AST out. The {@link Tokenizer} and
 * {@link Layout} turn the text into tokens, finding bad characters and indentation errors; the
 * recursive-descent parsers ({@link StatementParser}, {@link ExpressionParser}) build the AST,
 * reporting every construct outside the subset, and stop at the first syntax error, which is
 * reported with every error before it. When there is any error no AST is returned, since
 * compiling a partly understood program would only add follow-on errors.
 */
public final class PythonParser {

    private PythonParser() {}

    /**
     * The module of {@code source}, or empty after its errors went to {@code diagnostics}.
     *
     * @throws CompilationLimitError when expressions or blocks nest deeper than the parser goes
     */
    public static Optional<Module> parse(SourceFile source, Diagnostics diagnostics) {
        diagnostics.addSource(source);
        int errorsBefore = diagnostics.errorCount();
        // The tokenizer's and layout's errors of the whole file, kept until it is known where parsing stops.
        Diagnostics lexical = new Diagnostics();
        Module module;
        try {
            Tokens tokens = new Tokens(Layout.tokens(source.text(), source.name(), lexical), source.name(), diagnostics);
            ExpressionParser expressions = new ExpressionParser(tokens, new LiteralDecoder(source.name(), diagnostics));
            module = new StatementParser(tokens, expressions, source.name()).module();
        } catch (ParseError e) {
            report(lexical, e.pos(), diagnostics);
            diagnostics.error(e.pos(), e.getMessage());
            return Optional.empty();
        } catch (StackOverflowError e) {
            // Deeper than this thread's stack, below the parser's own limit: CPython's parser says MemoryError then.
            throw CompilationLimitError.memory();
        }
        report(lexical, null, diagnostics);
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(module);
    }

    /**
     * Moves the errors of {@code lexical} before {@code end} (all when null) to {@code diagnostics}:
     * after a syntax error an indentation error is as likely its consequence (a header without its
     * colon makes the block an unexpected indent) as a problem of its own.
     */
    private static void report(Diagnostics lexical, SourcePos end, Diagnostics diagnostics) {
        for (Diagnostic d : lexical.all()) {
            if (end == null || d.pos().compareTo(end) < 0) {
                diagnostics.error(d.pos(), d.message());
            }
        }
    }
}
