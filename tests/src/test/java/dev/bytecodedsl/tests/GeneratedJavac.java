package dev.bytecodedsl.tests;

import dev.bytecodedsl.generate.GeneratedFile;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles a generated tree's Java in this JVM with the generated module's strictness (all lints,
 * warnings as errors; redundant casts allowed) and returns javac's complaints, none when it compiles.
 * (cases-generator's tests have the same helper; test classes are not shared between modules.)
 */
final class GeneratedJavac {

    private GeneratedJavac() {}

    static List<String> compile(List<GeneratedFile> files) throws IOException {
        List<JavaFileObject> sources = files.stream()
                .filter(file -> file.relativePath().endsWith(".java"))
                .map(file -> (JavaFileObject) new SimpleJavaFileObject(URI.create("string:///" + file.relativePath()),
                        JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return file.content();
                    }
                })
                .toList();
        Path classes = Files.createTempDirectory("fuzz-classes");
        try {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            StringWriter output = new StringWriter();
            boolean ok = ToolProvider.getSystemJavaCompiler().getTask(output, null, diagnostics,
                    List.of("-Xlint:all", "-Xlint:-cast", "-Werror", "-proc:none", "-d", classes.toString()), null,
                    sources).call();
            List<String> problems = new ArrayList<>(diagnostics.getDiagnostics().stream().map(Object::toString).toList());
            if (!ok && problems.isEmpty()) {
                problems.add("javac failed: " + output);
            }
            return problems;
        } finally {
            try (Stream<Path> paths = Files.walk(classes)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
