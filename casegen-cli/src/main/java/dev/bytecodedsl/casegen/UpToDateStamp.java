package dev.bytecodedsl.casegen;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.cases.generate.Manifest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Remembers that a full run found an output tree up to date, so the next {@code check} or {@code
 * generate} with the same inputs can say so without generating everything again in memory (which
 * costs seconds in a fresh JVM, against milliseconds for hashing). This is what make and Gradle do
 * for up-to-date checks, with content hashes instead of timestamps where the user edits files.
 *
 * <p>The stamp is a SHA-256 over everything the outputs depend on and the outputs themselves: the
 * generator's code (each class-path jar's path, size and modification time; a class path with
 * directories, as in tests and IDEs, gets no stamp), the DSL sources' text, the number lock's text,
 * the options, each generator's own inputs ({@link dev.bytecodedsl.cases.generate.Generator#inputs}, e.g.
 * the clang binary), the manifest and the content of every file it lists. Any difference means a
 * full run. A stamp is written only after a full run that verified every output, and it lives in
 * the user's cache directory ({@code $XDG_CACHE_HOME/bytecodedsl}, default {@code ~/.cache}),
 * never in the output tree, keyed by the output directory's real path.
 */
final class UpToDateStamp {

    private final Path stampFile;
    private final String generatorCode;

    UpToDateStamp(Path stampFile, String generatorCode) {
        this.stampFile = stampFile;
        this.generatorCode = generatorCode;
    }

    /** The stamp for {@code outputDirectory} in this process, or empty when its code cannot be fingerprinted. */
    static Optional<UpToDateStamp> forProcess(Path outputDirectory) {
        Optional<String> code = classPathFingerprint(System.getProperty("java.class.path", ""));
        Optional<Path> cache = cacheDirectory();
        if (code.isEmpty() || cache.isEmpty()) {
            return Optional.empty();
        }
        Path key;
        try {
            key = outputDirectory.toRealPath();
        } catch (IOException e) {
            return Optional.empty(); // no output directory yet: nothing can be up to date
        }
        Path file = cache.get().resolve("up-to-date").resolve(sha256(key.toString()).substring(0, 32));
        return Optional.of(new UpToDateStamp(file, code.get()));
    }

    /** Each class-path entry's path, size and modification time; empty when one is a directory. */
    static Optional<String> classPathFingerprint(String classPath) {
        StringBuilder out = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    return Optional.empty();
                }
                out.append(entry).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    private static Optional<Path> cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Optional.of(Path.of(xdg, "bytecodedsl"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "bytecodedsl"));
    }

    /**
     * The fingerprint of one run's inputs and its output tree as it is on disk now; empty when the
     * manifest is missing or lists a file that is not there (a full run says what is wrong).
     */
    Optional<Fingerprint> fingerprint(List<SourceFile> sources, String lockText, String options, List<String> generatorInputs,
            Path manifestFile) throws IOException {
        MessageDigest digest = newDigest();
        update(digest, "code", generatorCode);
        for (SourceFile source : sources) {
            update(digest, "source " + source.name(), source.text());
        }
        update(digest, "lock", lockText);
        update(digest, "options", options);
        for (String inputs : generatorInputs) {
            update(digest, "generator", inputs);
        }
        Manifest manifest;
        try {
            update(digest, "manifest", Files.readString(manifestFile, StandardCharsets.UTF_8));
            manifest = Manifest.read(manifestFile);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        for (Path file : manifest.generatorOf().keySet().stream().sorted().toList()) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
            update(digest, "file " + file, "");
            digest.update(content);
        }
        return Optional.of(new Fingerprint(HexFormat.of().formatHex(digest.digest()), manifest.generatorOf().size()));
    }

    /** A run's fingerprint, and how many generated files it covers (for the report). */
    record Fingerprint(String hash, int files) {}

    /** Whether the last full run left exactly this fingerprint. */
    boolean matches(Fingerprint fingerprint) {
        try {
            return Files.readString(stampFile, StandardCharsets.UTF_8).equals(fingerprint.hash());
        } catch (IOException e) {
            return false;
        }
    }

    /** Records a full run's fingerprint; a stamp that cannot be written only costs the next run time. */
    void record(Fingerprint fingerprint) {
        try {
            Files.createDirectories(stampFile.getParent());
            Path temp = Files.createTempFile(stampFile.getParent(), ".stamp", ".tmp");
            Files.writeString(temp, fingerprint.hash(), StandardCharsets.UTF_8);
            Files.move(temp, stampFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not an error: the next run is a full one.
        }
    }

    /** Forgets the stamp (before a run that may change the tree, so a half-finished one leaves none). */
    void clear() {
        try {
            Files.deleteIfExists(stampFile);
        } catch (IOException e) {
            // Not an error: a stale stamp cannot match a changed tree anyway.
        }
    }

    private static void update(MessageDigest digest, String label, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((label + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
