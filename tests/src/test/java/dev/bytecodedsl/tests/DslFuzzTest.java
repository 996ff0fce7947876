package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bytecodedsl.Pipeline;
import dev.bytecodedsl.analysis.Analyzer;
import dev.bytecodedsl.diag.Diagnostics;
import dev.bytecodedsl.diag.DslException;
import dev.bytecodedsl.diag.SourceFile;
import dev.bytecodedsl.parse.DslParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates bytecodes.def at random and runs the front end on every mutant: it must only ever report
 * diagnostics, never throw. Every 50th mutant that is still valid also goes through the generators,
 * and every {@code fuzz.compileEvery}th (200) of those valid mutants has its generated Java compiled
 * in process with {@code -Werror}: a DSL the front end accepts must generate Java that compiles.
 * The run is reproducible from its seed ({@code -Dfuzz.seed=N}); {@code -Dfuzz.mutants=N} sets the count.
 */
class DslFuzzTest {

    private static final Path BYTECODES = Path.of("..", "bytecodes.def");
    private static final String[] TOKENS = {
        "(", ")", "{", "}", "[", "]", ";", ",", "--", "/", "+", "-", "*", "=", "==", "?", ":", "&&", ">>>",
        "inst", "op", "macro", "family", "pseudo", "label", "unused", "oparg", "if", "else", "while", "for",
        "DEOPT_IF", "ERROR_IF", "EXIT_IF", "JUMPBY", "goto", "pure", "replicate(2)", "int", "double", "Value",
        "0", "1", "0x7fffffffffffffff", "99999999999999999999", "1.5e300", "x", "_UNKNOWN", "true", "\"", "@",
    };

    @Test
    void mutantsOfBytecodesDefOnlyEverProduceDiagnostics() throws Exception {
        String original = Files.readString(BYTECODES);
        long seed = Long.getLong("fuzz.seed", 20261123L);
        int mutants = Integer.getInteger("fuzz.mutants", 10_000);
        int compileEvery = Integer.getInteger("fuzz.compileEvery", 200);
        Random random = new Random(seed);
        int rejected = 0;
        int valid = 0;
        int compiled = 0;
        for (int n = 0; n < mutants; n++) {
            String mutant = mutate(original, random);
            try {
                if (!frontEndAccepts(mutant)) {
                    rejected++;
                } else if (valid++ % compileEvery == 0) {
                    List<String> problems = GeneratedJavac.compile(
                            Pipeline.generateAll(List.of(new SourceFile("mutant.def", mutant))));
                    compiled++;
                    if (!problems.isEmpty()) {
                        Path saved = Path.of("target", "fuzz-failure.def");
                        Files.writeString(saved, mutant);
                        fail("mutant " + n + " (seed " + seed + ", saved to " + saved.toAbsolutePath()
                                + ") is accepted but its generated Java does not compile:\n" + String.join("\n", problems));
                    }
                } else if (n % 50 == 0) {
                    Pipeline.generateAll(List.of(new SourceFile("mutant.def", mutant)));
                }
            } catch (DslException expected) {
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                Path saved = Path.of("target", "fuzz-failure.def");
                Files.writeString(saved, mutant);
                fail("mutant " + n + " (seed " + seed + ", saved to " + saved.toAbsolutePath() + ") threw " + e, e);
            }
        }
        System.out.printf("fuzz: %d mutants (seed %d), %d rejected with diagnostics, %d compiled%n", mutants, seed,
                rejected, compiled);
    }

    private static boolean frontEndAccepts(String text) {
        Diagnostics diagnostics = new Diagnostics();
        var file = DslParser.parse(new SourceFile("mutant.def", text), diagnostics);
        if (file.isEmpty()) {
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
