package dev.bytecodedsl.stencils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import dev.bytecodedsl.stencils.compile.StencilCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: generated output depends on what the DSL says, never on where it says it. A variant of
 * bytecodes.def and optimizer.def with comment lines and blank lines at the top and between all
 * definitions, and one definition moved to the end of its file, must give byte-identical generated
 * files and byte-identical stencil C sources (the object cache is keyed on the C text, so equal
 * text means no stencil is recompiled).
 */
class PositionIndependenceTest {

    static final Path OPTIMIZER_DEF = Path.of("../optimizer.def");

    /** A top-level definition starts at column 0 with a keyword or modifier (inst, guard op, extern, ...). */
    private static final Pattern DEFINITION_START = Pattern.compile("^[a-z]");

    /**
     * {@code text} with a comment and blank lines inserted at the top and before every definition,
     * and the definition whose first line starts with {@code moved} (if any) moved to the end.
     */
    static String shuffle(String text, String moved) {
        List<String> lines = text.lines().toList();
        List<List<String>> chunks = new ArrayList<>();
        List<String> prologue = new ArrayList<>();
        for (String line : lines) {
            if (DEFINITION_START.matcher(line).find()) {
                chunks.add(new ArrayList<>());
            }
            (chunks.isEmpty() ? prologue : chunks.getLast()).add(line);
        }
        StringBuilder out = new StringBuilder("// a comment line inserted at the top\n\n\n");
        prologue.forEach(l -> out.append(l).append('\n'));
        List<String> movedChunk = null;
        for (List<String> chunk : chunks) {
            if (moved != null && chunk.getFirst().startsWith(moved)) {
                assertEquals(null, movedChunk, "two definitions start with " + moved);
                movedChunk = chunk;
                continue;
            }
            out.append("\n// a comment line inserted between definitions\n\n");
            chunk.forEach(l -> out.append(l).append('\n'));
        }
        if (moved != null) {
            assertTrue(movedChunk != null, "no definition starts with " + moved);
            out.append("\n// moved here from its place in the file\n");
            movedChunk.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /** Everything the pipeline and the stencil lowering produce from the two files, by name. */
    private static Map<String, String> outputs(String bytecodes, String optimizer, Path dir) throws Exception {
        Path def = dir.resolve("bytecodes.def");
        Path overrides = dir.resolve("optimizer.def");
        Files.writeString(def, bytecodes);
        Files.writeString(overrides, optimizer);
        List<SourceFile> sources = List.of(SourceFile.read(def), SourceFile.read(overrides));
        Map<String, String> outputs = new LinkedHashMap<>();
        // Targets left out: the tables need clang (the C sources below are what clang would get).
        Pipeline.Result result = Pipeline.run(sources, List.of(
                new StencilsGenerator(new StencilOptions(List.of(), StencilOptions.DEFAULT_CLANG, dir.resolve("cache")))));
        for (GeneratedFile file : result.files()) {
            outputs.put(file.relativePath(), file.content());
        }
        for (StencilCompiler.Unit unit : new StencilBuild(analyze(sources)).units()) {
            outputs.put("stencil " + unit.name() + ".c", unit.source());
        }
        return outputs;
    }

    static Analysis analyze(List<SourceFile> sources) {
        Diagnostics diagnostics = new Diagnostics();
        List<DslFile> files = new ArrayList<>();
        for (SourceFile source : sources) {
            Optional<DslFile> file = DslParser.parse(source, diagnostics);
            file.ifPresent(files::add);
        }
        Analysis analysis = new Analyzer(diagnostics).analyze(files);
        assertTrue(!diagnostics.hasErrors(), diagnostics.render());
        return analysis;
    }

    private static void assertSameOutputs(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differing = expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).toList();
        for (String name : differing) {
            assertEquals(expected.get(name), actual.get(name), name + " (and " + (differing.size() - 1) + " more differ: " + differing + ")");
        }
    }

    /**
     * Both files get comments and blank lines everywhere; {@code moved}, when given, is the start of
     * the one definition of {@code file} that moves to the end of it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "bytecodes.def | -",                                        // comments and blank lines only
        "bytecodes.def | extern escaping void specialize_binary_op(", // Helpers, JitHelpers, the stencil prelude
        "bytecodes.def | const int TRUE_BITS",                      // DslConstants, the stencil prelude
        "bytecodes.def | const int SMALL_INT_TAG",                  // a constant the first uops use
        "bytecodes.def | label(error)",                             // label status codes and methods
        "bytecodes.def | inst(NOP,",                                // an instruction
        "bytecodes.def | inst(EXTENDED_ARG,",                       // an op tier 2 cannot run: the reference lists those
        "bytecodes.def | guard op(_GUARD_BOTH_INT,",                // a uop used by macros
        "bytecodes.def | macro(BINARY_OP_ADD_INT)",                 // a macro in a family
        "bytecodes.def | family(BINARY_OP,",                        // a family
        "bytecodes.def | pseudo(JUMP,",                             // a pseudo-instruction
        "bytecodes.def | type Value;",                              // the value type
        "optimizer.def | extern bool sym_is_null(",                 // a symbol helper: SymbolContext
        "optimizer.def | override op(_GUARD_TOS_INT,",              // an abstract case
    })
    void positionsAndDefinitionOrderDoNotReachGeneratedFilesOrStencilSources(String file, String moved, @TempDir Path dir)
            throws Exception {
        String bytecodes = Files.readString(TestInputs.BYTECODES_DEF);
        String optimizer = Files.readString(OPTIMIZER_DEF);
        String bytecodesVariant = shuffle(bytecodes, file.equals("bytecodes.def") ? moved : null);
        String optimizerVariant = shuffle(optimizer, file.equals("optimizer.def") ? moved : null);
        Map<String, String> expected = outputs(bytecodes, optimizer, Files.createDirectories(dir.resolve("original")));
        assertTrue(expected.keySet().stream().anyMatch(k -> k.equals("stencil _BINARY_OP_ADD_INT.c")), expected.keySet().toString());
        assertSameOutputs(expected, outputs(bytecodesVariant, optimizerVariant, Files.createDirectories(dir.resolve("variant"))));
    }

    @Test
    void theShuffleMovesWholeDefinitions() {
        String def = "/* header */\ntype Value;\n\nextern int f();  // f\n\ninst(A, (--)) {\n    int x = 1;\n}\n";
        assertEquals("// a comment line inserted at the top\n\n\n/* header */\n"
                + "\n// a comment line inserted between definitions\n\ntype Value;\n\n"
                + "\n// a comment line inserted between definitions\n\ninst(A, (--)) {\n    int x = 1;\n}\n"
                + "\n// moved here from its place in the file\nextern int f();  // f\n\n", shuffle(def, "extern int f("));
    }
}
