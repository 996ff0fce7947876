package dev.bytecodedsl.stencils.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled objects and their disassembly, keyed by a hash of everything that determines them
 * (C text, clang version, flags). The directory survives {@code mvn clean} and is ignored by git;
 * deleting it only costs a rebuild. Entries are written atomically, so parallel builds may share it.
 *
 * <p>One instance serves one build. A hit or a write stamps the entry's last use (the modification
 * time of its {@code .dis}); {@link #evict} after the build keeps the cache within its
 * {@link Limits}, oldest use first, but never removes what this build used. Every build leaves a
 * marker in {@code builds/} so "not used in the last N builds" can be told from the markers' times.
 * Another build evicting at the same time can only cause a miss (the entry is compiled again):
 * the {@code .dis} goes first, and {@link #get} only sees an entry while both files are there.
 */
public final class ObjectCache {

    /** What one compilation produced. */
    public record Entry(byte[] object, String disassembly) {}

    /**
     * How big the cache may stay after a build: at most {@code maxBytes}, and only entries used in
     * one of the last {@code maxBuilds} builds (one build of every target needs about 15 MiB).
     */
    public record Limits(long maxBytes, int maxBuilds) {
        public static final Limits DEFAULT = new Limits(64L << 20, 20);

        public Limits {
            if (maxBytes < 0 || maxBuilds < 1) {
                throw new IllegalArgumentException("cache limits must be >= 0 bytes and >= 1 build");
            }
        }
    }

    /** What {@link #evict} removed. */
    public record Eviction(int entries, long bytes) {}

    private static final String BUILDS = "builds";

    private final Path directory;
    private final Limits limits;
    private final Clock clock;
    private final Instant started;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public ObjectCache(Path directory) {
        this(directory, Limits.DEFAULT);
    }

    public ObjectCache(Path directory, Limits limits) {
        this(directory, limits, Clock.systemUTC());
    }

    /** With the clock that stamps uses and builds (tests move it forward). */
    ObjectCache(Path directory, Limits limits, Clock clock) {
        this.directory = directory;
        this.limits = limits;
        this.clock = clock;
        this.started = clock.instant();
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
                Entry entry = new Entry(Files.readAllBytes(object), Files.readString(disassembly));
                used.add(key);
                stamp(disassembly);
                return Optional.of(entry);
            }
        } catch (IOException e) {
            // an unreadable (or just evicted) entry is a miss; the compile rewrites it
        }
        return Optional.empty();
    }

    public void put(String key, Entry entry) throws IOException {
        Files.createDirectories(directory);
        used.add(key);
        // The disassembly last: get() only sees an entry once both files are in place.
        write(directory.resolve(key + ".o"), entry.object());
        Path disassembly = directory.resolve(key + ".dis");
        write(disassembly, entry.disassembly().getBytes(StandardCharsets.UTF_8));
        stamp(disassembly);
    }

    /** Records a use now (by this cache's clock), unless another build just evicted the entry. */
    private void stamp(Path disassembly) {
        try {
            Files.setLastModifiedTime(disassembly, FileTime.from(clock.instant()));
        } catch (IOException e) {
            // gone already: the next build compiles it again
        }
    }

    /**
     * After the build: records it, then removes entries not used in the last {@link
     * Limits#maxBuilds} builds and, least recently used first, entries beyond {@link
     * Limits#maxBytes}; entries this build used stay even when they alone exceed the budget.
     */
    public Eviction evict() throws IOException {
        if (!Files.isDirectory(directory)) {
            return new Eviction(0, 0);
        }
        Instant cutoff = recordBuild();
        List<Stored> stored = new ArrayList<>(stored());
        stored.sort(Comparator.comparing(Stored::lastUse).thenComparing(Stored::key));
        long total = stored.stream().mapToLong(Stored::bytes).sum();
        int entries = 0;
        long bytes = 0;
        for (Stored entry : stored) {
            boolean stale = entry.lastUse().isBefore(cutoff);
            if (used.contains(entry.key()) || (!stale && total <= limits.maxBytes())) {
                continue;
            }
            remove(entry);
            total -= entry.bytes();
            entries++;
            bytes += entry.bytes();
        }
        return new Eviction(entries, bytes);
    }

    /** One entry on disk; {@code lastUse} is when a build last hit or wrote it. */
    private record Stored(String key, long bytes, Instant lastUse) {}

    private List<Stored> stored() throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        Map<String, Instant> objectTimes = new HashMap<>();
        Map<String, Instant> uses = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean object = name.endsWith(".o");
                if (name.startsWith(".") || !(object || name.endsWith(".dis"))) {
                    continue; // temp files of a write in progress, the builds/ markers
                }
                String key = name.substring(0, name.lastIndexOf('.'));
                try {
                    sizes.merge(key, Files.size(file), Long::sum);
                    (object ? objectTimes : uses).put(key, Files.getLastModifiedTime(file).toInstant());
                } catch (NoSuchFileException e) {
                    // evicted by another build meanwhile
                }
            }
        }
        // The .dis carries the last use; an object without one (a write cut short) is as old as itself.
        return sizes.entrySet().stream()
                .map(e -> new Stored(e.getKey(), e.getValue(),
                        uses.getOrDefault(e.getKey(), objectTimes.getOrDefault(e.getKey(), Instant.EPOCH))))
                .toList();
    }

    private void remove(Stored entry) throws IOException {
        // The .dis first: from then on get() misses, even while the .o is still there.
        Files.deleteIfExists(directory.resolve(entry.key() + ".dis"));
        Files.deleteIfExists(directory.resolve(entry.key() + ".o"));
    }

    /**
     * Leaves this build's marker (named by its start, so names sort by time), drops markers beyond
     * the last {@code maxBuilds}, and returns the start of the oldest build still counted: an entry
     * last used before it was not used by any of the last {@code maxBuilds} builds.
     */
    private Instant recordBuild() throws IOException {
        Path builds = directory.resolve(BUILDS);
        Files.createDirectories(builds);
        Files.createFile(builds.resolve(String.format("%019d-%s", started.toEpochMilli(), UUID.randomUUID())));
        List<Path> markers;
        try (var list = Files.list(builds)) {
            markers = list.sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path old : markers.subList(Math.min(markers.size(), limits.maxBuilds()), markers.size())) {
            Files.deleteIfExists(old);
        }
        if (markers.size() < limits.maxBuilds()) {
            return Instant.EPOCH; // fewer builds recorded than the limit: nothing is stale yet
        }
        String oldest = markers.get(limits.maxBuilds() - 1).getFileName().toString();
        return Instant.ofEpochMilli(Long.parseLong(oldest.substring(0, oldest.indexOf('-'))));
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
