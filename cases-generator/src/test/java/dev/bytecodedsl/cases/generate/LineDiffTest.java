package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String diff(String a, String b) {
        return LineDiff.unified("a", "b", a, b, LineDiff.DEFAULT_MAX_LINES);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", diff("x\ny\n", "x\ny\n"));
        assertEquals("", diff("", ""));
    }

    @Test
    void insertionAndDeletionWithContext() {
        assertEquals("""
                --- a
                +++ b
                @@ -1,4 +1,4 @@
                 1
                +1.5
                 2
                 3
                -4
                """, diff("1\n2\n3\n4\n", "1\n1.5\n2\n3\n"));
    }

    @Test
    void intoEmptyFile() {
        assertEquals("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n", diff("", "x\ny\n"));
        assertEquals("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", diff("x\n", ""));
    }

    @Test
    void missingFinalNewlineAndCarriageReturnsAreShown() {
        assertEquals("--- a\n+++ b\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n", diff("x", "x\n"));
        assertEquals("--- a\n+++ b\n@@ -1 +1 @@\n-x^M\n+x\n", diff("x\r\n", "x\n"));
    }

    @Test
    void distantChangesMakeSeparateHunksAndOutputIsCapped() {
        String a = IntStream.rangeClosed(1, 100).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
        String b = a.replace("\n10\n", "\nten\n").replace("\n50\n", "\nfifty\n").replace("\n90\n", "\nninety\n");
        String diff = diff(a, b);
        assertTrue(diff.contains("@@ -7,7 +7,7 @@\n"), diff);
        assertTrue(diff.contains("@@ -47,7 +47,7 @@\n"), diff);
        assertTrue(diff.contains("+ten\n") && diff.contains("+fifty\n"), diff);
        assertTrue(diff.endsWith("... (7 more diff lines)\n"), diff);
        assertEquals(2 + 20 + 1, diff.lines().count());
    }

    @Test
    void completelyDifferentLargeFilesStillDiffQuickly() {
        String a = IntStream.range(0, 20_000).mapToObj(i -> "a" + i).collect(Collectors.joining("\n", "", "\n"));
        String b = IntStream.range(0, 20_000).mapToObj(i -> "b" + i).collect(Collectors.joining("\n", "", "\n"));
        String diff = diff(a, b);
        assertTrue(diff.startsWith("--- a\n+++ b\n@@ -1,20000 +1,20000 @@\n-a0\n"), diff);
    }

    /** Applying the full diff as a patch to the old text must give the new text. */
    @Test
    void randomDiffsApplyAsPatches() {
        var random = new java.util.Random(42);
        for (int round = 0; round < 2000; round++) {
            String a = randomText(random);
            String b = randomText(random);
            String diff = LineDiff.unified("a", "b", a, b, Integer.MAX_VALUE);
            assertEquals(b, patch(a, diff), () -> "a=" + a + "\nb=" + b + "\n" + diff);
        }
    }

    private static String randomText(java.util.Random random) {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(30);
        for (int i = 0; i < lines; i++) {
            text.append((char) ('a' + random.nextInt(4))).append('\n');
        }
        return text.toString();
    }

    private static String patch(String old, String diff) {
        var oldLines = LineDiff.splitLines(old);
        var result = new StringBuilder();
        int next = 0; // next old line (0-based) not yet copied
        for (String line : diff.lines().skip(2).toList()) {
            if (line.startsWith("@@")) {
                var m = java.util.regex.Pattern.compile("@@ -(\\d+)(?:,(\\d+))? ").matcher(line);
                assertTrue(m.find(), line);
                int start = Integer.parseInt(m.group(1));
                int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                int start0 = count == 0 ? start : start - 1;
                while (next < start0) {
                    result.append(oldLines.get(next++));
                }
            } else if (line.startsWith(" ")) {
                assertEquals(oldLines.get(next), line.substring(1) + "\n");
                result.append(oldLines.get(next++));
            } else if (line.startsWith("-")) {
                assertEquals(oldLines.get(next), line.substring(1) + "\n");
                next++;
            } else if (line.startsWith("+")) {
                result.append(line.substring(1)).append('\n');
            }
        }
        while (next < oldLines.size()) {
            result.append(oldLines.get(next++));
        }
        return result.toString();
    }
}
