package dev.bytecodedsl.python.repr;

/**
 * repr(str) as CPython's unicode_repr writes it: single quotes unless the text contains a single
 * quote and no double quote; backslash escapes for the quote, backslash, \t \n \r; \xhh, \\uhhhh or
 * \Uhhhhhhhh for other non-printable characters; printable non-ASCII text unchanged.
 */
public final class StrRepr {
    private StrRepr() {
    }

    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x7f || isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(sb, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(sb, "\\u", c, 4);
            } else {
                hex(sb, "\\U", c, 8);
            }
        }
        return sb.append(quote).toString();
    }

    private static void hex(StringBuilder sb, String prefix, int c, int width) {
        String h = Integer.toHexString(c);
        sb.append(prefix).append("0".repeat(width - h.length())).append(h);
    }

    /** Python's str.isprintable for one code point: not a control, format, separator or unassigned character. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
