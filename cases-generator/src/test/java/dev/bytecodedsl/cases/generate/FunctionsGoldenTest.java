package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test of {@code func}s in Java: {@code DslFunctions} (a function, one calling another, an
 * escaping one, a void one) and the tier-1 interpreter that calls them, from {@code input.def}; and
 * the whole generated tree compiles with javac. After an intended change, from the repository root:
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl cases-generator -am test -Dtest=FunctionsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
class FunctionsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/functions");
    private static final List<String> GOLDEN = List.of("DslFunctions.java", "Tier1Interpreter.java");

    private static List<GeneratedFile> generate() throws Exception {
        return Pipeline.generateAll(List.of(SourceFile.read(DIR.resolve("input.def"))));
    }

    @Test
    void functionsAndTheirCallersMatchGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("golden.update");
        for (String name : GOLDEN) {
            GeneratedFile file = generate().stream().filter(f -> f.relativePath().endsWith("/" + name))
                    .findFirst().orElseThrow();
            Path expected = DIR.resolve(name);
            if (update) {
                Files.writeString(expected, file.content());
            }
            assertEquals(Files.readString(expected), file.content(), name);
        }
    }

    @Test
    void theGeneratedTreeCompiles() throws Exception {
        assertEquals(List.of(), InProcessJavac.compile(generate()));
    }
}
