package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deep and long input through the whole pipeline: chains and nesting up to the limits generate Java
 * that compiles (longer chains used to end in a StackOverflowError); past them is a diagnostic.
 */
class DeepInputTest {

    private static SourceFile def(String text) {
        return new SourceFile("deep.def", "type Value;\n" + text);
    }

    @Test
    void longChainsAndDeepConditionalsCompile() throws DslException {
        List<GeneratedFile> files = Pipeline.generateAll(List.of(def(
                "const int N = 1" + " - 1".repeat(1_000) + ";\n"
                + "inst(A, (--)) { int r = oparg" + " * 3 + oparg".repeat(500) + "; }\n"
                + "inst(B, (--)) { int r = " + "oparg == 1 ? 1 : ".repeat(500) + "N; }\n"
                + "inst(C, (--)) { bool b = " + "!".repeat(500) + "true; }\n")));
        String interpreter = files.stream().filter(f -> f.relativePath().endsWith("Tier1Interpreter.java"))
                .findFirst().orElseThrow().content();
        // A flat chain, not a thousand nested parentheses (deep enough to trouble javac's parser).
        assertTrue(interpreter.contains("(oparg * 3L) + (oparg * 3L) + (oparg * 3L)"), "flat chain");
        assertEquals(List.of(), InProcessJavac.compile(files));
    }

    @Test
    void tooDeepNestingIsADiagnosticAtItsPosition() {
        DslException e = assertThrows(DslException.class, () -> Pipeline.generateAll(List.of(def(
                "const int X = " + "(".repeat(2_000) + "1" + ")".repeat(2_000) + ";\n"))));
        assertTrue(e.diagnostics().render().startsWith("deep.def:2:215: error: too many nested parentheses"),
                e.diagnostics().render().lines().findFirst().orElseThrow());
    }
}
