package dev.bytecodedsl.cases.analysis.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Analysis is linear in the number of constants: each constant used to rebuild the scope of all
 * constants and search the constants it reaches for itself (10,000 constants took 32 s).
 */
class ConstantScalingTest {

    /** C0 = 1, Ck = C(k-1) + k: a chain each constant reaches the whole of. */
    private static String chain(int count) {
        StringBuilder text = new StringBuilder("type Value;\nconst int C0 = 1;\n");
        for (int k = 1; k < count; k++) {
            text.append("const int C").append(k).append(" = C").append(k - 1).append(" + ").append(k).append(";\n");
        }
        return text.append("inst(A, (--)) { int x = C").append(count - 1).append("; }\n").toString();
    }

    @Test
    void theCycleSearchVisitsEachConstantAndReferenceOnce() {
        int count = 20_000;
        Diagnostics diagnostics = new Diagnostics();
        DslFile file = DslParser.parse(new SourceFile("c.def", chain(count)), diagnostics).orElseThrow();
        ConstantCycles cycles = new ConstantCycles(Declarations.collect(List.of(file), diagnostics));
        for (Definition definition : file.definitions()) {
            if (definition instanceof Definition.ConstDecl constant) {
                assertTrue(cycles.cycleThrough(constant).isEmpty(), constant.name());
            }
        }
        // One visit per constant and one per reference, plus one per finished constant.
        assertTrue(cycles.visits() <= 3 * count, "visits: " + cycles.visits());
    }

    @Test
    void twentyThousandConstantsGenerateInSeconds() throws Exception {
        long start = System.nanoTime();
        var files = Pipeline.generateAll(List.of(new SourceFile("c.def", chain(20_000))));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(files.size() > 3);
        // Generous: the quadratic checker needed minutes for this; the linear one well under ten seconds.
        assertTrue(elapsed.compareTo(Duration.ofSeconds(30)) < 0, "took " + elapsed);
    }

    @Test
    void cyclesAreStillFoundAtTheirFirstReference() {
        assertEquals(List.of(
                        "1:15: constant 'A' is defined in terms of itself",
                        "2:19: constant 'B' is defined in terms of itself",
                        "3:19: constant 'C' is defined in terms of itself"),
                Check.diagnostics("const int A = B + 1;\nconst int B = 2 + A;\nconst int C = A + C;\nconst int D = A;\n")
                        .stream().filter(m -> m.contains("itself")).toList());
    }
}
