package dev.bytecodedsl.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.ast.Expr;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Deep input gets one positioned diagnostic instead of a StackOverflowError (which these inputs
 * raised before the limits), and long left-associative chains parse at any length.
 */
class NestingLimitsTest {

    private static List<String> messages(String text) {
        Diagnostics diagnostics = new Diagnostics();
        DslParser.parse(new SourceFile("t.def", text), diagnostics);
        return diagnostics.all().stream().map(d -> d.pos().line() + ":" + d.pos().column() + ": " + d.message()).toList();
    }

    private static String body(String statements) {
        return "inst(A, (--)) {\n" + statements + "\n}\n";
    }

    @Test
    void twoThousandNestedParentheses() {
        String text = "const int X = " + "(".repeat(2000) + "1" + ")".repeat(2000) + ";\n";
        assertEquals(List.of("1:" + (15 + 200) + ": too many nested parentheses (the limit is 200 nested brackets"
                + " of any kind)"), messages(text));
    }

    @Test
    void aThousandNestedBlocks() {
        List<String> messages = messages(body("{".repeat(1000) + "}".repeat(1000)));
        assertEquals(1, messages.size(), messages::toString);
        // The body's own brace is the first level.
        assertEquals("2:200: too many nested blocks (the limit is 200 nested brackets of any kind)", messages.getFirst());
    }

    @Test
    void fiveHundredNestedIfsWithAndWithoutBraces() {
        // The condition's parenthesis at brace depth 200 is the first bracket past the limit.
        assertEquals(List.of("2:2193: too many nested parentheses (the limit is 200 nested brackets of any kind)"),
                messages(body("if (true) {".repeat(500) + "}".repeat(500))));
        List<String> unbraced = messages(body("if (true) ".repeat(700) + "{ }"));
        assertEquals(1, unbraced.size(), unbraced::toString);
        assertTrue(unbraced.getFirst().matches("2:\\d+: statements nested too deeply \\(more than 600 levels.*"),
                unbraced::toString);
    }

    @Test
    void longElseIfChain() {
        List<String> messages = messages(body("int x = 0;\nif (x == 0) { x = 1; }"
                + " else if (x == 1) { x = 2; }".repeat(5000)));
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.getFirst().contains("nested too deeply"), messages::toString);
        assertTrue(messages.getFirst().contains("`else if`"), messages::toString);
    }

    @Test
    void twentyThousandChainedConditionals() {
        List<String> messages = messages("const int X = " + "true ? 1 : ".repeat(20_000) + "0;\n");
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.getFirst().matches("1:\\d+: expression nested too deeply .*"), messages::toString);
    }

    @Test
    void longUnaryChain() {
        List<String> messages = messages("const bool X = " + "!".repeat(50_000) + "true;\n");
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.getFirst().contains("expression nested too deeply"), messages::toString);
    }

    @Test
    void aHundredThousandTermPlusChainIsOneDiagnostic() {
        List<String> messages = messages("const int X = 1" + " + 1".repeat(100_000) + ";\n");
        assertEquals(List.of("1:" + (16 + 4 * 1000 + 1) + ": expression too long: more than 1000 chained binary"
                + " operators (split it with local variables or constants)"), messages);
    }

    @Test
    void aThousandTermChainParsesFlat() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DslFile> file = DslParser.parse(
                new SourceFile("t.def", "const int X = 1" + " + 1".repeat(1_000) + ";\n"), diagnostics);
        assertEquals(List.of(), diagnostics.all());
        Expr value = ((Definition.ConstDecl) file.orElseThrow().definitions().getFirst()).value();
        int depth = 0;
        while (value instanceof Expr.Binary b) {
            assertTrue(b.right() instanceof Expr.IntLit);
            value = b.left();
            depth++;
        }
        assertEquals(1_000, depth);
    }

    @Test
    void nestingWithinTheLimitsParses() {
        assertEquals(List.of(), messages("const int X = " + "(".repeat(199) + "1" + ")".repeat(199) + ";\n"));
        assertEquals(List.of(), messages(body("if (true) ".repeat(300) + "{ }")));
    }
}
