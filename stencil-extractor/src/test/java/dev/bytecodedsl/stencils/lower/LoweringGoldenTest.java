package dev.bytecodedsl.stencils.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.stencils.TestInputs;
import dev.bytecodedsl.stencils.template.StencilTemplates;
import dev.bytecodedsl.stencils.template.TemplateModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden test: the C translation unit of representative uops, so a reviewer sees exactly what clang
 * gets. The uops come from the test's own {@code input.def} (copied from bytecodes.def), so editing
 * bytecodes.def never makes it fail. After an intended change, from the repository root:
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl stencil-extractor -am test -Dtest=LoweringGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and review the diff ({@code -am} builds the modules it depends on, which are never installed;
 * the surefire flag lets those modules run without a test of that name).
 */
class LoweringGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/lowering");
    private static Analysis analysis;

    private static synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = TestInputs.analyze(DIR.resolve("input.def"));
        }
        return analysis;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "_GUARD_TOS_INT",            // a guard: EXIT with the stack as found
        "_BINARY_OP_ADD_INT",        // an int op with an overflow exit
        "_BINARY_OP_ADD_FLOAT",      // escaping helper calls: state saved first, ERROR_IF pops the inputs
        "BUILD_LIST",                // a Value[] helper argument (pointer into the stack), oparg-sized input
        "_UNPACK_SEQUENCE",          // an output array written by a helper
        "_JUMP_TO_TOP",              // the loop: eval breaker, continues at the trace's first uop
        "_LOAD_FAST_3",              // a replica: oparg fixed at build time
        "LOAD_CONST",                // GETCONST as a helper
        "_POP_FRAME",                // RELOAD_FRAME: continues with the new frame's locals and stack pointer
    })
    void translationUnitMatchesGoldenFile(String uop) throws Exception {
        StencilTemplates templates = new StencilTemplates(TemplateModel.of(analysis().declarations()));
        String unit = templates.uop(new UopLowering(analysis().declarations()).lower(analysis().uop(uop).orElseThrow()));
        // The prelude holds what the uop uses (see UnitDeclarationsTest): keep only its function here.
        String function = unit.substring(unit.indexOf("// " + uop + " ("));
        Path expected = DIR.resolve(uop + ".c");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(expected, function);
        }
        assertEquals(Files.readString(expected), function, uop);
    }

    @org.junit.jupiter.api.Test
    void preludeMatchesGoldenFile() throws Exception {
        String shim = new StencilTemplates(TemplateModel.of(analysis().declarations())).shim();
        Path expected = DIR.resolve("shim.c");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(expected, shim);
        }
        assertEquals(Files.readString(expected), shim);
    }

    /** The statistics' loop counter: the prelude, then one increment falling through to the next code. */
    @org.junit.jupiter.api.Test
    void loopCounterAddsOneAndContinues() {
        StencilTemplates templates = new StencilTemplates(TemplateModel.of(analysis().declarations()));
        String counter = templates.loopCounter();
        String prelude = templates.shim().substring(0, templates.shim().indexOf("int64_t _JIT_SHIM"));
        assertEquals(prelude + """
                JIT_CC int64_t _JIT_ENTRY(Value *__locals, Value *__sp, JitState *__state) {
                    __state->loop_closes++;
                    __attribute__((musttail)) return _JIT_CONTINUE(__locals, __sp, __state);
                }
                """, counter);
    }
}
