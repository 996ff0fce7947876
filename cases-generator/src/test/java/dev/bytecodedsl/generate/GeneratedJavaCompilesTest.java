package dev.bytecodedsl.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.diag.SourceFile;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java the generators produce compiles, warnings as errors, for the project's instruction set
 * and for the golden test's file (which uses constructs bytecodes.def may not). Redundant casts are
 * allowed: lowering casts every stack size to int without knowing its type. A lowering bug that
 * produces invalid Java fails here, next to the generator, rather than in the generated module.
 */
class GeneratedJavaCompilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../bytecodes.def", "src/test/resources/golden/pipeline/input.def"})
    void generatedJavaCompiles(String def) throws Exception {
        List<JavaFileObject> sources = Pipeline.generateAll(List.of(SourceFile.read(Path.of(def)))).stream()
                .filter(file -> file.relativePath().endsWith(".java"))
                .map(GeneratedJavaCompilesTest::source)
                .toList();
        assertTrue(sources.size() > 3, "expected several Java files");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path classes = Files.createTempDirectory("generated-classes");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok = compiler.getTask(output, null, diagnostics,
                List.of("-Xlint:all", "-Xlint:-cast", "-Werror", "-d", classes.toString()), null, sources).call();
        assertEquals(List.of(), diagnostics.getDiagnostics().stream().map(Object::toString).toList());
        assertTrue(ok, output.toString());
    }

    private static JavaFileObject source(GeneratedFile file) {
        return new SimpleJavaFileObject(URI.create("string:///" + file.relativePath()), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return file.content();
            }
        };
    }
}
