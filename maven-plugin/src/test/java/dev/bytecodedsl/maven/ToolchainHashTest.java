package dev.bytecodedsl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The up-to-date stamp covers the generator's own code whether it comes as a jar or, in a build of
 * the toolchain's reactor, as a directory of classes: a changed generator class makes the stamp
 * stale, so the next build regenerates instead of keeping the previous generator's output.
 */
class ToolchainHashTest {

    @Test
    void aChangedClassInADirectoryChangesTheHash(@TempDir Path classes) throws Exception {
        Files.createDirectories(classes.resolve("dev/bytecodedsl"));
        Path generator = classes.resolve("dev/bytecodedsl/Generator.class");
        Files.write(generator, new byte[] {1, 2, 3});
        String before = hash(classes);
        assertEquals(before, hash(classes));
        Files.write(generator, new byte[] {1, 2, 4});
        assertNotEquals(before, hash(classes));
    }

    @Test
    void aNewClassInADirectoryChangesTheHash(@TempDir Path classes) throws Exception {
        Files.write(classes.resolve("A.class"), new byte[] {1});
        String before = hash(classes);
        Files.write(classes.resolve("B.class"), new byte[] {2});
        assertNotEquals(before, hash(classes));
    }

    @Test
    void aJarIsHashedByItsBytes(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("generator.jar");
        Files.write(jar, new byte[] {7});
        String before = hash(jar);
        Files.write(jar, new byte[] {8});
        assertNotEquals(before, hash(jar));
    }

    private static String hash(Path toolchain) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        Generation.updateWithFiles(digest, toolchain);
        return HexFormat.of().formatHex(digest.digest());
    }
}
