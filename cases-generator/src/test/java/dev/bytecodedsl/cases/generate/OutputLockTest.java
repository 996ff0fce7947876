package dev.bytecodedsl.cases.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on one output directory take turns, and the temp files a killed run left are removed by
 * the next: two runs used to delete each other's temp files, and a SIGKILL left hidden .tmp files.
 */
class OutputLockTest {

    private static final String JAVA = "src/main/java/dev/bytecodedsl/generated/";

    @TempDir
    Path root;

    private OutputTree tree() {
        return new OutputTree(OutputLayout.under(root), root.resolve(OutputTree.MANIFEST_NAME), root);
    }

    private static Outputs outputs(String content) {
        return Outputs.of(List.of(new GeneratedFile(JAVA + "Opcodes.java", content)));
    }

    @Test
    void aSecondWriteWaitsForTheFirst() throws Exception {
        OutputTree tree = tree();
        CompletableFuture<OutputTree.WriteReport> second;
        try (OutputLock held = tree.lock()) {
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return tree().write(outputs("class Opcodes { int b; }\n"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));
            assertFalse(Files.exists(root.resolve(JAVA + "Opcodes.java")), "nothing written while the lock is held");
        }
        assertEquals(List.of(JAVA + "Opcodes.java"), second.get(10, TimeUnit.SECONDS).written());
    }

    @Test
    void theLockIsAnOsLockOtherProcessesSee() throws Exception {
        OutputTree tree = tree();
        try (OutputLock held = tree.lock();
                FileChannel other = FileChannel.open(tree.lockFile(), StandardOpenOption.WRITE)) {
            // Within one JVM an overlapping lock is refused outright; another process would block.
            assertThrows(OverlappingFileLockException.class, other::tryLock);
        }
        try (FileChannel other = FileChannel.open(tree.lockFile(), StandardOpenOption.WRITE)) {
            var lock = other.tryLock();
            assertTrue(lock != null && lock.isValid(), "released after the run");
            lock.release();
        }
    }

    @Test
    void theNextRunRemovesTempFilesAKilledRunLeft() throws Exception {
        tree().write(outputs("class Opcodes {}\n"));
        Path java = root.resolve(JAVA);
        // What writeAtomically names its temp files, as a SIGKILL between create and rename leaves them.
        Path staleJava = Files.writeString(java.resolve(".Opcodes.java.3f9a0c1d2e4b5a69.tmp"), "half");
        Path staleManifest = Files.writeString(root.resolve("." + OutputTree.MANIFEST_NAME + ".7.tmp"), "half");
        Path staleDoc = Files.writeString(Files.createDirectories(root.resolve("docs")).resolve(".x.md.ab.tmp"), "");
        // Not ours: other names are left alone.
        Path userFile = Files.writeString(java.resolve("notes.tmp"), "mine");
        Path userHidden = Files.writeString(java.resolve(".notes.tmp"), "mine");
        Path userHex = Files.writeString(java.resolve(".Opcodes.java.XYZ.tmp"), "mine");

        tree().write(outputs("class Opcodes { int a; }\n"));

        assertFalse(Files.exists(staleJava));
        assertFalse(Files.exists(staleManifest));
        assertFalse(Files.exists(staleDoc));
        assertTrue(Files.exists(userFile) && Files.exists(userHidden) && Files.exists(userHex));
        assertEquals("class Opcodes { int a; }\n", Files.readString(java.resolve("Opcodes.java")));
    }

    @Test
    void tempFileNamesAreRecognisedExactly() {
        assertTrue(OutputTree.isTempFile(".Opcodes.java.ffffffffffffffff.tmp"));
        assertTrue(OutputTree.isTempFile(".bytecodedsl.manifest.0.tmp"));
        assertFalse(OutputTree.isTempFile("Opcodes.java.ff.tmp"));
        assertFalse(OutputTree.isTempFile(".Opcodes.java.tmp"));
        assertFalse(OutputTree.isTempFile(".Opcodes.java.1ffffffffffffffff.tmp"));
    }
}
