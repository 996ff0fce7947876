package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the abstract interpreter generator: the pipeline's sample DSL plus an overrides
 * file give overridden cases (the override's body over symbols), cases that are the uop's own body
 * (moves only: LOAD_FAST, STORE_FAST), default cases (unknown outputs, pass-through, arrays,
 * conditional items) and fold methods for pure uops. Regenerate from the repository root with
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl cases-generator -am test -Dtest=OptimizerGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and review the diff (see {@link PipelineGoldenTest} for the flags).
 */
class OptimizerGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/optimizer");
    private static final List<String> FILES = List.of("AbstractInterpreter.java", "SymbolContext.java",
            "GeneratedAbstractInterpretation.java");

    @Test
    void abstractInterpreterMatchesGoldenFiles() throws Exception {
        List<GeneratedFile> files = Pipeline.generateAll(List.of(
                SourceFile.read(Path.of("src/test/resources/golden/pipeline/input.def")),
                SourceFile.read(DIR.resolve("overrides.def"))));
        boolean update = Boolean.getBoolean("golden.update");
        for (GeneratedFile file : files) {
            String name = Path.of(file.relativePath()).getFileName().toString();
            if (!FILES.contains(name)) {
                continue;
            }
            Path expected = DIR.resolve("expected").resolve(name);
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, file.content());
            }
            assertEquals(Files.readString(expected), file.content(), name);
        }
    }

    /** A symbol helper the kit's table lacks: the VM writes the binding (a Symbols subclass adding it). */
    @Test
    void aHelperOfTheDslsOwnLeavesTheBindingToTheVm() throws Exception {
        String overrides = Files.readString(DIR.resolve("overrides.def"))
                + "extern bool sym_is_frobbed(Value sym);\n";
        List<GeneratedFile> files = Pipeline.generateAll(List.of(
                SourceFile.read(Path.of("src/test/resources/golden/pipeline/input.def")),
                new SourceFile("overrides.def", overrides)));
        assertTrue(files.stream().anyMatch(f -> f.relativePath().endsWith("/SymbolContext.java")
                && f.content().contains("boolean symIsFrobbed(long sym);")));
        assertTrue(files.stream().noneMatch(f -> f.relativePath().endsWith("/GeneratedAbstractInterpretation.java")));
    }
}
