package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {

    private static final String JAVA = "src/main/java/dev/bytecodedsl/generated/";
    private static final String MANIFEST = OutputTree.MANIFEST_NAME;

    @TempDir
    Path root;

    private OutputTree tree() {
        return new OutputTree(OutputLayout.under(root), root.resolve(MANIFEST), root);
    }

    private OutputTree.WriteReport write(List<GeneratedFile> files) throws IOException {
        return tree().write(Outputs.of(files));
    }

    private OutputTree.DriftReport check(List<GeneratedFile> files) throws IOException {
        return tree().check(Outputs.of(files));
    }

    private static String numbered(int lines, int changedLine, String replacement) {
        return IntStream.rangeClosed(1, lines)
                .mapToObj(i -> i == changedLine ? replacement : "line " + i)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private List<String> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(OutputLock.FILE_NAME))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesNewFilesAndCreatesDirectories() throws IOException {
        var report = write(List.of(
                new GeneratedFile(JAVA + "Opcodes.java", "class Opcodes {}\n"),
                new GeneratedFile("docs/instructions.md", "# Instructions\n")));
        assertEquals(List.of("docs/instructions.md", JAVA + "Opcodes.java"), report.written());
        assertEquals(List.of(), report.unchanged());
        assertEquals(List.of(), report.deleted());
        assertEquals("class Opcodes {}\n", Files.readString(root.resolve(JAVA + "Opcodes.java")));
        assertEquals(List.of(MANIFEST, "docs/instructions.md", JAVA + "Opcodes.java"), allFiles());
    }

    @Test
    void writesOnlyChangedFilesAndLeavesUnchangedMtimeAlone() throws IOException {
        var a = new GeneratedFile(JAVA + "A.java", "class A {}\n");
        var b = new GeneratedFile(JAVA + "B.java", "class B {}\n");
        write(List.of(a, b));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(root.resolve(a.relativePath()), old);
        Files.setLastModifiedTime(root.resolve(b.relativePath()), old);

        var report = write(List.of(a, new GeneratedFile(b.relativePath(), "class B { int x; }\n")));

        assertEquals(List.of(JAVA + "B.java"), report.written());
        assertEquals(List.of(JAVA + "A.java"), report.unchanged());
        assertEquals(old, Files.getLastModifiedTime(root.resolve(a.relativePath())));
        assertFalse(old.equals(Files.getLastModifiedTime(root.resolve(b.relativePath()))));
        assertEquals("class B { int x; }\n", Files.readString(root.resolve(b.relativePath())));
    }

    @Test
    void rewritesFileThatDiffersOnlyInLineEndings() throws IOException {
        Path file = root.resolve("docs/a.md");
        write(List.of(new GeneratedFile("docs/a.md", "x\ny\n")));
        Files.writeString(file, "x\r\ny\r\n");
        var report = write(List.of(new GeneratedFile("docs/a.md", "x\ny\n")));
        assertEquals(List.of("docs/a.md"), report.written());
        assertArrayEquals("x\ny\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void deletesOnlyListedFilesThatAreNoLongerGenerated() throws IOException {
        write(List.of(new GeneratedFile(JAVA + "old/Gone.java", "gone"), new GeneratedFile(JAVA + "Stale.java", "stale"),
                new GeneratedFile("docs/a.md", "a\n")));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve(JAVA + "HandWritten.java"), "keep");
        Files.writeString(root.resolve("docs/manual.md"), "the user's manual");

        var report = write(List.of(new GeneratedFile("docs/a.md", "a\n")));

        assertEquals(List.of(JAVA + "Stale.java", JAVA + "old/Gone.java"), report.deleted());
        assertEquals(List.of(MANIFEST, "docs/a.md", "docs/manual.md", "pom.xml", JAVA + "HandWritten.java"), allFiles());
        assertFalse(Files.exists(root.resolve(JAVA + "old")), "emptied directory is pruned");
        assertEquals("%s%s docs/a.md\n".formatted(Manifest.HEADER, "all"), Files.readString(root.resolve(MANIFEST)));
    }

    @Test
    void refusesToOverwriteAFileItDidNotWriteAndTouchesNothing() throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/instructions.md"), "# my own notes\n");

        var e = assertThrows(OutputTree.ForeignFilesException.class, () -> write(List.of(
                new GeneratedFile(JAVA + "A.java", "a\n"), new GeneratedFile("docs/instructions.md", "generated\n"))));

        assertEquals(List.of("docs/instructions.md"), e.paths());
        assertEquals("# my own notes\n", Files.readString(root.resolve("docs/instructions.md")));
        assertEquals(List.of("docs/instructions.md"), allFiles(), "nothing written, no manifest");
    }

    @Test
    void overwritesAFileCarryingTheGeneratorsHeaderWithoutAManifest() throws IOException {
        // A checked-in generated file in a clone whose manifest is elsewhere (e.g. under target/).
        Files.createDirectories(root.resolve(JAVA));
        Files.writeString(root.resolve(JAVA + "A.java"), "// " + OutputSettings.DEFAULTS.header("metadata") + "\nclass A {}\n");

        var report = write(List.of(new GeneratedFile(JAVA + "A.java", "class A { int x; }\n")));

        assertEquals(List.of(JAVA + "A.java"), report.written());
    }

    @Test
    void keepsTheFilesOfGeneratorsThatDidNotRun() throws IOException {
        var tier1 = new GeneratedFile(JAVA + "Tier1.java", "t1\n");
        var meta = new GeneratedFile(JAVA + "Meta.java", "m\n");
        tree().write(new Outputs(List.of(tier1, meta), List.of(),
                java.util.Map.of(tier1.relativePath(), "tier1", meta.relativePath(), "metadata"), java.util.Set.of("tier1", "metadata")));

        Outputs onlyMetadata = new Outputs(List.of(meta), List.of(), java.util.Map.of(meta.relativePath(), "metadata"),
                java.util.Set.of("metadata"));
        var report = tree().write(onlyMetadata);

        assertEquals(List.of(), report.deleted());
        assertTrue(Files.exists(root.resolve(JAVA + "Tier1.java")));
        Outputs bothRanTier1Empty = new Outputs(List.of(meta), List.of(), java.util.Map.of(meta.relativePath(), "metadata"),
                java.util.Set.of("tier1", "metadata"));
        assertEquals(List.of(JAVA + "Tier1.java"), tree().check(bothRanTier1Empty).extra(), "tier1 ran: its old file is extra");
        assertTrue(tree().check(onlyMetadata).upToDate(), "the unselected generator's file is not drift");
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        var files = List.of(
                new GeneratedFile(JAVA + "A.java", "a\n"),
                new GeneratedFile(JAVA + "B.java", "b\n"),
                new GeneratedFile("docs/c.md", "c\n"));
        write(files);
        write(List.of(new GeneratedFile(JAVA + "A.java", "a2\n"), files.get(1), files.get(2)));
        assertEquals(List.of(MANIFEST, "docs/c.md", JAVA + "A.java", JAVA + "B.java"), allFiles());
    }

    @Test
    void checkOfUpToDateTreeIsClean() throws IOException {
        var files = List.of(new GeneratedFile(JAVA + "A.java", "a\n"), new GeneratedFile("docs/b.md", "b\n"));
        write(files);
        var drift = check(files);
        assertTrue(drift.upToDate(), drift.toString());
    }

    @Test
    void checkReportsStaleMissingAndExtraWithoutWriting() throws IOException {
        write(List.of(
                new GeneratedFile(JAVA + "A.java", numbered(40, 0, "")),
                new GeneratedFile("docs/old.md", "old\n")));
        List<String> before = allFiles();

        var drift = check(List.of(
                new GeneratedFile(JAVA + "A.java", numbered(40, 20, "line 20 changed")),
                new GeneratedFile("docs/new.md", "new\n")));

        assertFalse(drift.upToDate());
        assertEquals(List.of(JAVA + "A.java"), drift.stale().stream().map(OutputTree.StaleFile::path).toList());
        assertEquals(List.of("docs/new.md"), drift.missing());
        assertEquals(List.of("docs/old.md"), drift.extra());
        assertEquals(before, allFiles(), "check must not touch the disk");

        String diff = drift.stale().getFirst().diff();
        assertEquals("""
                --- src/main/java/dev/bytecodedsl/generated/A.java (on disk)
                +++ src/main/java/dev/bytecodedsl/generated/A.java (generated)
                @@ -17,7 +17,7 @@
                 line 17
                 line 18
                 line 19
                -line 20
                +line 20 changed
                 line 21
                 line 22
                 line 23
                """, diff);
    }

    @Test
    void checkOfMissingRootReportsEverythingMissing() throws IOException {
        var drift = new OutputTree(OutputLayout.under(root.resolve("nope")), root.resolve("nope/" + MANIFEST), root).check(Outputs.of(List.of(new GeneratedFile("docs/a.md", "a\n"))));
        assertEquals(List.of("nope/docs/a.md"), drift.missing());
        assertTrue(drift.stale().isEmpty() && drift.extra().isEmpty());
    }

    @Test
    void rejectsFilesOfNoKnownKindAndDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> write(List.of(new GeneratedFile("pom.xml", ""))));
        assertThrows(IllegalArgumentException.class, () -> check(List.of(
                new GeneratedFile("docs/a.md", "1"), new GeneratedFile("docs/a.md", "2"))));
    }
}
