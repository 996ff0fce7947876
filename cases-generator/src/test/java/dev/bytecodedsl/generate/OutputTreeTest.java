package dev.bytecodedsl.generate;

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
    private static final List<String> OWNED = List.of("src/main/java/dev/bytecodedsl/generated", "docs");

    @TempDir
    Path root;

    private OutputTree tree() {
        return new OutputTree(root, OWNED);
    }

    private static String numbered(int lines, int changedLine, String replacement) {
        return IntStream.rangeClosed(1, lines)
                .mapToObj(i -> i == changedLine ? replacement : "line " + i)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private List<String> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void writesNewFilesAndCreatesDirectories() throws IOException {
        var report = tree().write(List.of(
                new GeneratedFile(JAVA + "Opcodes.java", "class Opcodes {}\n"),
                new GeneratedFile("docs/instructions.md", "# Instructions\n")));
        assertEquals(List.of("docs/instructions.md", JAVA + "Opcodes.java"), report.written());
        assertEquals(List.of(), report.unchanged());
        assertEquals(List.of(), report.deleted());
        assertEquals("class Opcodes {}\n", Files.readString(root.resolve(JAVA + "Opcodes.java")));
        assertEquals(List.of("docs/instructions.md", JAVA + "Opcodes.java"), allFiles());
    }

    @Test
    void writesOnlyChangedFilesAndLeavesUnchangedMtimeAlone() throws IOException {
        var a = new GeneratedFile(JAVA + "A.java", "class A {}\n");
        var b = new GeneratedFile(JAVA + "B.java", "class B {}\n");
        tree().write(List.of(a, b));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(root.resolve(a.relativePath()), old);
        Files.setLastModifiedTime(root.resolve(b.relativePath()), old);

        var report = tree().write(List.of(a, new GeneratedFile(b.relativePath(), "class B { int x; }\n")));

        assertEquals(List.of(JAVA + "B.java"), report.written());
        assertEquals(List.of(JAVA + "A.java"), report.unchanged());
        assertEquals(old, Files.getLastModifiedTime(root.resolve(a.relativePath())));
        assertFalse(old.equals(Files.getLastModifiedTime(root.resolve(b.relativePath()))));
        assertEquals("class B { int x; }\n", Files.readString(root.resolve(b.relativePath())));
    }

    @Test
    void rewritesFileThatDiffersOnlyInLineEndings() throws IOException {
        Path file = root.resolve("docs/a.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x\r\ny\r\n");
        var report = tree().write(List.of(new GeneratedFile("docs/a.md", "x\ny\n")));
        assertEquals(List.of("docs/a.md"), report.written());
        assertArrayEquals("x\ny\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void deletesExtraFilesUnderOwnedDirectoriesOnly() throws IOException {
        Files.createDirectories(root.resolve(JAVA + "old"));
        Files.writeString(root.resolve(JAVA + "old/Gone.java"), "gone");
        Files.writeString(root.resolve(JAVA + "Stale.java"), "stale");
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("src/main/java/dev/bytecodedsl/handwritten"));
        Files.writeString(root.resolve("src/main/java/dev/bytecodedsl/handwritten/Keep.java"), "keep");

        var report = tree().write(List.of(new GeneratedFile("docs/a.md", "a\n")));

        assertEquals(List.of(JAVA + "Stale.java", JAVA + "old/Gone.java"), report.deleted());
        assertEquals(List.of("docs/a.md", "pom.xml", "src/main/java/dev/bytecodedsl/handwritten/Keep.java"), allFiles());
        assertFalse(Files.exists(root.resolve(JAVA + "old")), "emptied directory is pruned");
        assertTrue(Files.isDirectory(root.resolve(JAVA)), "owned directory itself stays");
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        var files = List.of(
                new GeneratedFile(JAVA + "A.java", "a\n"),
                new GeneratedFile(JAVA + "B.java", "b\n"),
                new GeneratedFile("docs/c.md", "c\n"));
        tree().write(files);
        tree().write(List.of(new GeneratedFile(JAVA + "A.java", "a2\n"), files.get(1), files.get(2)));
        assertEquals(List.of("docs/c.md", JAVA + "A.java", JAVA + "B.java"), allFiles());
    }

    @Test
    void checkOfUpToDateTreeIsClean() throws IOException {
        var files = List.of(new GeneratedFile(JAVA + "A.java", "a\n"), new GeneratedFile("docs/b.md", "b\n"));
        tree().write(files);
        var drift = tree().check(files);
        assertTrue(drift.upToDate(), drift.toString());
    }

    @Test
    void checkReportsStaleMissingAndExtraWithoutWriting() throws IOException {
        tree().write(List.of(
                new GeneratedFile(JAVA + "A.java", numbered(40, 0, "")),
                new GeneratedFile("docs/old.md", "old\n")));
        List<String> before = allFiles();

        var drift = tree().check(List.of(
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
        var drift = new OutputTree(root.resolve("nope"), OWNED).check(List.of(new GeneratedFile("docs/a.md", "a\n")));
        assertEquals(List.of("docs/a.md"), drift.missing());
        assertTrue(drift.stale().isEmpty() && drift.extra().isEmpty());
    }

    @Test
    void rejectsFilesOutsideOwnedDirectoriesAndDuplicates() {
        assertThrows(IllegalArgumentException.class, () -> tree().write(List.of(new GeneratedFile("pom.xml", ""))));
        assertThrows(IllegalArgumentException.class, () -> tree().check(List.of(
                new GeneratedFile("docs/a.md", "1"), new GeneratedFile("docs/a.md", "2"))));
        assertThrows(IllegalArgumentException.class, () -> new OutputTree(root, List.of("../docs")));
    }
}
