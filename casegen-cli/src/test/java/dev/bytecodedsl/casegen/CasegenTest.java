package dev.bytecodedsl.casegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasegenTest {

    private static final String VALID = """
            type Value;
            label(error) { }
            inst(NOP, (--)) { }
            """;

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Casegen.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(String text) {
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.lines().anyMatch(l -> l.strip().startsWith("at ")), text);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void usageErrorsExit2WithOneLine() {
        for (String[] args : new String[][] {{}, {"frobnicate"}, {"check", "--bogus"}, {"check", "--def"},
                {"generate", "check"}, {"check", "--out", "a", "--out", "b"}, {"check", "--lock"},
                {"check", "--lock", "a", "--lock", "b"}}) {
            Result r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("casegen: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void helpPrintsUsage() {
        Result r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("usage: casegen generate|check"), r.out());
        assertEquals(0, run("check", "-h").exit());
    }

    @Test
    void missingDefFileIsAnIoErrorWithoutStackTrace() {
        Path missing = dir.resolve("nope.def");
        Result r = run("check", "--def", missing.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals("casegen: cannot read " + missing + ": no such file or directory: " + missing + "\n", r.err());
    }

    @Test
    void syntaxErrorExits1WithCompilerStyleDiagnostic() throws IOException {
        Path def = write("bad.def", "type Value;\ninst(X, (--) {}\n");
        Result r = run("generate", "--def", def.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(def + ":2:"), r.err());
        assertTrue(r.err().lines().findFirst().orElseThrow().matches(".*:2:\\d+: error: .*"), r.err());
        assertTrue(r.err().contains("\n    inst(X, (--) {}\n"), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(" *\\^")), r.err());
        assertNoStackTrace(r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is written from invalid input");
    }

    @Test
    void generateThenCheckIsClean() throws IOException {
        Path def = write("ok.def", VALID);
        Path out = dir.resolve("out");
        Result gen = run("generate", "--def", def.toString(), "--out", out.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.out().endsWith(out + ": 0 written, 0 unchanged, 0 deleted\n")
                || gen.out().matches("(?s).*: \\d+ written, \\d+ unchanged, 0 deleted\n"), gen.out());

        Result check = run("check", "--def", def.toString(), "--out", out.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().matches(java.util.regex.Pattern.quote(out + "/") + " is up to date \\(\\d+ files?\\)\n"),
                check.out());
    }

    @Test
    void checkReportsExtraFileWithOneFixCommandAndGenerateDeletesIt() throws IOException {
        Path def = write("ok.def", VALID);
        Path out = dir.resolve("out");
        assertEquals(0, run("generate", "--def", def.toString(), "--out", out.toString()).exit());
        // A file an earlier run wrote (the manifest lists it) that is no longer generated, and a
        // hand-written file beside the generated ones, which the tool never touches.
        write("out/docs/obsolete.md", "old\n");
        Files.writeString(out.resolve("bytecodedsl.manifest"), "metadata docs/obsolete.md\n", java.nio.file.StandardOpenOption.APPEND);
        write("out/docs/README.md", "not generated\n");

        Result check = run("check", "--def", def.toString(), "--out", out.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().contains("extra:   " + out + "/docs/obsolete.md"), check.err());
        assertFalse(check.err().contains("README"), check.err());
        assertEquals(1, check.err().lines().filter(l -> l.startsWith("fix: run ./casegen generate")).count(), check.err());
        assertNoStackTrace(check.err());

        Result gen = run("generate", "--def", def.toString(), "--out", out.toString());
        assertEquals(0, gen.exit());
        assertTrue(gen.out().contains(" 1 deleted"), gen.out());
        assertFalse(Files.exists(out.resolve("docs/obsolete.md")));
        assertTrue(Files.exists(out.resolve("docs/README.md")));
        assertEquals(0, run("check", "--def", def.toString(), "--out", out.toString()).exit());
    }

    @Test
    void generateWritesTheLockAndCheckDetectsAStaleOrMissingOne() throws IOException {
        Path def = write("vm.def", VALID);
        Path out = dir.resolve("out");
        Path lock = dir.resolve("bytecodes.lock");
        Result gen = run("generate", "--def", def.toString(), "--out", out.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.out().contains("  wrote   " + lock + "\n"), gen.out());
        assertTrue(Files.readString(lock).contains("\nopcode   1 NOP\n"), Files.readString(lock));
        Result again = run("generate", "--def", def.toString(), "--out", out.toString());
        assertFalse(again.out().contains(lock.toString()), "an unchanged lock is not rewritten: " + again.out());

        // A new instruction sorting first keeps NOP at 1; check names the stale lock and the fix.
        write("vm.def", VALID + "inst(ANOTHER, (--)) { }\n");
        Result check = run("check", "--def", def.toString(), "--out", out.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().contains("stale:   " + lock + " (the number lock)\n"), check.err());
        assertTrue(check.err().contains("+opcode   2 ANOTHER\n"), check.err());
        String fix = "fix: run ./casegen generate --def " + def + " --out " + out + "\n";
        assertTrue(check.err().endsWith(fix), check.err());
        assertEquals(1, check.err().lines().filter(l -> l.startsWith("fix: run")).count(), check.err());
        assertEquals(0, run("generate", "--def", def.toString(), "--out", out.toString()).exit());
        assertTrue(Files.readString(lock).contains("\nopcode   1 NOP\nopcode   2 ANOTHER\n"), Files.readString(lock));
        assertEquals(0, run("check", "--def", def.toString(), "--out", out.toString()).exit());

        // Only the lock is stale (a line lost by hand): it alone is reported, still with the fix command.
        Files.writeString(lock, Files.readString(lock).replace("opcode   2 ANOTHER\n", ""));
        check = run("check", "--def", def.toString(), "--out", out.toString());
        assertEquals(1, check.exit(), check.err());
        assertTrue(check.err().startsWith("stale:   " + lock + " (the number lock)\n"), check.err());
        assertTrue(check.err().contains("+opcode   2 ANOTHER\n"), check.err());
        assertFalse(check.err().contains("out of date"), check.err());
        assertTrue(check.err().endsWith(fix), check.err());
        assertNoStackTrace(check.err());

        Files.delete(lock);
        check = run("check", "--def", def.toString(), "--out", out.toString());
        assertEquals(1, check.exit());
        assertTrue(check.err().startsWith("missing: " + lock + " (the number lock)\n"), check.err());
    }

    @Test
    void lockOptionNamesAnotherFileAndItsErrorsArePositioned() throws Exception {
        Path def = write("vm.def", VALID);
        Path out = dir.resolve("out");
        Path lock = write("locks/my.lock", "opcode 7 NOP\nopcode 7 OTHER retired\n");
        Result gen = run("generate", "--def", def.toString(), "--out", out.toString(), "--lock", lock.toString());
        assertEquals(1, gen.exit(), gen.err());
        assertEquals(lock + ":2:8: error: number 7 of opcode 'OTHER' is already taken by opcode 'NOP' (at " + lock
                + ":1:10)\n    opcode 7 OTHER retired\n           ^\n1 error\n", gen.err());
        assertFalse(Files.exists(out));

        write("locks/my.lock", "opcode 7 NOP\n");
        gen = run("generate", "--def", def.toString(), "--out", out.toString(), "--lock", lock.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(Files.readString(out.resolve("src/main/java/dev/bytecodedsl/generated/Opcodes.java"))
                .contains("NOP = 7;"));
        assertFalse(Files.exists(dir.resolve("bytecodes.lock")));
        assertEquals("./casegen generate --def x.def --out out --lock my.lock",
                Casegen.fixCommand(Casegen.Options.parse(new String[] {"check", "--def=x.def", "--out", "out",
                    "--lock", "my.lock"})));
    }

    @Test
    void fixCommandIsPlainForTheStandardLayout() throws Exception {
        Path repo = dir.resolve("repo");
        String plain = Casegen.fixCommand(Casegen.Options.parse(new String[] {
            "check", "--def", repo.resolve("bytecodes.def").toString(), "--def", repo.resolve("optimizer.def").toString(),
            "--out", repo.resolve("generated").toString()}));
        assertEquals("./casegen generate", plain);
        assertEquals("./casegen generate", Casegen.fixCommand(Casegen.Options.parse(new String[] {"check"})));
        assertEquals("./casegen generate --def x.def --out 'my out'",
                Casegen.fixCommand(Casegen.Options.parse(new String[] {"check", "--def=x.def", "--out", "my out"})));
    }

    @Test
    void invalidUtf8DefIsAnIoErrorAtTheBadByte() throws IOException {
        Path def = dir.resolve("latin1.def");
        Files.write(def, new byte[] {'t', 'y', 'p', 'e', ' ', 'A', ';', '\n', 't', 'y', 'p', 'e', ' ', (byte) 0xE9, ';', '\n'});
        Result r = run("check", "--def", def.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals(def + ":2:6: error: not valid UTF-8: byte 0xE9 at byte offset 13\n", r.err());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path def = dir.resolve("bom.def");
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(def, withBom);
        Result r = run("generate", "--def", def.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void hugeOrEndlessInputIsOneLineWithItsOwnStatus() throws IOException {
        Path huge = dir.resolve("huge.def");
        Files.writeString(huge, "inst(".repeat(2_000_000));
        for (String def : new String[] {huge.toString(), "/dev/zero"}) {
            if (def.equals("/dev/zero") && !Files.exists(Path.of(def))) {
                continue;
            }
            Result r = run("check", "--def", def, "--out", dir.resolve("out").toString());
            assertEquals(Casegen.TOO_LARGE, r.exit(), r.err());
            assertEquals("casegen: cannot read " + def + ": larger than 8 MB, the limit for a source file\n", r.err());
        }
    }

    @Test
    void outOfMemoryIsOneLineWithItsOwnStatus() throws IOException {
        Path def = write("ok.def", VALID);
        Generator exhausting = new Generator() {
            @Override
            public String name() {
                return "exhausting";
            }

            @Override
            public List<GeneratedFile> generate(Analysis analysis) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Casegen.run(new String[] {"check", "--def", def.toString(), "--out", dir.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of(exhausting));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(Casegen.TOO_LARGE, exit, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("casegen: out of memory (Java heap space)"), message);
        assertNoStackTrace(message);
    }

    @Test
    void packageAndGeneratorSelectionShapeTheOutput() throws IOException {
        Path def = write("ok.def", VALID);
        Path out = dir.resolve("out");
        Result gen = run("generate", "--def", def.toString(), "--out", out.toString(), "--package", "org.example.vm",
                "--generators", "metadata,tier1");
        assertEquals(0, gen.exit(), gen.err());
        Path pkg = out.resolve("src/main/java/org/example/vm");
        assertTrue(Files.readString(pkg.resolve("Opcodes.java")).startsWith("// Generated from ok.def"));
        assertTrue(Files.readString(pkg.resolve("Opcodes.java")).contains("package org.example.vm;"));
        assertTrue(Files.exists(pkg.resolve("Tier1Interpreter.java")));
        assertFalse(Files.exists(pkg.resolve("UopInterpreter.java")), "tier2 was not selected");
        assertFalse(Files.exists(out.resolve("docs/instructions.md")), "reference was not selected");
        assertFalse(Files.exists(out.resolve("src/main/java/dev")), "nothing in the default package");

        Result check = run("check", "--def", def.toString(), "--out", out.toString(), "--package", "org.example.vm",
                "--generators", "metadata,tier1");
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void aSelectionWithoutWhatAGeneratorNeedsOrABadPackageIsAUsageError() throws IOException {
        Path def = write("ok.def", VALID);
        Result tier2 = run("generate", "--def", def.toString(), "--out", dir.resolve("out").toString(), "--generators", "tier2");
        assertEquals(2, tier2.exit());
        assertTrue(tier2.err().contains("generator 'tier2' needs generator 'metadata'"), tier2.err());
        Result unknown = run("check", "--def", def.toString(), "--generators", "tier3");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("unknown generator 'tier3' (known: metadata, reference, tier1, tier2"), unknown.err());
        Result badPackage = run("check", "--def", def.toString(), "--package", "org.example.new");
        assertEquals(2, badPackage.exit());
        assertTrue(badPackage.err().contains("not a valid Java package name: 'org.example.new'"), badPackage.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
