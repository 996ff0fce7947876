package dev.bytecodedsl.stencils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import dev.bytecodedsl.stencils.lower.CExpressions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long chains lower to C without a parenthesis per operator: a 900-term {@code +} chain used to
 * fail in clang with "bracket nesting level exceeded maximum of 256".
 */
class DeepExpressionStencilTest {

    // Each DSL has one instruction, as every DSL must; the ops under test are its stencils.
    private static final String DSL = "type Value;\ninst(NOP, (--)) { }\n"
            + "const int N = 1" + " + 1".repeat(900) + ";\n"
            + "op(_SUM, (--)) { int r = oparg" + " - oparg * 3".repeat(999) + "; JUMPBY(r); }\n"
            + "op(_PICK, (--)) { int r = " + "oparg == 1 ? 1 : ".repeat(500) + "N; JUMPBY(r); }\n"
            + "op(_NOT, (--)) { bool b = " + "!".repeat(500) + "true; int m = - -oparg; JUMPBY(b ? m : 0); }\n";

    private static Analysis analyze() {
        return analyze(DSL);
    }

    private static Analysis analyze(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<DslFile> file = DslParser.parse(new SourceFile("deep.def", text), diagnostics);
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

    /**
     * Thirty nested divisions: {@code DSL_DIV(a, b)} used to name {@code a} twice, so clang's
     * preprocessor expanded 2^30 copies of the innermost operand and never finished.
     */
    private static final String DIVISIONS = "type Value;\ninst(NOP, (--)) { }\n"
            + "const int Q = 1000000" + " / 2".repeat(30) + ";\n"
            + "op(_CHAIN, (--)) { int r = oparg" + " / 3 % 7".repeat(15) + "; JUMPBY(r + Q); }\n"
            + "op(_NESTED, (--)) { int r = " + "(".repeat(30) + "oparg" + " / 2 + 1)".repeat(30) + "; JUMPBY(r); }\n"
            + "op(_FLOAT, (--)) { double d = 1.5" + " / 2.0 % 3.0".repeat(15) + "; JUMPBY(to_int(d)); }\n";

    @Test
    void aDivisionChainIsOneFlatAccumulator() {
        String lowered = CExpressions.lower(analyze(DIVISIONS).declarations().constants().get("Q").value(),
                CExpressions.CONSTANTS);
        assertEquals("({ __auto_type dsl_acc_ = 1000000LL; " + "dsl_acc_ = DSL_DIV(dsl_acc_, 2LL); ".repeat(30)
                + "dsl_acc_; })", lowered);
    }

    @Test
    void deepDivisionsCompileQuicklyWithClang(@TempDir Path cache) {
        TestInputs.clangOrSkip();
        StencilsGenerator generator = new StencilsGenerator(
                new StencilOptions(List.of(Target.X86_64_LINUX), StencilOptions.DEFAULT_CLANG, cache));
        Analysis analysis = analyze(DIVISIONS);
        // Preemptive: the old macros made clang run (and grow) for as long as it was allowed to.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> generator.generate(analysis));
        assertEquals(List.of(), generator.skipped());
        assertTrue(generator.report().startsWith("stencils: compiled"), generator.report());
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
