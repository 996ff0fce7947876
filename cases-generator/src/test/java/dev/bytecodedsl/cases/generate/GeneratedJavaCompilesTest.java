package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every DSL the front end accepts generates Java that compiles, warnings as errors (in process, see
 * {@link InProcessJavac}): the project's instruction set, the golden test's file, a one-instruction
 * DSL, the Maven plugin's samples, a toy stack calculator, DSLs that exercise former generator bugs,
 * and a few hundred random definitions ({@link RandomDsl}; {@code -Dgenerated.random.seed=N} and
 * {@code -Dgenerated.random.count=N} reproduce or widen a run). A lowering bug that produces invalid
 * Java fails here, next to the generator, rather than in the generated module or a user's build.
 */
class GeneratedJavaCompilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"../bytecodes.def", "src/test/resources/golden/pipeline/input.def",
        "src/test/resources/dsl/toy-calculator.def"})
    void generatedJavaCompiles(String def) throws Exception {
        assertCompiles(SourceFile.read(Path.of(def)));
    }

    static Stream<Path> pluginSamples() throws IOException {
        try (Stream<Path> samples = Files.list(Path.of("../maven-plugin/src/it"))) {
            return samples.map(dir -> dir.resolve("bytecodes.def")).filter(Files::isRegularFile).sorted().toList()
                    .stream();
        }
    }

    /** The plugin's samples (NOP and SWAP) expand into no multi-uop sequence: UopCell once had an empty switch. */
    @ParameterizedTest
    @MethodSource("pluginSamples")
    void pluginSampleCompiles(Path def) throws Exception {
        SourceFile source = SourceFile.read(def);
        if (def.getParent().getFileName().toString().startsWith("broken")) {
            return; // the sample of a DSL error: no Java at all
        }
        assertCompiles(source);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "type Value; inst(NOP, (--)) { }",
        // Loops whose condition is a Java constant: code after them was unreachable in Java.
        "type Value; inst(SPIN, (--)) { while (true) { } }",
        "type Value; const bool ON = true; inst(A, (v --)) { while (ON) { break; } while (false) { } }",
        "type Value; label(error) { } inst(A, (--)) { for (;;) { if (oparg == 1) { goto error; } } }",
    })
    void smallDslCompiles(String text) throws Exception {
        assertCompiles(new SourceFile("small.def", text));
    }

    @Test
    void randomDefinitionsCompile() throws Exception {
        long seed = Long.getLong("generated.random.seed", 20260115L);
        int count = Integer.getInteger("generated.random.count", 200);
        Random random = new Random(seed);
        List<List<GeneratedFile>> batch = new ArrayList<>();
        List<String> batchTexts = new ArrayList<>();
        List<String> rejections = new ArrayList<>();
        int accepted = 0;
        for (int n = 0; n < count; n++) {
            String text = RandomDsl.generate(random);
            try {
                // Each tree in a package of its own (the packageName option), so a batch compiles together.
                batch.add(Pipeline.run(List.of(new SourceFile("random-" + n + ".def", text)), java.util.Optional.empty(),
                        new Pipeline.Options("org.example.t" + batch.size(), "mvn generate-sources", java.util.Set.of()),
                        List.of()).files());
                batchTexts.add(text);
                accepted++;
            } catch (DslException e) {
                rejections.add(e.diagnostics().render() + "\n" + text);
            }
            // One javac run per batch: its start-up, not the few small files, is most of the cost.
            if (batch.size() == 50 || n == count - 1) {
                List<String> problems = InProcessJavac.compileTrees(batch);
                assertTrue(problems.isEmpty(), String.join("\n", problems) + "\nseed " + seed + ", tree t<k> is the k-th of:\n"
                        + String.join("\n----\n", batchTexts));
                batch.clear();
                batchTexts.clear();
            }
        }
        // The generator is meant to write valid DSL; a low rate means it no longer tests much.
        assertTrue(accepted >= count * 9 / 10, accepted + " of " + count + " random DSLs accepted (seed " + seed
                + "); first rejected:\n" + (rejections.isEmpty() ? "" : rejections.getFirst()));
    }

    @Test
    void theToyCompilesInAPackageOfItsOwnChoosing() throws Exception {
        var files = Pipeline.run(List.of(SourceFile.read(Path.of("src/test/resources/dsl/toy-calculator.def"))),
                java.util.Optional.empty(), new Pipeline.Options("org.example.toyvm", "mvn generate-sources", java.util.Set.of()),
                List.of()).files();
        assertTrue(files.stream().anyMatch(f -> f.relativePath().equals("src/main/java/org/example/toyvm/Opcodes.java")));
        assertTrue(files.stream().noneMatch(f -> f.content().contains("dev.bytecodedsl.generated")),
                "no trace of the default package");
        assertEquals(List.of(), InProcessJavac.compile(files));
    }

    private static void assertCompiles(SourceFile source) throws DslException {
        List<GeneratedFile> files = Pipeline.generateAll(List.of(source));
        assertTrue(files.stream().filter(f -> f.relativePath().endsWith(".java")).count() > 3,
                "expected several Java files");
        assertEquals(List.of(), InProcessJavac.compile(files));
    }
}
