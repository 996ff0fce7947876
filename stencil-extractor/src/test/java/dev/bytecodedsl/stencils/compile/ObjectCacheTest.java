package dev.bytecodedsl.stencils.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object cache stays bounded: it used to keep every object any build ever compiled. */
class ObjectCacheTest {

    private static final ObjectCache.Entry ENTRY = new ObjectCache.Entry(new byte[90], "0123456789"); // 100 bytes

    /** One build's cache, its clock {@code minute} minutes into the test. */
    private static ObjectCache build(Path dir, ObjectCache.Limits limits, int minute) {
        return new ObjectCache(dir, limits, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute),
                ZoneOffset.UTC));
    }

    private static boolean cached(Path dir, String key) {
        return new ObjectCache(dir).get(key).isPresent();
    }

    @Test
    void leastRecentlyUsedEntriesBeyondTheBudgetGoButNeverWhatTheBuildUsed(@TempDir Path dir) throws Exception {
        ObjectCache.Limits limits = new ObjectCache.Limits(300, 100);
        ObjectCache first = build(dir, limits, 0);
        for (String key : List.of("a", "b", "c", "d")) {
            first.put(key, ENTRY);
        }
        // 400 bytes over a 300-byte budget, but the build used all of them.
        assertEquals(new ObjectCache.Eviction(0, 0), first.evict());

        ObjectCache second = build(dir, limits, 1);
        ObjectCache third = build(dir, limits, 2);
        assertTrue(second.get("c").isPresent());
        assertTrue(third.get("b").isPresent()); // b is now more recently used than a and d
        second.put("e", ENTRY);
        // a and d (used at minute 0) go; b (minute 2) fits in the budget with c and e.
        assertEquals(new ObjectCache.Eviction(2, 200), second.evict());
        assertEquals(List.of(false, true, true, false, true),
                List.of("a", "b", "c", "d", "e").stream().map(k -> cached(dir, k)).toList());
    }

    @Test
    void entriesNoneOfTheLastBuildsUsedGo(@TempDir Path dir) throws Exception {
        ObjectCache.Limits limits = new ObjectCache.Limits(1L << 30, 2);
        ObjectCache first = build(dir, limits, 0);
        first.put("old", ENTRY);
        first.put("kept", ENTRY);
        first.evict();
        ObjectCache second = build(dir, limits, 1);
        second.put("second", ENTRY);
        second.evict();
        ObjectCache third = build(dir, limits, 2);
        third.get("kept");
        assertEquals(new ObjectCache.Eviction(1, 100), third.evict(), "old: used by neither of the last two builds");
        assertEquals(List.of(false, true, true), List.of("old", "kept", "second").stream().map(k -> cached(dir, k)).toList());
        try (var markers = Files.list(dir.resolve("builds"))) {
            assertEquals(2, markers.count(), "only the last two builds' markers are kept");
        }
    }

    @Test
    void concurrentBuildsEvictingTheSameCacheOnlyEverMiss(@TempDir Path dir) throws Exception {
        ObjectCache.Limits tiny = new ObjectCache.Limits(1_000, 1);
        for (int i = 0; i < 200; i++) {
            build(dir, tiny, 0).put("k" + i, ENTRY);
        }
        List<Callable<Integer>> builds = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            int minute = 1 + b;
            builds.add(() -> {
                ObjectCache cache = build(dir, tiny, minute);
                int hits = 0;
                for (int i = 0; i < 200; i++) {
                    var hit = cache.get("k" + i);
                    if (hit.isPresent()) {
                        assertEquals(90, hit.get().object().length);
                        hits++;
                    } else {
                        cache.put("k" + i, ENTRY);
                    }
                }
                cache.evict();
                return hits;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> result : pool.invokeAll(builds)) {
                result.get(); // no build failed
            }
        }
        // What is left is whole: no .dis without its .o.
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".dis")).toList()) {
                String key = file.getFileName().toString().replace(".dis", "");
                assertTrue(Files.exists(dir.resolve(key + ".o")), key);
            }
        }
    }
}
