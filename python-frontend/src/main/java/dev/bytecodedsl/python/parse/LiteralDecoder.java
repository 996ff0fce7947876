package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/** Turns number and string tokens into values, with Python's rules for prefixes and escapes. */
final class LiteralDecoder {

    private final String file;
    private final Diagnostics diagnostics;

    LiteralDecoder(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    BigInteger integer(Token token) {
        String text = token.text().replace("_", "").toLowerCase(Locale.ROOT);
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            int radix = switch (text.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new BigInteger(text.substring(2), radix);
        }
        return new BigInteger(text);
    }

    double floating(Token token) {
        return Double.parseDouble(token.text().replace("_", ""));
    }

    /** Adjacent literals ({@code "a" 'b'}) are one string, as in Python. */
    String string(List<Token> parts) {
        StringBuilder out = new StringBuilder();
        for (Token part : parts) {
            decode(part, out);
        }
        return out.toString();
    }

    private void decode(Token token, StringBuilder out) {
        String text = token.text();
        boolean raw = false;
        int start = 0;
        while (text.charAt(start) != '\'' && text.charAt(start) != '"') {
            raw |= Character.toLowerCase(text.charAt(start)) == 'r';
            start++;
        }
        int quote = text.startsWith("\"\"\"", start) || text.startsWith("'''", start) ? 3 : 1;
        String body = text.substring(start + quote, text.length() - quote);
        if (raw) {
            out.append(body);
            return;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> {} // backslash-newline continues the string on the next line
                case '\r' -> i += i + 1 < body.length() && body.charAt(i + 1) == '\n' ? 1 : 0;
                case '\\', '\'', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hex(token, body, i, 2, out);
                case 'u' -> i = hex(token, body, i, 4, out);
                case 'U' -> i = hex(token, body, i, 8, out);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int end = i;
                    while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                        end++;
                    }
                    out.appendCodePoint(Integer.parseInt(body.substring(i, end), 8));
                    i = end - 1;
                }
                case 'N' -> {
                    error(token, "unsupported construct: \\N{...} escape");
                    out.append("\\N");
                }
                // Python keeps unknown escapes as they are (with a warning).
                default -> out.append('\\').append(e);
            }
        }
    }

    /** Decodes the {@code digits} hex digits after {@code body[at]}; returns the index of the last. */
    private int hex(Token token, String body, int at, int digits, StringBuilder out) {
        int end = at + 1 + digits;
        String hex = end <= body.length() ? body.substring(at + 1, end) : "";
        if (hex.isEmpty() || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            error(token, "truncated \\" + body.charAt(at) + " escape in string literal");
            return body.length();
        }
        int codePoint = Integer.parseUnsignedInt(hex, 16);
        if (!Character.isValidCodePoint(codePoint)) {
            error(token, "illegal Unicode character in string literal");
            return end - 1;
        }
        out.appendCodePoint(codePoint);
        return end - 1;
    }

    private void error(Token token, String message) {
        diagnostics.error(token.pos(file), message);
    }
}
