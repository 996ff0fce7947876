package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark harnesses in {@code benchmarks/*.java} run as single-file programs
 * ({@code java benchmarks/SteadyState.java ...}), so nothing else compiles them: this test does,
 * against the VM's classes, so that a change to the runtime's API breaks the build, not the next
 * benchmark run.
 */
class BenchmarkSourcesTest {
    private static final Path BENCHMARKS = Path.of("..", "benchmarks");

    @Test
    void everyBenchmarkHarnessCompilesAgainstTheVm(@TempDir Path out) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(BENCHMARKS)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no benchmarks/*.java found");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        for (Path source : sources) {
            // One at a time, like the launcher: each file is its own program with its own classes.
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = javac.run(null, errors, errors, "-proc:none", "-d",
                    out.resolve(source.getFileName().toString()).toString(), "-cp",
                    System.getProperty("java.class.path"), source.toString());
            assertEquals(0, status, source + " does not compile:\n" + errors);
        }
    }
}
