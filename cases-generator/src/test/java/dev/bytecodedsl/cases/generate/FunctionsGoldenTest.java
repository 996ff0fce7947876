package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Golden test of {@code func}s in Java: {@code DslFunctions} (a function, one calling another, an
 * escaping one, a void one) and the tier-1 ops that call them, from {@code input.def}; and
 * the whole generated tree compiles with javac. After an intended change, from the repository root:
 * <pre>
 * source scripts/select-jdk.sh
 * mvn -B -q -pl cases-generator -am test -Dtest=FunctionsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 */
class FunctionsGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/functions");
    /** An op's block in an interpreter: where it calls functions, without the dispatch around it. */
    private static final Pattern OP_BLOCK = Pattern.compile("(?ms)^( *)// inst\\(.*?^\\1}\n");

    private static List<GeneratedFile> generate() throws Exception {
        return Pipeline.generateAll(List.of(SourceFile.read(DIR.resolve("input.def"))));
    }

    @Test
    void functionsAndTheirCallersMatchGoldenFiles() throws Exception {
        String functions = file("DslFunctions.java");
        String callers = OP_BLOCK.matcher(file("Tier1Interpreter.java")).results().map(MatchResult::group)
                .collect(Collectors.joining("\n"));
        for (var golden : Map.of("DslFunctions.java", functions, "Tier1Interpreter.ops.txt", callers).entrySet()) {
            Path expected = DIR.resolve(golden.getKey());
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, golden.getValue());
            }
            assertEquals(Files.readString(expected), golden.getValue(), golden.getKey());
        }
    }

    private static String file(String name) throws Exception {
        return generate().stream().filter(f -> f.relativePath().endsWith("/" + name)).findFirst().orElseThrow().content();
    }

    @Test
    void theGeneratedTreeCompiles() throws Exception {
        assertEquals(List.of(), InProcessJavac.compile(generate()));
    }
}
