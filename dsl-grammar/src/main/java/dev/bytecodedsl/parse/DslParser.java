package dev.bytecodedsl.parse;

import dev.bytecodedsl.ast.DslFile;
import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.diag.SourcePos;
import dev.bytecodedsl.grammar.BytecodeDslLexer;
import dev.bytecodedsl.grammar.BytecodeDslParser;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Front door of the front end: DSL text in, AST out. Syntax errors are collected (ANTLR recovers and
 * keeps going, so one run reports them all); when there are any, no AST is built, because the
 * analysis of a half-parsed file would only add follow-on noise.
 */
public final class DslParser {

    private DslParser() {}

    public static Optional<DslFile> parse(SourceFile source, Diagnostics diagnostics) {
        diagnostics.addSource(source);
        int errorsBefore = diagnostics.errorCount();
        var listener = new CollectingErrorListener(source.name(), diagnostics);

        var lexer = new BytecodeDslLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        var parser = new BytecodeDslParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);

        BytecodeDslParser.FileContext tree = parser.file();
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new AstBuilder(source.name(), diagnostics).file(tree));
    }

    /** Turns ANTLR's syntax errors into diagnostics (ANTLR columns are 0-based). */
    private static final class CollectingErrorListener extends BaseErrorListener {
        private static final int MAX_LISTED_ALTERNATIVES = 5;

        private final String file;
        private final Diagnostics diagnostics;

        CollectingErrorListener(String file, Diagnostics diagnostics) {
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
            diagnostics.error(new SourcePos(file, line, charPositionInLine + 1), "syntax error: " + shorten(msg));
        }

        /**
         * ANTLR lists every token that could follow; past a handful that list is noise, so it is
         * replaced by what a person would say ("expected an expression").
         */
        private static String shorten(String message) {
            int set = message.indexOf(" expecting {");
            if (set < 0 || message.chars().filter(c -> c == ',').count() < MAX_LISTED_ALTERNATIVES) {
                return message;
            }
            String head = message.substring(0, set).replace("mismatched input", "unexpected")
                    .replace("extraneous input", "unexpected");
            return message.contains("INT_LIT") ? head + " (expected an expression)" : head;
        }
    }
}
