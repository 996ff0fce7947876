package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import java.util.Optional;

/**
 * Front door of the Python front end: source text in, AST out. The {@link Tokenizer} and
 * {@link Layout} turn the text into tokens, reporting indentation errors for the whole file; the
 * recursive-descent parsers ({@link StatementParser}, {@link ExpressionParser}) build the AST,
 * reporting every construct outside the subset, and stop at the first syntax error. When there is
 * any error no AST is returned, since compiling a partly understood program would only add
 * follow-on errors.
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
        Module module;
        try {
            Tokens tokens = new Tokens(Layout.tokens(source.text(), source.name(), diagnostics), source.name(), diagnostics);
            ExpressionParser expressions = new ExpressionParser(tokens, new LiteralDecoder(source.name(), diagnostics));
            module = new StatementParser(tokens, expressions, source.name()).module();
        } catch (ParseError e) {
            diagnostics.error(e.pos(), e.getMessage());
            return Optional.empty();
        } catch (StackOverflowError e) {
            // Deeper than this thread's stack, below the parser's own limit: CPython's parser says MemoryError then.
            throw CompilationLimitError.memory();
        }
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(module);
    }
}
