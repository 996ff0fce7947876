package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Golden test: everything the generators produce (metadata, helpers contract, tier-1 interpreter)
 * from a small DSL file that uses every construct ({@code input.def}: the test never reads
 * bytecodes.def, and generated files name definitions, never their positions, so only an edit of
 * input.def or of a generator changes the expected files). When an intended change alters the
 * output, regenerate the expected files from the repository root with
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl cases-generator -am test -Dtest=PipelineGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * and review the diff ({@code -am} builds the modules it depends on, which are never installed;
 * the surefire flag lets those modules run without a test of that name).
 */
class PipelineGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/pipeline");

    @Test
    void generatedFilesMatchGoldenFiles() throws Exception {
        List<GeneratedFile> files = Pipeline.generateAll(List.of(SourceFile.read(DIR.resolve("input.def"))));
        boolean update = Boolean.getBoolean("golden.update");
        for (GeneratedFile file : files) {
            Path expected = DIR.resolve("expected").resolve(file.relativePath());
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, file.content());
            }
            assertEquals(Files.readString(expected), file.content(), file.relativePath());
        }
    }

    /** Issue 15: references back to the DSL are names ({@code inst(NOP)}), never {@code input.def:12:5}. */
    @Test
    void generatedFilesCarryNoSourcePositions() throws Exception {
        Pattern position = Pattern.compile("\\.def:\\d+");
        for (GeneratedFile file : Pipeline.generateAll(List.of(SourceFile.read(DIR.resolve("input.def"))))) {
            Matcher m = position.matcher(file.content());
            assertFalse(m.find(), () -> file.relativePath() + " has a source position: "
                    + file.content().lines().filter(l -> position.matcher(l).find()).findFirst().orElseThrow());
        }
    }
}
