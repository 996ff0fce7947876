package dev.bytecodedsl.stencils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.analysis.Analysis;
import dev.bytecodedsl.analysis.Analyzer;
import dev.bytecodedsl.ast.DslFile;
import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.parse.DslParser;
import dev.bytecodedsl.stencils.lower.CExpressions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long chains lower to C without a parenthesis per operator: a 900-term {@code +} chain used to
 * fail in clang with "bracket nesting level exceeded maximum of 256".
 */
class DeepExpressionStencilTest {

    private static final String DSL = "type Value;\n"
            + "const int N = 1" + " + 1".repeat(900) + ";\n"
            + "op(_SUM, (--)) { int r = oparg" + " - oparg * 3".repeat(999) + "; JUMPBY(r); }\n"
            + "op(_PICK, (--)) { int r = " + "oparg == 1 ? 1 : ".repeat(500) + "N; JUMPBY(r); }\n"
            + "op(_NOT, (--)) { bool b = " + "!".repeat(500) + "true; int m = - -oparg; JUMPBY(b ? m : 0); }\n";

    private static Analysis analyze() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DslFile> file = DslParser.parse(new SourceFile("deep.def", DSL), diagnostics);
        Analysis analysis = new Analyzer(diagnostics).analyze(file.map(List::of).orElse(List.of()));
        assertFalse(diagnostics.hasErrors(), diagnostics::render);
        return analysis;
    }

    @Test
    void parenthesesOnlyWherePrecedenceNeedsThem() {
        Analysis analysis = analyze();
        var constant = analysis.declarations().constants().get("N");
        String lowered = CExpressions.lower(constant.value(), CExpressions.CONSTANTS);
        assertEquals("1LL" + " + 1LL".repeat(900), lowered);
    }

    @Test
    void deepExpressionsCompileWithClang(@TempDir Path cache) {
        TestInputs.clangOrSkip();
        StencilsGenerator generator = new StencilsGenerator(
                new StencilOptions(List.of(Target.X86_64_LINUX), StencilOptions.DEFAULT_CLANG, cache));
        generator.generate(analyze());
        assertEquals(List.of(), generator.skipped());
        assertTrue(generator.report().startsWith("stencils: compiled"), generator.report());
    }
}
