package dev.bytecodedsl.stencils.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Compiled objects and their disassembly, keyed by a hash of everything that determines them
 * (C text, clang version, flags). The directory survives {@code mvn clean} and is ignored by git;
 * deleting it only costs a rebuild. Entries are written atomically, so parallel builds may share it.
 */
public final class ObjectCache {

    /** What one compilation produced. */
    public record Entry(byte[] object, String disassembly) {}

    private final Path directory;

    public ObjectCache(Path directory) {
        this.directory = directory;
    }

    public static String key(String source, Clang clang, List<String> flags) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of("stencil-cache-v1", clang.version(), String.join("\u0000", flags), source)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Entry> get(String key) {
        Path object = directory.resolve(key + ".o");
        Path disassembly = directory.resolve(key + ".dis");
        try {
            if (Files.isRegularFile(object) && Files.isRegularFile(disassembly)) {
                return Optional.of(new Entry(Files.readAllBytes(object), Files.readString(disassembly)));
            }
        } catch (IOException e) {
            // an unreadable entry is a miss; the compile rewrites it
        }
        return Optional.empty();
    }

    public void put(String key, Entry entry) throws IOException {
        Files.createDirectories(directory);
        // The disassembly last: get() only sees an entry once both files are in place.
        write(directory.resolve(key + ".o"), entry.object());
        write(directory.resolve(key + ".dis"), entry.disassembly().getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
