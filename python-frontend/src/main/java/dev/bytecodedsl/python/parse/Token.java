package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.SourcePos;

/**
 * One token of a Python-subset source. Keywords and operators are told apart by their text, so the
 * parser reads like the grammar ({@code at("if")}, {@code expect(":")}).
 *
 * @param text   the source text; for a NEWLINE straight from the {@link Tokenizer}, the whitespace
 *               that starts the next line, which {@link Layout} measures
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character, in code points (a tab is one column)
 */
record Token(Kind kind, String text, int line, int column) {

    enum Kind {
        NAME, KEYWORD, OPERATOR, INT, FLOAT, IMAG, STRING, FSTRING, BYTES,
        /** The end of a logical line. */
        NEWLINE,
        /** The layout tokens {@link Layout} adds: a block opens or closes. */
        INDENT, DEDENT,
        END
    }

    /** Whether this is the keyword or operator spelled {@code symbol}. */
    boolean is(String symbol) {
        return (kind == Kind.KEYWORD || kind == Kind.OPERATOR) && text.equals(symbol);
    }

    SourcePos pos(String file) {
        return new SourcePos(file, line, column);
    }

    /** How an error message names this token: "'x'", "end of line". */
    String describe() {
        return switch (kind) {
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "end of block";
            case END -> "end of file";
            default -> "'" + text + "'";
        };
    }
}
