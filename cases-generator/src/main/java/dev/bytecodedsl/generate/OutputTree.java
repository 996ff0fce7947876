package dev.bytecodedsl.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The output directory of the generators. Everything under the <em>owned directories</em> belongs
 * to the generator: files there that are no longer generated are extra, {@link #write} deletes them
 * and {@link #check} reports them.
 *
 * <p>Files are UTF-8 with {@code \n} line endings, compared byte for byte. Paths in reports are
 * relative to the root, with forward slashes, sorted.
 */
public final class OutputTree {

    /** What {@link #write} did. */
    public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted) {
        public WriteReport {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }
    }

    /** A generated file whose content on disk differs, with a unified-diff excerpt (disk → generated). */
    public record StaleFile(String path, String diff) {}

    /**
     * How the disk differs from what would be generated; empty lists mean up to date. {@code
     * notVerified} lists the skipped outputs the check could not compare (they do not count as
     * drift, but every report names them).
     */
    public record DriftReport(List<StaleFile> stale, List<String> missing, List<String> extra, List<SkippedOutput> notVerified) {
        public DriftReport {
            stale = List.copyOf(stale);
            missing = List.copyOf(missing);
            extra = List.copyOf(extra);
            notVerified = List.copyOf(notVerified);
        }

        public DriftReport(List<StaleFile> stale, List<String> missing, List<String> extra) {
            this(stale, missing, extra, List.of());
        }

        public boolean upToDate() {
            return stale.isEmpty() && missing.isEmpty() && extra.isEmpty();
        }
    }

    private final Path root;
    private final List<String> ownedDirectories;

    /**
     * @param root the output directory (need not exist yet)
     * @param ownedDirectories directories relative to {@code root}, with forward slashes, whose whole
     *     content belongs to the generator
     */
    public OutputTree(Path root, List<String> ownedDirectories) {
        this.root = root;
        for (String dir : ownedDirectories) {
            if (dir.isEmpty() || dir.startsWith("/") || dir.endsWith("/") || dir.contains("\\")
                    || Arrays.stream(dir.split("/", -1)).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
                throw new IllegalArgumentException("owned directory must be relative and normalized: " + dir);
            }
        }
        this.ownedDirectories = List.copyOf(ownedDirectories);
    }

    public Path root() {
        return root;
    }

    public List<String> ownedDirectories() {
        return ownedDirectories;
    }

    /**
     * Writes every file whose bytes differ from the disk (atomically: temp file in the same
     * directory, then an atomic rename), leaves identical files untouched (mtime included) and
     * deletes files under the owned directories that are not in {@code files}.
     */
    public WriteReport write(List<GeneratedFile> files) throws IOException {
        return write(files, List.of());
    }

    /** Like {@link #write(List)}, but never deletes the {@code skipped} outputs (they could not be regenerated). */
    public WriteReport write(List<GeneratedFile> files, List<SkippedOutput> skipped) throws IOException {
        Map<String, byte[]> wanted = index(files);
        Set<String> keep = paths(skipped);
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : wanted.entrySet()) {
            Path target = resolve(e.getKey());
            byte[] current = readIfRegularFile(target);
            if (current != null && Arrays.equals(current, e.getValue())) {
                unchanged.add(e.getKey());
            } else {
                writeAtomically(target, e.getValue());
                written.add(e.getKey());
            }
        }
        List<String> deleted = new ArrayList<>();
        for (String extra : extraFiles(wanted, keep)) {
            Path path = resolve(extra);
            Files.deleteIfExists(path);
            deleted.add(extra);
            pruneEmptyParents(path.getParent());
        }
        return new WriteReport(written, unchanged, deleted);
    }

    /** Compares {@code files} with the disk without touching it. */
    public DriftReport check(List<GeneratedFile> files) throws IOException {
        return check(files, List.of());
    }

    /** Like {@link #check(List)}; the {@code skipped} outputs are reported as not verified, never as extra. */
    public DriftReport check(List<GeneratedFile> files, List<SkippedOutput> skipped) throws IOException {
        Map<String, byte[]> wanted = index(files);
        List<StaleFile> stale = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : wanted.entrySet()) {
            byte[] current = readIfRegularFile(resolve(e.getKey()));
            if (current == null) {
                missing.add(e.getKey());
            } else if (!Arrays.equals(current, e.getValue())) {
                String diff = LineDiff.unified(
                        e.getKey() + " (on disk)",
                        e.getKey() + " (generated)",
                        new String(current, StandardCharsets.UTF_8),
                        new String(e.getValue(), StandardCharsets.UTF_8),
                        LineDiff.DEFAULT_MAX_LINES);
                stale.add(new StaleFile(e.getKey(), diff));
            }
        }
        return new DriftReport(stale, missing, extraFiles(wanted, paths(skipped)), skipped);
    }

    // ---- internals ---------------------------------------------------------------------------

    /** Sorted by path; rejects duplicates and files outside the owned directories. */
    private Map<String, byte[]> index(List<GeneratedFile> files) {
        Map<String, byte[]> byPath = new TreeMap<>();
        for (GeneratedFile file : files) {
            String path = file.relativePath();
            if (!isOwned(path)) {
                throw new IllegalArgumentException(
                        "generated file " + path + " is outside the owned directories " + ownedDirectories);
            }
            if (byPath.put(path, file.content().getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("generated twice: " + path);
            }
        }
        return byPath;
    }

    private static Set<String> paths(List<SkippedOutput> skipped) {
        return skipped.stream().map(SkippedOutput::relativePath).collect(java.util.stream.Collectors.toSet());
    }

    private boolean isOwned(String relativePath) {
        return ownedDirectories.stream().anyMatch(dir -> relativePath.startsWith(dir + "/"));
    }

    private Path resolve(String relativePath) {
        return root.resolve(relativePath.replace('/', root.getFileSystem().getSeparator().charAt(0)));
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    /** The file's bytes, or null when there is no regular file (or symlink to one) at {@code path}. */
    private static byte[] readIfRegularFile(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Every non-directory under the owned directories that is not generated, sorted. */
    private List<String> extraFiles(Map<String, byte[]> wanted, Set<String> keep) throws IOException {
        TreeSet<String> extra = new TreeSet<>();
        for (String dir : ownedDirectories) {
            Path start = resolve(dir);
            if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .map(this::relative)
                        .filter(p -> !wanted.containsKey(p) && !keep.contains(p))
                        .forEach(extra::add);
            }
        }
        return List.copyOf(extra);
    }

    /** Removes directories emptied by deletions, up to (not including) the owned directories. */
    private void pruneEmptyParents(Path dir) throws IOException {
        List<Path> ownedRoots = ownedDirectories.stream().map(this::resolve).toList();
        while (dir != null && dir.startsWith(root) && !ownedRoots.contains(dir) && !dir.equals(root)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /**
     * Writes to a fresh temp file next to the target, forces it to disk, then renames it over the
     * target, so readers (and a crash at any point) see either the old or the new complete file.
     * The temp file is created with default permissions (not {@code createTempFile}'s 0600), or the
     * existing file's permissions when there is one. Public for files outside the tree that the
     * command line also maintains (the number lock).
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = createTempSibling(dir, target.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(target, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTempSibling(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.isRegularFile(from)) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (NoSuchFileException e) {
            // the old file vanished meanwhile: keep the default permissions
        }
    }
}
