package dev.bytecodedsl.diagnostics;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Turns ANTLR's syntax errors into diagnostics (ANTLR columns are 0-based), for every ANTLR front
 * end of the project. A front end with better words for some errors overrides {@link #message}.
 */
public class CollectingErrorListener extends BaseErrorListener {

    private static final int MAX_LISTED_ALTERNATIVES = 5;

    private final String file;
    private final Diagnostics diagnostics;

    public CollectingErrorListener(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    @Override
    public final void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int charPositionInLine,
            String msg,
            RecognitionException e) {
        diagnostics.error(new SourcePos(file, line, charPositionInLine + 1), message(offendingSymbol, msg));
    }

    /** The diagnostic's text for ANTLR's message about the offending token. */
    protected String message(Object offendingSymbol, String antlrMessage) {
        return "syntax error: " + shorten(antlrMessage);
    }

    /**
     * ANTLR lists every token that could follow; past a handful that list is noise, so it is
     * replaced by what a person would say ("expected an expression").
     */
    protected static String shorten(String message) {
        int set = message.indexOf(" expecting {");
        if (set < 0 || message.chars().filter(c -> c == ',').count() < MAX_LISTED_ALTERNATIVES) {
            return message;
        }
        String head = message.substring(0, set).replace("mismatched input", "unexpected")
                .replace("extraneous input", "unexpected");
        return message.contains("INT_LIT") ? head + " (expected an expression)" : head;
    }
}
