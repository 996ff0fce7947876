package dev.bytecodedsl.tests;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.InProcessJavac;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Mutates DSL text at random: every mutant must either get positioned diagnostics (never an
 * exception) or generate Java that javac compiles with {@code -Werror}, in process. Every valid
 * mutant is compiled, none sampled.
 *
 * <p>What makes that affordable: the mutated bases are small ({@link FuzzBases}: the repository's
 * toy DSLs and self-contained slices of bytecodes.def, one instruction, macro, family or pseudo
 * with what it names), so a tree is about 1,400 lines of Java instead of 17,000; mutants whose trees
 * are identical but for their package (an edit in a comment, a swapped pair of constants) are
 * compiled once; and {@value #BATCH} distinct trees share a javac run, each in a package of its own
 * ({@code org.example.m<mutant number>}). Mutants are drawn in order from one {@link Random}, checked
 * in parallel and deduplicated in mutant order, so a run replays from its seed ({@code
 * -Dfuzz.seed=N}); {@code -Dfuzz.mutants=N} sets the count. The first failing mutant is saved to
 * {@code target/fuzz-failure.def}.
 *
 * <p>Measured with the default seed: 10,000 mutants of 113 bases, 1,093 valid (token and line edits
 * keep small texts valid; character edits mostly break them), 730 distinct trees compiled. That is
 * about 135 s of CPU (javac about 90 ms a tree, the pipeline about 5 ms a mutant), a little over a
 * minute on two idle cores; the whole of bytecodes.def, mutated, would cost 1-2 s of javac a tree.
 */
class DslFuzzTest {

    private static final Path FAILURE = Path.of("target", "fuzz-failure.def");
    private static final String SOURCE_NAME = "mutant.def";
    private static final Pattern POSITIONED = Pattern.compile(Pattern.quote(SOURCE_NAME) + ":\\d+:\\d+: error: ");
    private static final int BATCH = 80;
    /** Mutants checked between two rounds of javac runs (bounds the trees held in memory). */
    private static final int CHUNK = 2_500;

    private record Mutant(int number, FuzzBases.Base base, String text) {
        String packageName() {
            return "org.example.m" + number;
        }
    }

    /** What the pipeline made of a mutant: diagnostics, or a tree (with its key, the same for equal trees). */
    private sealed interface Verdict {
        record Rejected() implements Verdict {}

        record Generated(Mutant mutant, String key, List<GeneratedFile> files) implements Verdict {}
    }

    /** A mutant that broke a rule, with the message naming it. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mutant mutant;

        Failure(Mutant mutant, String message, Throwable cause) {
            super(message, cause);
            this.mutant = mutant;
        }
    }

    /** The unmutated bases are valid: a slice that is not means the slicer missed something it needs. */
    @Test
    void everyBaseGenerates() {
        List<FuzzBases.Base> bases = FuzzBases.load();
        List<String> rejected = IntStream.range(0, bases.size()).parallel()
                .filter(i -> check(new Mutant(i, bases.get(i), bases.get(i).text())) instanceof Verdict.Rejected)
                .mapToObj(i -> bases.get(i).name())
                .toList();
        Assertions.assertEquals(List.of(), rejected);
    }

    @Test
    void everyMutantGetsDiagnosticsOrGeneratesJavaThatCompiles() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261123L);
        int mutants = Integer.getInteger("fuzz.mutants", 10_000);
        List<FuzzBases.Base> bases = FuzzBases.load();
        Random random = new Random(seed);
        Set<String> compiledKeys = new HashSet<>();
        int rejected = 0;
        int valid = 0;
        long start = System.nanoTime();
        try {
            for (int first = 0; first < mutants; first += CHUNK) {
                List<Mutant> chunk = new ArrayList<>();
                for (int n = first; n < Math.min(mutants, first + CHUNK); n++) {
                    FuzzBases.Base base = bases.get(random.nextInt(bases.size()));
                    chunk.add(new Mutant(n, base, DslMutator.mutate(base.text(), random)));
                }
                List<List<Verdict.Generated>> batches = new ArrayList<>();
                for (Verdict verdict : chunk.parallelStream().map(DslFuzzTest::check).toList()) {
                    switch (verdict) {
                        case Verdict.Rejected r -> rejected++;
                        case Verdict.Generated tree -> {
                            valid++;
                            if (compiledKeys.add(tree.key())) {
                                if (batches.isEmpty() || batches.getLast().size() == BATCH) {
                                    batches.add(new ArrayList<>());
                                }
                                batches.getLast().add(tree);
                            }
                        }
                    }
                }
                batches.parallelStream().forEach(DslFuzzTest::compileBatch);
            }
        } catch (Failure f) {
            Files.writeString(FAILURE, f.mutant.text());
            Assertions.fail("mutant " + f.mutant.number() + " of " + f.mutant.base().name() + " (seed " + seed
                    + ", saved to " + FAILURE.toAbsolutePath() + ") " + f.getMessage(), f.getCause());
        }
        System.out.printf("fuzz: %d mutants of %d bases (seed %d): %d rejected with diagnostics, %d valid, %d distinct "
                + "trees compiled with -Werror, in %d s%n", mutants, bases.size(), seed, rejected, valid,
                compiledKeys.size(), (System.nanoTime() - start) / 1_000_000_000L);
        Assertions.assertTrue(valid >= mutants / 20, "too few valid mutants to test the generators: " + valid);
    }

    /** Diagnostics (which must carry a position) or the mutant's tree, in a package named by its number. */
    private static Verdict check(Mutant mutant) {
        try {
            List<GeneratedFile> files = Pipeline.run(List.of(new SourceFile(SOURCE_NAME, mutant.text())),
                    Optional.empty(), new Pipeline.Options(mutant.packageName(), "./casegen generate", Set.of()),
                    List.of()).files();
            return new Verdict.Generated(mutant, key(files, mutant.packageName()), files);
        } catch (DslException e) {
            String rendered = e.diagnostics().render();
            if (!POSITIONED.matcher(rendered).lookingAt()) {
                throw new Failure(mutant, "got diagnostics that do not start with a position:\n" + rendered, e);
            }
            return new Verdict.Rejected();
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure(mutant, "threw " + e, e);
        }
    }

    /** A digest of the tree with its package name blanked out: equal for trees that compile alike. */
    private static String key(List<GeneratedFile> files, String packageName) {
        MessageDigest digest = sha256();
        String packagePath = packageName.replace('.', '/');
        for (GeneratedFile file : files) {
            digest.update(file.relativePath().replace(packagePath, "").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.content().replace(packageName, "").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** One javac run for the batch; a failure names the mutant whose tree it is in. */
    private static void compileBatch(List<Verdict.Generated> batch) {
        List<String> problems = InProcessJavac.compileTrees(batch.stream().map(Verdict.Generated::files).toList());
        if (problems.isEmpty()) {
            return;
        }
        for (Verdict.Generated tree : batch) {
            String path = "/" + tree.mutant().packageName().replace('.', '/') + "/";
            List<String> own = problems.stream().filter(p -> p.contains(path)).toList();
            if (!own.isEmpty()) {
                throw new Failure(tree.mutant(), "is accepted but its generated Java does not compile:\n"
                        + String.join("\n", own), null);
            }
        }
        throw new Failure(batch.getFirst().mutant(), "(or another of its batch) generates Java that does not compile:\n"
                + String.join("\n", problems), null);
    }
}
