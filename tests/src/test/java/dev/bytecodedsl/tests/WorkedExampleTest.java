package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.casegen.StencilCasegen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/editing-instructions.md, applied to a copy of the repository exactly as written:
 * the DSL snippet, the family entry and the specializer case come from that page (between
 * {@code <!-- worked-example:NAME:begin/end -->} markers), so the text and this test cannot drift.
 * Checks that {@code ./casegen check} names exactly the files the page lists, that generate makes
 * check pass and the Java compile warning-free, and that a program then runs the new instruction.
 */
class WorkedExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SPECIALIZER =
            Path.of("runtime/src/main/java/dev/bytecodedsl/runtime/vm/specialize/ArithmeticSpecializer.java");

    /** Two bools compared in a loop, so the site specializes and then runs the specialized form. */
    private static final String PROGRAM = """
            def count(n):
                t = 0
                yes = True
                no = False
                for _ in range(n):
                    if no < yes:
                        t = t + 1
                return t

            print(count(100))
            """;

    @TempDir
    Path copy;

    @Test
    void theWorkedExampleHoldsAsWritten() throws Exception {
        Readme readme = Readme.read(ROOT.resolve("docs/editing-instructions.md"));
        copyRepository();
        Path def = copy.resolve("bytecodes.def");
        Files.writeString(def, addComparison(Files.readString(def), readme.section("dsl")));

        Cli check = casegen("check");
        assertEquals(1, check.exit(), check.err());
        Set<String> expected = new TreeSet<>(readme.listedFiles("stale"));
        expected.add("bytecodes.lock");
        assertEquals(expected, staleFiles(check.err()), check.err());

        Cli generate = casegen("generate");
        assertEquals(0, generate.exit(), generate.err());
        Cli recheck = casegen("check");
        assertEquals(0, recheck.exit(), recheck.err());

        Path generatedSources = copy.resolve("generated/src/main/java");
        compile(javaFiles(generatedSources), copy.resolve("generated-classes"), true);

        // The runtime with the page's specializer case, over the regenerated classes.
        Path specializer = copy.resolve("runtime-src").resolve(SPECIALIZER.getFileName());
        Files.createDirectories(specializer.getParent());
        Files.writeString(specializer, addSpecializerCase(Files.readString(ROOT.resolve(SPECIALIZER)),
                readme.section("specializer")));
        List<Path> runtimeSources = new ArrayList<>(javaFiles(ROOT.resolve("runtime/src/main/java")).stream()
                .filter(p -> !p.endsWith(SPECIALIZER.getFileName())).toList());
        runtimeSources.add(specializer);
        runtimeSources.addAll(javaFiles(generatedSources));
        Path classes = copy.resolve("runtime-classes");
        compile(runtimeSources, classes, false);

        String stats = runWithStats(classes);
        Matcher bool = Pattern.compile("(?m)^\\s+COMPARE_OP_BOOL\\s+(\\d+)\\s+(\\d+)$").matcher(stats);
        assertTrue(bool.find() && Long.parseLong(bool.group(1)) > 0, "COMPARE_OP_BOOL never ran:\n" + stats);
    }

    /** The page's marked sections: {@code <!-- worked-example:NAME:begin -->} ... {@code end}. */
    record Readme(String text) {
        static Readme read(Path path) throws IOException {
            return new Readme(Files.readString(path));
        }

        String marked(String name) {
            String begin = "<!-- worked-example:" + name + ":begin -->";
            String end = "<!-- worked-example:" + name + ":end -->";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            assertTrue(from >= 0 && to > from, "docs/editing-instructions.md has no " + begin + " ... " + end);
            return text.substring(from + begin.length(), to);
        }

        /** The code block of a marked section, without its fences. */
        String section(String name) {
            Matcher m = Pattern.compile("(?s)```\\w*\\n(.*?)```").matcher(marked(name));
            assertTrue(m.find(), "no code block in worked-example:" + name);
            return m.group(1);
        }

        /** The files a marked list names: the first `code span` of each item. */
        List<String> listedFiles(String name) {
            List<String> files = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^- `([^`]+)`").matcher(marked(name));
            while (m.find()) {
                files.add("generated/" + m.group(1));
            }
            return files;
        }
    }

    /** "next to the other COMPARE_OP forms", and COMPARE_OP_BOOL listed in the family. */
    static String addComparison(String def, String snippet) {
        String anchor = "macro(COMPARE_OP_STR)";
        assertTrue(def.contains(anchor), "bytecodes.def has no " + anchor);
        int line = def.indexOf('\n', def.indexOf(anchor)) + 1;
        String edited = def.substring(0, line) + "\n" + snippet + def.substring(line);
        Matcher family = Pattern.compile("family\\(COMPARE_OP, 1\\) = \\{([^}]*)}").matcher(edited);
        assertTrue(family.find(), "bytecodes.def has no family(COMPARE_OP, 1)");
        return edited.substring(0, family.start(1)) + family.group(1).stripTrailing() + ", COMPARE_OP_BOOL "
                + edited.substring(family.end(1));
    }

    /** "a case next to the one for COMPARE_OP_STR". */
    static String addSpecializerCase(String source, String caseLine) {
        String anchor = "Opcodes.COMPARE_OP_STR;";
        assertTrue(source.contains(anchor), SPECIALIZER + " has no " + anchor);
        int line = source.indexOf('\n', source.indexOf(anchor)) + 1;
        return source.substring(0, line) + caseLine + source.substring(line);
    }

    private void copyRepository() throws IOException {
        for (String file : List.of("bytecodes.def", "optimizer.def", "bytecodes.lock")) {
            Files.copy(ROOT.resolve(file), copy.resolve(file));
        }
        copyTree(ROOT.resolve("generated"), copy.resolve("generated"));
        // Only the new uops' stencils then compile; without a cache every stencil does (minutes).
        if (Files.isDirectory(ROOT.resolve(".stencil-cache"))) {
            copyTree(ROOT.resolve(".stencil-cache"), copy.resolve(".stencil-cache"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    record Cli(int exit, String out, String err) {}

    /** {@code ./casegen COMMAND} on the copy: the stencil generator included, as the script runs it. */
    private Cli casegen(String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = StencilCasegen.run(new String[] {command,
                    "--def", copy.resolve("bytecodes.def").toString(),
                    "--def", copy.resolve("optimizer.def").toString(),
                    "--out", copy.resolve("generated").toString(),
                    "--lock", copy.resolve("bytecodes.lock").toString(),
                    "--stencil-cache", copy.resolve(".stencil-cache").toString()}, o, e);
        }
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The {@code stale:} lines of a check report, relative to the copy. */
    private Set<String> staleFiles(String report) {
        Set<String> files = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^stale:\\s+(\\S+)").matcher(report);
        while (m.find()) {
            Path reported = Path.of("").toAbsolutePath().resolve(m.group(1)).normalize();
            files.add(copy.toAbsolutePath().normalize().relativize(reported).toString().replace('\\', '/'));
        }
        return files;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** In-process javac; the generated Java must be warning-free (as in GeneratedJavaCompilesTest). */
    private static void compile(List<Path> sources, Path classes, boolean werror) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), "-proc:none"));
        if (werror) {
            options.addAll(List.of("-Xlint:all", "-Xlint:-cast", "-Werror"));
        }
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(output, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> problems = diagnostics.getDiagnostics().stream()
                    .filter(d -> werror || d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(Object::toString).toList();
            assertEquals(List.of(), problems);
            assertTrue(ok, output.toString());
        }
    }

    /** Runs {@link #PROGRAM} on the compiled runtime with --stats; returns the statistics. */
    private String runWithStats(Path classes) throws Exception {
        Path program = copy.resolve("compare_bools.py");
        Files.writeString(program, PROGRAM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (var loader = new ChildFirstLoader(classes, getClass().getClassLoader());
             PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            Class<?> optionsType = loader.loadClass("dev.bytecodedsl.runtime.VmOptions");
            Object options = optionsType.getMethod("defaults").invoke(null);
            options = optionsType.getMethod("withStats", boolean.class).invoke(options, true);
            Method run = loader.loadClass("dev.bytecodedsl.runtime.Vm")
                    .getMethod("run", Path.class, optionsType, PrintStream.class, PrintStream.class);
            int status = (int) run.invoke(null, program, options, o, e);
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        }
        assertEquals("100\n", out.toString(StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * Loads the freshly compiled runtime and generated classes before the test's own copies of
     * them (the repository's, without the new instruction); everything else from the parent.
     */
    static final class ChildFirstLoader extends URLClassLoader {
        private final Path classes;

        ChildFirstLoader(Path classes, ClassLoader parent) throws IOException {
            super(new URL[] {classes.toUri().toURL()}, parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && Files.exists(classes.resolve(name.replace('.', '/') + ".class"))) {
                    c = findClass(name);
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
