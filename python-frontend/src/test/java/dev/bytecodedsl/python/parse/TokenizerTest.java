package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.diagnostics.Diagnostic;
import dev.bytecodedsl.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer alone: what each piece of text becomes, where, and what it reports. */
class TokenizerTest {

    /** The tokens of {@code text} as {@code KIND text @line:col}, up to END. */
    private static List<String> tokens(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Tokenizer tokenizer = new Tokenizer(text, "prog.py", diagnostics);
        List<String> tokens = new ArrayList<>();
        for (Token t = tokenizer.next(); t.kind() != Token.Kind.END; t = tokenizer.next()) {
            tokens.add(t.kind() + " " + t.text() + " @" + t.line() + ":" + t.column());
        }
        return tokens;
    }

    private static List<String> errors(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Tokenizer tokenizer = new Tokenizer(text, "prog.py", diagnostics);
        while (tokenizer.next().kind() != Token.Kind.END) {
            // the diagnostics are the result
        }
        return diagnostics.all().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void keywordsNamesAndTheLongestOperator() {
        assertEquals(List.of("KEYWORD if @1:1", "NAME iffy @1:4", "OPERATOR **= @1:9", "OPERATOR ... @1:13",
                "OPERATOR // @1:17", "OPERATOR / @1:20"), tokens("if iffy **= ... // /"));
    }

    @Test
    void numbersFollowPythonsForms() {
        assertEquals(List.of("INT 0x_ff @1:1", "INT 1_000 @1:7", "FLOAT 1. @1:13", "FLOAT .5e-3 @1:16",
                "FLOAT 2e10 @1:22", "IMAG 3j @1:27", "INT 00 @1:30"), tokens("0x_ff 1_000 1. .5e-3 2e10 3j 00"));
    }

    /** Not a number: {@code 1e} is 1 and the name e, {@code 0x} is 0 and the name x (the parser rejects both). */
    @Test
    void incompleteNumbersStopWhereTheyStopMatching() {
        assertEquals(List.of("INT 1 @1:1", "NAME e @1:2", "INT 0 @1:4", "NAME x @1:5"), tokens("1e 0x"));
    }

    @Test
    void stringPrefixesSayTheKindAndOtherNamesStayNames() {
        assertEquals(List.of("STRING r'a\\'' @1:1", "FSTRING Rf\"x\" @1:8", "BYTES b'' @1:14", "NAME ur @1:18",
                "STRING 's' @1:20"), tokens("r'a\\'' Rf\"x\" b'' ur's'"));
    }

    @Test
    void tripleQuotedStringsSpanLinesAndPositionsFollow() {
        assertEquals(List.of("STRING \"\"\"a\nb\"\"\" @1:1", "NAME x @2:6"), tokens("\"\"\"a\nb\"\"\" x"));
    }

    /** Columns count code points, as editors do: an astral character is one column. */
    @Test
    void columnsCountCodePointsAndNamesAreUnicode() {
        assertEquals(List.of("STRING '\uD83D\uDE00' @1:1", "NAME caf\u00e9 @1:5", "NAME \u03c0\u00b2 @1:10"),
                tokens("'\uD83D\uDE00' caf\u00e9 \u03c0\u00b2"));
    }

    /** Each line break is a NEWLINE carrying the next line's indentation; Layout decides which count. */
    @Test
    void lineBreaksCarryTheNextIndentationAndJoinsAndCommentsDisappear() {
        assertEquals(List.of("NAME a @1:1", "NEWLINE \t   @1:9", "NAME b @2:4", "NAME c @3:1"),
                tokens("a # note\r\n\t  b \\\nc"));
    }

    @Test
    void unterminatedStringsAreReportedAtTheirStart() {
        assertEquals(List.of("prog.py:1:5: error: unterminated string literal (detected at line 1)"), errors("x = 'abc\ny = 1\n"));
        assertEquals(List.of("prog.py:1:5: error: unterminated triple-quoted string literal (detected at line 2)"),
                errors("x = '''abc\ny = 1"));
    }

    @Test
    void charactersOutsideTheLanguageAreReportedAndSkipped() {
        assertEquals(List.of("prog.py:1:5: error: syntax error: unexpected character '$'",
                "prog.py:1:7: error: invalid character '\u20ac' (U+20AC)"), errors("x = $ \u20ac 1"));
        assertEquals(List.of("prog.py:1:5: error: unexpected character after line continuation character"), errors("x = \\ 1"));
    }

    @Test
    void leadingZerosAreReported() {
        assertEquals(List.of("prog.py:1:5: error: leading zeros in decimal integer literals are not permitted;"
                + " use an 0o prefix for octal integers"), errors("x = 0777"));
    }
}
