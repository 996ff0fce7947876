package dev.bytecodedsl.stencils.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.stencils.StencilOptions;
import dev.bytecodedsl.stencils.StencilsGenerator;
import dev.bytecodedsl.stencils.Target;
import dev.bytecodedsl.stencils.TestInputs;
import dev.bytecodedsl.stencils.template.StencilTemplates;
import dev.bytecodedsl.stencils.template.TemplateModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden test of {@code func}s in C: each uop's translation unit gets, after the prelude, exactly the
 * functions it calls (transitively) as always-inlined {@code static inline} functions, then its own
 * function; a uop that calls none gets the unit it got before functions existed. After an intended
 * change, from the repository root:
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl stencil-extractor -am test -Dtest=FunctionsLoweringGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
class FunctionsLoweringGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/functions");
    private static final String FUNCTIONS = "// Functions of bytecodes.def";
    private static Analysis analysis;

    private static synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = TestInputs.analyze(DIR.resolve("input.def"));
        }
        return analysis;
    }

    private static String unit(String uop) {
        StencilTemplates templates = new StencilTemplates(TemplateModel.of(analysis().declarations()));
        return templates.uop(new UopLowering(analysis().declarations()).lower(analysis().uop(uop).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UNTAG",    // a plain function: no JIT state
        "PAYLOAD",  // a function calling a function and reading heap words (gets the JIT state)
        "SUM",      // an escaping function: JIT_SAVE_STATE before the statement that calls it
        "CLEAR",    // a void function with an early return, a loop and a helper call
        "ITEM",     // functions indexing a word array whose address a heap word holds (load_word, store_word)
    })
    void functionsAndTheUopMatchGoldenFiles(String uop) throws Exception {
        String unit = unit(uop);
        // The functions, then the uop's op block (the stencil function around it is LoweringGoldenTest's).
        Matcher block = Pattern.compile("(?ms)^    // inst\\(.*?^    }\n").matcher(unit);
        assertTrue(block.find(), unit);
        String tail = unit.substring(unit.indexOf(FUNCTIONS), unit.indexOf("// " + uop + " (")) + block.group();
        Path expected = DIR.resolve(uop + ".c");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, tail);
        }
        assertEquals(Files.readString(expected), tail, uop);
    }

    @Test
    void aUopCallingNoFunctionGetsNone() {
        assertFalse(unit("NOP").contains(FUNCTIONS));
        assertFalse(unit("UNTAG").contains("payload("), "only the functions a uop uses");
    }

    @Test
    void functionsCompileInlinedWithClang(@TempDir Path cache) {
        TestInputs.clangOrSkip();
        StencilsGenerator generator = new StencilsGenerator(
                new StencilOptions(List.of(Target.X86_64_LINUX), StencilOptions.DEFAULT_CLANG, cache));
        generator.generate(analysis());
        assertEquals(List.of(), generator.skipped());
        assertTrue(generator.report().startsWith("stencils: compiled"), generator.report());
    }
}
