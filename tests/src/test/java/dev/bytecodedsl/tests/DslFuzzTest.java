package dev.bytecodedsl.tests;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.InProcessJavac;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.grammar.parse.DslParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Mutates bytecodes.def at random: every mutant must either get diagnostics (never an exception)
 * or generate Java that javac compiles with {@code -Werror}, in process.
 *
 * <p>The front end runs on every mutant, in parallel (about 25 ms of CPU each). Generating and
 * compiling cost more (a mutant's tree is about 17,000 lines of Java: about 0.2 s to generate and
 * 1-2 s of CPU to compile), so they run on a documented sample: the valid mutants whose number is
 * a multiple of {@code fuzz.generateEvery} (default {@value #GENERATE_EVERY}) are generated, and
 * every {@code fuzz.compileEvery}th of those (default {@value #COMPILE_EVERY}) compiled,
 * {@value #BATCH} trees per javac run, each tree in a package of its own ({@code
 * org.example.m<mutant number>}). With the default seed, 10,000 mutants give about 2,000 valid
 * ones, 120 generated and 58 compiled; compiling all 2,000 would take about half an hour on 2
 * cores, the sample keeps the whole test near 2.5 minutes there. The sample depends only on
 * mutant numbers, so the run is reproducible from its seed ({@code -Dfuzz.seed=N}) although
 * mutants are checked in parallel; {@code -Dfuzz.mutants=N} sets the count.
 */
class DslFuzzTest {

    private static final Path BYTECODES = Path.of("..", "bytecodes.def");
    private static final Path FAILURE = Path.of("target", "fuzz-failure.def");
    private static final int BATCH = 20;
    private static final int GENERATE_EVERY = 20;
    private static final int COMPILE_EVERY = 2;
    /** Mutants checked between two javac runs (bounds the trees held in memory). */
    private static final int CHUNK = 1_000;
    private static final String[] TOKENS = {
        "(", ")", "{", "}", "[", "]", ";", ",", "--", "/", "+", "-", "*", "=", "==", "?", ":", "&&", ">>>",
        "inst", "op", "macro", "family", "pseudo", "label", "unused", "oparg", "if", "else", "while", "for",
        "DEOPT_IF", "ERROR_IF", "EXIT_IF", "JUMPBY", "goto", "pure", "replicate(2)", "int", "double", "Value",
        "0", "1", "0x7fffffffffffffff", "99999999999999999999", "1.5e300", "x", "_UNKNOWN", "true", "\"", "@",
    };

    /** What the front end (and for sampled mutants, the generators) made of mutant {@code number}. */
    private record Outcome(int number, String text, boolean accepted, List<GeneratedFile> files) {}

    /** A mutant that broke a rule, with the message naming it. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome mutant;

        Failure(Outcome mutant, String message, Throwable cause) {
            super(message, cause);
            this.mutant = mutant;
        }
    }

    @Test
    void everyMutantGetsDiagnosticsOrGeneratesJavaThatCompiles() throws Exception {
        String original = Files.readString(BYTECODES);
        long seed = Long.getLong("fuzz.seed", 20261123L);
        int mutants = Integer.getInteger("fuzz.mutants", 10_000);
        int generateEvery = Integer.getInteger("fuzz.generateEvery", GENERATE_EVERY);
        int compileEvery = Integer.getInteger("fuzz.compileEvery", COMPILE_EVERY);
        Random random = new Random(seed);
        int rejected = 0;
        int generated = 0;
        int compiled = 0;
        long start = System.nanoTime();
        try {
            for (int first = 0; first < mutants; first += CHUNK) {
                List<Outcome> chunk = new ArrayList<>();
                for (int n = first; n < Math.min(mutants, first + CHUNK); n++) {
                    chunk.add(new Outcome(n, mutate(original, random), false, null));
                }
                List<Outcome> checked = chunk.parallelStream()
                        .map(m -> check(m, m.number() % generateEvery == 0))
                        .toList();
                List<List<Outcome>> batches = new ArrayList<>();
                for (Outcome outcome : checked) {
                    if (!outcome.accepted()) {
                        rejected++;
                    } else if (outcome.files() != null) {
                        generated++;
                        if (outcome.number() / generateEvery % compileEvery == 0) {
                            if (batches.isEmpty() || batches.getLast().size() == BATCH) {
                                batches.add(new ArrayList<>());
                            }
                            batches.getLast().add(outcome);
                            compiled++;
                        }
                    }
                }
                batches.parallelStream().forEach(DslFuzzTest::compileBatch);
            }
        } catch (Failure f) {
            Files.writeString(FAILURE, f.mutant.text());
            Assertions.fail("mutant " + f.mutant.number() + " (seed " + seed + ", saved to " + FAILURE.toAbsolutePath()
                    + ") " + f.getMessage(), f.getCause());
        }
        System.out.printf("fuzz: %d mutants (seed %d): %d rejected with diagnostics, %d valid, %d generated, %d of "
                + "them compiled with -Werror, in %d s%n", mutants, seed, rejected, mutants - rejected, generated,
                compiled, (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** The front end's verdict, and for a sampled valid mutant its generated files. */
    private static Outcome check(Outcome mutant, boolean sampled) {
        boolean accepted;
        try {
            accepted = frontEndAccepts(mutant.text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure(mutant, "threw " + e, e);
        }
        Outcome checked = new Outcome(mutant.number(), mutant.text(), accepted, null);
        return accepted && sampled ? generate(checked) : checked;
    }

    /** The mutant's tree, in a package named by its number: trees of a batch compile side by side. */
    private static Outcome generate(Outcome mutant) {
        try {
            var files = Pipeline.run(List.of(new SourceFile("mutant.def", mutant.text())), Optional.empty(),
                    new Pipeline.Options(packageName(mutant.number()), "./casegen generate", Set.of()), List.of()).files();
            return new Outcome(mutant.number(), mutant.text(), true, files);
        } catch (DslException e) {
            throw new Failure(mutant, "passed the front end but the generators reported:\n" + e.diagnostics().render(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new Failure(mutant, "threw " + e + " in the generators", e);
        }
    }

    private static String packageName(int mutant) {
        return "org.example.m" + mutant;
    }

    /** One javac run for the batch; a failure names the mutant whose tree it is in. */
    private static void compileBatch(List<Outcome> batch) {
        List<String> problems = InProcessJavac.compileTrees(batch.stream().map(Outcome::files).toList());
        if (problems.isEmpty()) {
            return;
        }
        for (Outcome mutant : batch) {
            String path = "/" + packageName(mutant.number()).replace('.', '/') + "/";
            List<String> own = problems.stream().filter(p -> p.contains(path)).toList();
            if (!own.isEmpty()) {
                throw new Failure(mutant, "is accepted but its generated Java does not compile:\n"
                        + String.join("\n", own), null);
            }
        }
        throw new Failure(batch.getFirst(), "(or another of its batch) generates Java that does not compile:\n"
                + String.join("\n", problems), null);
    }

    private static boolean frontEndAccepts(String text) {
        Diagnostics diagnostics = new Diagnostics();
        var file = DslParser.parse(new SourceFile("mutant.def", text), diagnostics);
        if (file.isEmpty()) {
            diagnostics.render();
            return false;
        }
        new Analyzer(diagnostics).analyze(List.of(file.get()));
        diagnostics.render();
        return !diagnostics.hasErrors();
    }

    /** One to three edits: delete a span, insert a token, duplicate a line, or swap two lines. */
    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
                case 1 -> out.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
                case 2 -> {
                    int start = out.lastIndexOf("\n", at) + 1;
                    int end = out.indexOf("\n", at);
                    if (end > start) {
                        out.insert(start, out.substring(start, end + 1));
                    }
                }
                default -> {
                    int other = random.nextInt(out.length());
                    int lo = Math.min(at, other);
                    int hi = Math.max(at, other);
                    String span = out.substring(lo, Math.min(hi, lo + 40));
                    out.delete(lo, lo + span.length());
                    out.insert(Math.min(out.length(), lo + random.nextInt(80)), span);
                }
            }
        }
        return out.toString();
    }
}
