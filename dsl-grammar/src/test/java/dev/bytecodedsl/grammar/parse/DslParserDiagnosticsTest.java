package dev.bytecodedsl.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors the parser reports: syntax errors (all of them, in one run) and notation errors. */
class DslParserDiagnosticsTest {

    private static List<String> messages(String text) {
        Diagnostics diagnostics = new Diagnostics();
        DslParser.parse(new SourceFile("t.def", text), diagnostics);
        return diagnostics.all().stream().map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message()).toList();
    }

    @Test
    void reportsEverySyntaxErrorOfARun() {
        assertEquals(List.of(
                        "1:14: syntax error: missing ')' at '{'",
                        "2:21: syntax error: unexpected ';' (expected an expression)"),
                messages("""
                        inst(A, (--) { }
                        inst(B, (--)) { x = ; }
                        """));
    }

    @Test
    void unexpectedCharacterIsASyntaxErrorAtItsPosition() {
        List<String> messages = messages("inst(A, (--)) { int x = 1 @ 2; }\n");
        assertTrue(messages.getFirst().startsWith("1:27: syntax error: "), messages::toString);
    }

    @Test
    void unknownAnnotation() {
        assertEquals(List.of("1:1: unknown annotation 'fast' (expected one of specializing, pure, guard, override,"
                        + " replicate, tier1, tier2, replaces, taken)"),
                messages("fast op(_A, (--)) { }\n"));
    }

    @Test
    void annotationArguments() {
        assertEquals(List.of("1:1: annotation 'replicate' needs a count, e.g. replicate(8)",
                        "2:1: annotation 'pure' takes no argument",
                        "3:1: annotation 'replaces' needs an op name, e.g. replaces(_OP)",
                        "4:1: annotation 'replicate' needs a count, e.g. replicate(8)"),
                messages("replicate op(_A, (--)) { }\npure(2) op(_B, (--)) { }\nreplaces(3) op(_C, (--)) { }\n"
                        + "replicate(_A) op(_D, (--)) { }\n"));
    }

    @Test
    void integerLiteralsMustFitIn64Bits() {
        assertEquals(List.of("1:15: integer literal 9223372036854775808 does not fit in 64 bits"),
                messages("const int X = 9223372036854775808;\nconst int Y = 0xFFFF_FFFF_FFFF_FFFF;\n"));
    }

    @Test
    void rendersLineAndCaret() {
        Diagnostics diagnostics = new Diagnostics();
        DslParser.parse(new SourceFile("t.def", "inst(A, (--)) {\n\tint x = ;\n}\n"), diagnostics);
        assertEquals("""
                t.def:2:10: error: syntax error: unexpected ';' (expected an expression)
                    \tint x = ;
                    \t        ^
                1 error
                """, diagnostics.render());
    }
}
