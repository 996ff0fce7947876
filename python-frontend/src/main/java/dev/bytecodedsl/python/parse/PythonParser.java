package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.diag.SourcePos;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.grammar.PythonSubsetLexer;
import dev.bytecodedsl.python.grammar.PythonSubsetParser;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Front door of the Python front end: source text in, AST out. All problems of the file are
 * reported in one run: syntax errors (ANTLR recovers and goes on), indentation errors, and every
 * unsupported construct. When there is any error no AST is returned, since compiling a partly
 * understood program would only add follow-on errors.
 */
public final class PythonParser {

    private PythonParser() {}

    public static Optional<Module> parse(SourceFile source, Diagnostics diagnostics) {
        diagnostics.addSource(source);
        int errorsBefore = diagnostics.errorCount();
        var listener = new SyntaxErrorListener(source.name(), diagnostics);

        var lexer = new PythonSubsetLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        var parser = new PythonSubsetParser(
                new CommonTokenStream(new PythonTokenSource(lexer, source.name(), diagnostics)));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);

        PythonSubsetParser.FileInputContext tree = parser.fileInput();
        new UnsupportedConstructs(source.name(), diagnostics).visit(tree);
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Module module = new AstBuilder(source.name(), diagnostics).module(tree);
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(module);
    }

    /** Turns ANTLR's messages into diagnostics, in Python's words where the layout tokens are involved. */
    private static final class SyntaxErrorListener extends BaseErrorListener {
        private final String file;
        private final Diagnostics diagnostics;

        SyntaxErrorListener(String file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(
                Recognizer<?, ?> recognizer,
                Object offendingSymbol,
                int line,
                int charPositionInLine,
                String msg,
                RecognitionException e) {
            diagnostics.error(new SourcePos(file, line, charPositionInLine + 1), message(offendingSymbol, msg));
        }

        private static String message(Object offendingSymbol, String msg) {
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

        /** ANTLR lists every token that could follow; past a handful that list is only noise. */
        private static String shorten(String msg) {
            int set = msg.indexOf(" expecting {");
            if (set < 0 || msg.chars().filter(c -> c == ',').count() < 5) {
                return msg;
            }
            return msg.substring(0, set).replace("mismatched input", "unexpected").replace("extraneous input", "unexpected");
        }
    }
}
