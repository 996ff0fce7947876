package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.python.parse.Token.Kind;
import java.util.Locale;
import java.util.Set;

/**
 * Splits source text into tokens: names (Unicode letters and digits), keywords, numbers, strings
 * with their prefixes, operators. Spaces, comments and backslash line joins are skipped. Every line
 * break is a NEWLINE carrying the next line's leading whitespace; which breaks end a logical line
 * and where blocks open and close is {@link Layout}'s job, so this stays context-free.
 *
 * <p>Lines are counted at {@code '\n'} and columns in code points, so positions match what editors
 * show. A character outside the language and an unterminated string are reported and skipped, and
 * lexing goes on.
 */
final class Tokenizer {

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    /** Operators by length; the longest one that matches wins ({@code **=} before {@code **}, {@code *}). */
    private static final Set<String> OPERATORS_3 = Set.of("**=", "//=", ">>=", "<<=", "...");
    private static final Set<String> OPERATORS_2 = Set.of("**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ":=");
    private static final String OPERATORS_1 = "()[]{}:,;.+-*/%@|&^~<>=";

    private final String text;
    private final String file;
    private final Diagnostics diagnostics;
    private int at;
    private int line = 1;
    private int column = 1;

    Tokenizer(String text, String file, Diagnostics diagnostics) {
        this.text = text;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The next token; END (again and again) at the end of the text. */
    Token next() {
        while (at < text.length()) {
            char c = text.charAt(at);
            switch (c) {
                case ' ', '\t', '\f' -> advance();
                case '#' -> skipComment();
                case '\\' -> lineJoin();
                case '\n', '\r' -> {
                    return newline();
                }
                default -> {
                    Token token = code();
                    if (token != null) {
                        return token;
                    }
                }
            }
        }
        return new Token(Kind.END, "", line, column);
    }

    /** A line break and the whitespace after it, which is the next line's indentation. */
    private Token newline() {
        int startLine = line;
        int startColumn = column;
        if (text.charAt(at) == '\r') {
            advance();
        }
        if (at < text.length() && text.charAt(at) == '\n') {
            advance();
        }
        int indentStart = at;
        while (at < text.length() && isSpace(text.charAt(at))) {
            advance();
        }
        return new Token(Kind.NEWLINE, text.substring(indentStart, at), startLine, startColumn);
    }

    private void skipComment() {
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            advance();
        }
    }

    /** A backslash, spaces and a line break join two physical lines into one. */
    private void lineJoin() {
        int end = at + 1;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        if (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
            while (at < end) {
                advance();
            }
            newline();
            return;
        }
        error(line, column, "unexpected character after line continuation character");
        advance();
    }

    /** A token that is not layout, or null after reporting a character that starts none. */
    private Token code() {
        int startLine = line;
        int startColumn = column;
        int start = at;
        char c = text.charAt(at);
        int codePoint = text.codePointAt(at);
        if (isNameStart(codePoint)) {
            return nameOrString(start, startLine, startColumn);
        }
        if (isDigit(c, 10) || c == '.' && at + 1 < text.length() && isDigit(text.charAt(at + 1), 10)) {
            return number(start, startLine, startColumn);
        }
        if (c == '\'' || c == '"') {
            return string(Kind.STRING, start, startLine, startColumn);
        }
        String operator = operator();
        if (operator != null) {
            take(at + operator.length());
            return new Token(Kind.OPERATOR, operator, startLine, startColumn);
        }
        if (codePoint < 0x80) {
            error(startLine, startColumn, "syntax error: unexpected character '" + c + "'");
        } else {
            error(startLine, startColumn, String.format("invalid character '%s' (U+%04X)",
                    Character.toString(codePoint), codePoint));
        }
        advance();
        return null;
    }

    private String operator() {
        for (int length = 3; length >= 2; length--) {
            if (at + length <= text.length()) {
                String candidate = text.substring(at, at + length);
                if ((length == 3 ? OPERATORS_3 : OPERATORS_2).contains(candidate)) {
                    return candidate;
                }
            }
        }
        char c = text.charAt(at);
        return OPERATORS_1.indexOf(c) >= 0 ? String.valueOf(c) : null;
    }

    /** A name, a keyword, or a string whose prefix ({@code r}, {@code b}, {@code f}, ...) was read as a name. */
    private Token nameOrString(int start, int startLine, int startColumn) {
        while (at < text.length() && isNamePart(text.codePointAt(at))) {
            advance();
        }
        String word = text.substring(start, at);
        if (at < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '"')) {
            Kind prefixed = switch (word.toLowerCase(Locale.ROOT)) {
                case "r", "u" -> Kind.STRING;
                case "f", "fr", "rf" -> Kind.FSTRING;
                case "b", "br", "rb" -> Kind.BYTES;
                default -> null;
            };
            if (prefixed != null) {
                return string(prefixed, start, startLine, startColumn);
            }
        }
        return new Token(KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.NAME, word, startLine, startColumn);
    }

    /**
     * {@code ''' ... '''} or {@code ' ... '} (either quote); a backslash escapes any character, a line
     * break included. Null after reporting a string that does not end.
     */
    private Token string(Kind kind, int start, int startLine, int startColumn) {
        char quote = text.charAt(at);
        String triple = quote == '"' ? "\"\"\"" : "'''";
        boolean isTriple = text.startsWith(triple, at);
        take(at + (isTriple ? 3 : 1));
        while (true) {
            if (at >= text.length()) {
                error(startLine, startColumn, (isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                        + " (detected at line " + line + ")");
                return null;
            }
            char c = text.charAt(at);
            if (c == '\\') {
                advance();
                if (at < text.length()) {
                    advance();
                }
            } else if (isTriple ? text.startsWith(triple, at) : c == quote) {
                take(at + (isTriple ? 3 : 1));
                return new Token(kind, text.substring(start, at), startLine, startColumn);
            } else if (!isTriple && (c == '\n' || c == '\r')) {
                error(startLine, startColumn, "unterminated string literal (detected at line " + line + ")");
                return null;
            } else {
                advance();
            }
        }
    }

    /**
     * An int (decimal, {@code 0x}, {@code 0o}, {@code 0b}), a float ({@code 1.}, {@code .5}, {@code 1e-3})
     * or an imaginary number ({@code 2j}); single underscores may separate digits.
     */
    private Token number(int start, int startLine, int startColumn) {
        if (text.charAt(at) == '0' && at + 1 < text.length() && "xXoObB".indexOf(text.charAt(at + 1)) >= 0) {
            int radix = switch (Character.toLowerCase(text.charAt(at + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            int end = digits(at + 2, radix, true);
            if (end > at + 2) {
                take(end);
                return new Token(Kind.INT, text.substring(start, end), startLine, startColumn);
            }
        }
        int end = digits(at, 10, false);
        boolean isFloat = false;
        if (end < text.length() && text.charAt(end) == '.') {
            isFloat = true;
            end = digits(end + 1, 10, false);
        }
        int exponentEnd = exponent(end);
        isFloat |= exponentEnd > end;
        end = exponentEnd;
        Kind kind = isFloat ? Kind.FLOAT : Kind.INT;
        if (end < text.length() && (text.charAt(end) == 'j' || text.charAt(end) == 'J')) {
            kind = Kind.IMAG;
            end++;
        }
        String number = text.substring(start, end);
        if (kind == Kind.INT && number.charAt(0) == '0' && number.chars().anyMatch(c -> c > '0' && c <= '9')) {
            error(startLine, startColumn, "leading zeros in decimal integer literals are not permitted;"
                    + " use an 0o prefix for octal integers");
        }
        take(end);
        return new Token(kind, number, startLine, startColumn);
    }

    /** {@code [eE] [+-]? DIGITS}: the end of the exponent at {@code from}, or {@code from} when there is none. */
    private int exponent(int from) {
        if (from >= text.length() || (text.charAt(from) != 'e' && text.charAt(from) != 'E')) {
            return from;
        }
        int digitsStart = from + 1;
        if (digitsStart < text.length() && (text.charAt(digitsStart) == '+' || text.charAt(digitsStart) == '-')) {
            digitsStart++;
        }
        int end = digits(digitsStart, 10, false);
        return end > digitsStart ? end : from;
    }

    /**
     * The end of the digits at {@code from}, each but the first optionally preceded by one underscore
     * (the first one too after a radix prefix: {@code 0x_ff}).
     */
    private int digits(int from, int radix, boolean underscoreFirst) {
        int i = from;
        boolean first = true;
        while (true) {
            boolean underscore = (underscoreFirst || !first) && i < text.length() && text.charAt(i) == '_';
            int digit = underscore ? i + 1 : i;
            if (digit >= text.length() || !isDigit(text.charAt(digit), radix)) {
                return i;
            }
            i = digit + 1;
            first = false;
        }
    }

    private static boolean isDigit(char c, int radix) {
        return c < 0x80 && Character.digit(c, radix) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static boolean isNameStart(int c) {
        return c < 0x80 ? c == '_' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Letters, digits and '_'; beyond ASCII, Unicode categories L and N. */
    private static boolean isNamePart(int c) {
        if (c < 0x80) {
            return isNameStart(c) || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Consumes one code point. */
    private void advance() {
        char c = text.charAt(at);
        at += Character.isHighSurrogate(c) && at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1)) ? 2 : 1;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }

    /** Consumes ASCII characters without line breaks up to {@code end}. */
    private void take(int end) {
        column += end - at;
        at = end;
    }

    private void error(int errorLine, int errorColumn, String message) {
        diagnostics.error(new SourcePos(file, errorLine, errorColumn), message);
    }
}
