package dev.bytecodedsl.cases.generate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java in this JVM, warnings as errors, and returns javac's complaints (none when
 * it compiles). Redundant casts are allowed: lowering casts every stack size to int without knowing
 * its type. Several generated trees can be compiled in one javac run (javac's start-up dominates a
 * small tree), each generated in a package of its own. Shared with tests/ through this module's
 * test-jar.
 */
public final class InProcessJavac {

    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-cast", "-Werror", "-proc:none");

    private InProcessJavac() {}

    /** javac's diagnostics for one generated tree; empty when it compiles. */
    public static List<String> compile(List<GeneratedFile> files) {
        return compileTrees(List.of(files));
    }

    /** javac's diagnostics for several generated trees compiled together (each in a package of its own). */
    public static List<String> compileTrees(List<List<GeneratedFile>> trees) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (List<GeneratedFile> tree : trees) {
            for (GeneratedFile file : tree) {
                if (file.relativePath().endsWith(".java")) {
                    sources.add(source(file.relativePath(), file.content()));
                }
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        Path classes = temporaryDirectory();
        try {
            boolean ok = compiler.getTask(output, null, diagnostics, withOutput(classes), null, sources).call();
            List<String> problems = new ArrayList<>(diagnostics.getDiagnostics().stream().map(Object::toString).toList());
            if (!ok && problems.isEmpty()) {
                problems.add("javac failed: " + output);
            }
            return problems;
        } finally {
            delete(classes);
        }
    }

    private static List<String> withOutput(Path classes) {
        List<String> options = new ArrayList<>(OPTIONS);
        options.addAll(List.of("-d", classes.toString()));
        return options;
    }

    private static JavaFileObject source(String path, String content) {
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return content;
            }
        };
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("generated-classes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
