package dev.bytecodedsl.cases.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one generation run produced: the files (sorted by logical path), the outputs a generator
 * could not produce on this machine, which generator made each file, and which generators ran.
 * The output tree needs the last two to touch only the files of generators that ran: a file of a
 * generator that was not selected (or skipped, like the stencil tables without clang) is kept.
 */
public record Outputs(List<GeneratedFile> files, List<SkippedOutput> skipped, Map<String, String> generatorOf,
        Set<String> generatorsRun) {

    public Outputs {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        generatorOf = Map.copyOf(generatorOf);
        generatorsRun = Set.copyOf(generatorsRun);
        for (GeneratedFile file : files) {
            if (!generatorOf.containsKey(file.relativePath())) {
                throw new IllegalArgumentException("no generator recorded for " + file.relativePath());
            }
        }
    }

    /** Files of one anonymous generator: what tests and simple callers hand to the output tree. */
    public static Outputs of(List<GeneratedFile> files) {
        return of(files, List.of());
    }

    public static Outputs of(List<GeneratedFile> files, List<SkippedOutput> skipped) {
        Map<String, String> generatorOf = new java.util.HashMap<>();
        files.forEach(f -> generatorOf.put(f.relativePath(), "all"));
        skipped.forEach(s -> generatorOf.put(s.relativePath(), "all"));
        return new Outputs(files, skipped, generatorOf, Set.of("all"));
    }
}
