package dev.bytecodedsl.casegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.generate.Generator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date stamp: a run after a full one that changed nothing only hashes; any change to the
 * DSL, the lock, the options, a generated file or the generator's code makes the next run full again.
 */
class UpToDateStampTest {

    private static final String DSL = """
            type Value;
            label(error) { }
            inst(NOP, (--)) { }
            """;
    private static final String FULL_CHECK = "generated/ is up to date (";
    private static final String SKIPPED = "nothing changed since the last full";

    @TempDir
    Path dir;

    private String code = "casegen.jar 100 1\n";

    private String run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        String[] withPaths = new String[args.length + 4];
        System.arraycopy(args, 0, withPaths, 0, args.length);
        System.arraycopy(new String[] {"--def", dir.resolve("vm.def").toString(), "--out",
                dir.resolve("generated").toString()}, 0, withPaths, args.length, 4);
        int exit = Casegen.run(withPaths, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.<Generator>of(),
                outDir -> Optional.of(new UpToDateStamp(dir.resolve("cache/stamp"), code)));
        return exit + " " + out.toString(StandardCharsets.UTF_8).replace(dir.toString() + "/", "")
                + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunAfterAFullOneThatChangedNothingOnlyHashes() throws IOException {
        Files.writeString(dir.resolve("vm.def"), DSL);
        assertTrue(run("generate").startsWith("0 "), "the first generate is full");
        String second = run("check");
        assertTrue(second.startsWith("0 ") && second.contains(SKIPPED), second);
        String generate = run("generate");
        assertTrue(generate.contains("0 written") && generate.contains(SKIPPED), generate);
        String full = run("check", "--full");
        assertTrue(full.contains(FULL_CHECK) && !full.contains(SKIPPED), full);
    }

    @Test
    void everyChangeMakesTheNextRunFull() throws IOException {
        Files.writeString(dir.resolve("vm.def"), DSL);
        run("generate");

        Path opcodes = findGenerated("Opcodes.java");
        String original = Files.readString(opcodes);
        Files.writeString(opcodes, original + "// edited\n");
        assertTrue(run("check").startsWith("1 "), "an edited generated file is drift, not up to date");
        Files.writeString(opcodes, original);
        assertTrue(run("check").contains(SKIPPED), "the stamp still describes the restored tree");

        Files.writeString(dir.resolve("vm.def"), DSL + "// a comment\n");
        String edited = run("check");
        assertTrue(edited.startsWith("0 ") && !edited.contains(SKIPPED), "an edited DSL is checked in full: " + edited);
        assertTrue(run("check").contains(SKIPPED));

        code = "casegen.jar 101 2\n";
        assertTrue(!run("check").contains(SKIPPED), "new generator code is checked in full");

        String otherPackage = run("check", "--package", "org.example.vm");
        assertTrue(otherPackage.startsWith("1 ") && !otherPackage.contains(SKIPPED), otherPackage);
    }

    @Test
    void aClassPathWithDirectoriesGetsNoStamp() {
        assertEquals(Optional.empty(), UpToDateStamp.classPathFingerprint("a.jar" + java.io.File.pathSeparator + dir));
        assertEquals(Optional.empty(), UpToDateStamp.classPathFingerprint(""));
    }

    private Path findGenerated(String name) throws IOException {
        try (var files = Files.walk(dir.resolve("generated"))) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
        }
    }
}
