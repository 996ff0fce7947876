package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.python.ast.AstPrinter;
import dev.bytecodedsl.python.ast.Module;
import dev.bytecodedsl.python.parse.AntlrPythonParser;
import dev.bytecodedsl.python.parse.PythonParser;
import dev.bytecodedsl.tests.stress.RandomProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Temporary: the hand-written parser against the ANTLR one on every .py of the repository. */
class ParserDifferentialTest {

    private static String parse(boolean antlr, SourceFile file) {
        Diagnostics d = new Diagnostics();
        Optional<Module> m = antlr ? AntlrPythonParser.parse(file, d) : PythonParser.parse(file, d);
        return m.map(AstPrinter::print).orElse("") + d.render();
    }

    private static Optional<Module> module(boolean antlr, SourceFile file) {
        Diagnostics d = new Diagnostics();
        return antlr ? AntlrPythonParser.parse(file, d) : PythonParser.parse(file, d);
    }

    private static String firstLine(String report) {
        return report.lines().findFirst().orElse("");
    }

    @Test
    void sameAstForEveryProgram() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(Path.of(".."))) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("/target/")).toList()) {
                files.add(new SourceFile(p.toString(), Files.readString(p)));
            }
        }
        for (long seed = 1; seed <= Long.getLong("diff.seeds", 300); seed++) {
            files.add(new SourceFile("seed" + seed + ".py", RandomProgram.generate(seed)));
        }
        // Mutants: a character deleted, duplicated or replaced; the two parsers must agree on which parse.
        java.util.Random random = new java.util.Random(42);
        List<SourceFile> originals = List.copyOf(files);
        String alphabet = "()[]{}:,.;=+-*/%<>!@#'\"\\ \t\nabcxyz019_";
        for (int i = 0; i < Integer.getInteger("diff.mutants", 20000); i++) {
            SourceFile f = originals.get(random.nextInt(originals.size()));
            if (f.text().isEmpty()) {
                continue;
            }
            int at = random.nextInt(f.text().length());
            String t = f.text();
            String mutated = switch (random.nextInt(3)) {
                case 0 -> t.substring(0, at) + t.substring(at + 1);
                case 1 -> t.substring(0, at) + t.charAt(at) + t.substring(at);
                default -> t.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + t.substring(at + 1);
            };
            files.add(new SourceFile("mutant" + i + "-" + f.name(), mutated));
        }
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (SourceFile f : files) {
            String old = parse(true, f);
            String neu = parse(false, f);
            Optional<Module> oldModule = module(true, f);
            Optional<Module> newModule = module(false, f);
            if (oldModule.equals(newModule) && (oldModule.isEmpty() || old.equals(neu))) {
                same++;
                if (oldModule.isEmpty() && f.name().startsWith("mutant") && !firstLine(old).equals(firstLine(neu))) {
                    Files.createDirectories(Path.of("/tmp/parser_mutants"));
                    Files.writeString(Path.of("/tmp/parser_mutants", f.name().replace('/', '_')), f.text());
                    System.out.println("ERR " + f.name() + "\n  antlr " + firstLine(old) + "\n  new   " + firstLine(neu));
                }
            } else {
                differ.add(f.name());
                System.out.println("DIFF " + f.name() + "\n--- antlr\n" + old.lines().limit(5).toList() + "\n--- new\n" + neu.lines().limit(5).toList());
            }
        }
        System.out.println("same: " + same + " of " + files.size());
        assertEquals(List.of(), differ);
    }
}
