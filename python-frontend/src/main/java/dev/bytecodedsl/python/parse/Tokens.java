package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.parse.Token.Kind;
import java.util.List;
import java.util.Optional;

/**
 * The parsers' view of a file's tokens: a cursor with the checks a grammar rule reads with
 * ({@code at}, {@code accept}, {@code expect}), and the two ways of reporting a problem at a token:
 * a syntax error, which ends parsing, and an unsupported construct, which is reported and parsed on.
 */
final class Tokens {

    private final List<Token> tokens;
    private final Optional<Token> unclosed;
    private final String file;
    private final Diagnostics diagnostics;
    private int index;

    Tokens(Layout.Lexed lexed, String file, Diagnostics diagnostics) {
        this.tokens = lexed.tokens();
        this.unclosed = lexed.unclosed();
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Token peek() {
        return tokens.get(index);
    }

    /** The token {@code ahead} places after the current one (END past the end). */
    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    boolean at(String symbol) {
        return peek().is(symbol);
    }

    boolean at(Kind kind) {
        return peek().kind() == kind;
    }

    boolean accept(String symbol) {
        if (at(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    Token expect(String symbol) {
        if (!at(symbol)) {
            throw syntaxError("expected '" + symbol + "'");
        }
        return next();
    }

    Token expect(Kind kind, String what) {
        if (!at(kind)) {
            throw syntaxError("expected " + what);
        }
        return next();
    }

    /** The current token cannot go here. */
    ParseError unexpected() {
        return syntaxError("unexpected " + peek().describe());
    }

    /**
     * A syntax error at the current token. Two causes are named instead, as CPython does: a bracket
     * before it that the file never closes (everything after it was read as inside the brackets), and
     * an indent (the indentation, not the missing token, is what the reader has to fix).
     */
    ParseError syntaxError(String message) {
        Token token = peek();
        if (unclosed.isPresent() && pos(token).compareTo(pos(unclosed.get())) > 0) {
            return new ParseError(pos(unclosed.get()), "'" + unclosed.get().text() + "' was never closed");
        }
        return new ParseError(pos(token), token.kind() == Kind.INDENT ? "unexpected indent" : "syntax error: " + message);
    }

    /** Reports a construct outside the subset; the caller parses it on, to find the problems after it. */
    void unsupported(Token at, String construct) {
        diagnostics.error(pos(at), "unsupported construct: " + construct);
    }

    /** Reports a construct the grammar accepts but Python does not (an invalid assignment target). */
    void error(SourcePos at, String message) {
        diagnostics.error(at, message);
    }

    SourcePos pos(Token token) {
        return token.pos(file);
    }
}
