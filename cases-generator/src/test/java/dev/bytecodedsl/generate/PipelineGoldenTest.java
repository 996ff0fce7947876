package dev.bytecodedsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test: everything the generators produce (metadata, helpers contract, tier-1 interpreter)
 * from a small DSL file that uses every construct. When an intended change alters the output,
 * regenerate the expected files with
 * {@code mvn -pl cases-generator test -Dtest=PipelineGoldenTest -Dgolden.update=true} and review the diff.
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
}
