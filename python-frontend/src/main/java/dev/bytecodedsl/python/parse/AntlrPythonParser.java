package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.diagnostics.CollectingErrorListener;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.grammar.PythonSubsetLexer;
import dev.bytecodedsl.python.grammar.PythonSubsetParser;
import java.util.Optional;
import dev.bytecodedsl.python.compile.CompilationLimitError;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * Front door of the Python front end: source text in, AST out. All problems of the file are
 * reported in one run: syntax errors (ANTLR recovers and goes on), indentation errors, and every
 * unsupported construct. When there is any error no AST is returned, since compiling a partly
 * understood program would only add follow-on errors.
 */
public final class AntlrPythonParser {

    private AntlrPythonParser() {}

    public static Optional<Module> parse(SourceFile source, Diagnostics diagnostics) {
        diagnostics.addSource(source);
        int errorsBefore = diagnostics.errorCount();
        PythonSubsetParser.FileInputContext tree = quickTree(source);
        if (tree == null) {
            try {
                tree = tree(source, diagnostics, new DefaultErrorStrategy());
            } catch (PythonTokenSource.TooManyParentheses e) {
                diagnostics.error(e.pos, e.getMessage());
                return Optional.empty();
            } catch (StackOverflowError e) {
                // Deeper than the parser's stack: CPython's parser says MemoryError then.
                throw CompilationLimitError.memory();
            }
        }
        Module module;
        try {
            new UnsupportedConstructs(source.name(), diagnostics).visit(tree);
            if (diagnostics.errorCount() > errorsBefore) {
                return Optional.empty();
            }
            module = new AstBuilder(source.name(), diagnostics).module(tree);
        } catch (StackOverflowError e) {
            throw CompilationLimitError.recursion();
        }
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(module);
    }

    /**
     * The parse tree of a file that has no syntax or layout error, or null: then the file is parsed
     * again with ANTLR's default error strategy, whose diagnostics are the ones reported.
     *
     * <p>This first pass leaves out the default strategy's {@code sync} before every loop and
     * optional block: on a correct file it never reports anything (it only resynchronizes after an
     * error), but it computes the follow set of every state it passes, walking the expression rules'
     * ATN, which on a fresh JVM was two thirds of parsing a one-line program (measured: first
     * {@code fileInput} of {@code pass} 125-280 ms with it, 8-100 ms without, on a loaded machine).
     */
    private static PythonSubsetParser.FileInputContext quickTree(SourceFile source) {
        Diagnostics scratch = new Diagnostics();
        scratch.addSource(source);
        PythonSubsetParser.FileInputContext tree;
        try {
            tree = tree(source, scratch, new NoSyncStrategy());
        } catch (RuntimeException | StackOverflowError e) {
            return null; // reported by the second pass
        }
        return scratch.all().isEmpty() ? tree : null;
    }

    private static PythonSubsetParser.FileInputContext tree(SourceFile source, Diagnostics diagnostics,
                                                           DefaultErrorStrategy strategy) {
        var listener = new SyntaxErrorListener(source.name(), diagnostics);
        var lexer = new PythonSubsetLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        var parser = new PythonSubsetParser(
                new CommonTokenStream(new PythonTokenSource(lexer, source.name(), diagnostics)));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.setErrorHandler(strategy);
        return parser.fileInput();
    }

    /** The default strategy without the look-ahead check before loops (see {@link #quickTree}). */
    private static final class NoSyncStrategy extends DefaultErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
        }
    }

    /** Python's words where the layout tokens are involved; the shared listener's otherwise. */
    private static final class SyntaxErrorListener extends CollectingErrorListener {
        SyntaxErrorListener(String file, Diagnostics diagnostics) {
            super(file, diagnostics);
        }

        @Override
        protected String message(Object offendingSymbol, String msg) {
            int type = offendingSymbol instanceof Token t ? t.getType() : Token.INVALID_TYPE;
            if (msg.startsWith("missing INDENT")) {
                return "expected an indented block";
            }
            return switch (type) {
                case PythonSubsetParser.INDENT -> "unexpected indent";
                case PythonSubsetParser.DEDENT -> "syntax error: unexpected end of block";
                default -> "syntax error: " + shorten(msg);
            };
        }
    }
}
