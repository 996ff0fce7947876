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
        int same = 0;
        List<String> differ = new ArrayList<>();
        for (SourceFile f : files) {
            String old = parse(true, f);
            String neu = parse(false, f);
            if (old.equals(neu) && module(true, f).equals(module(false, f))) {
                same++;
            } else {
                differ.add(f.name());
                System.out.println("DIFF " + f.name() + "\n--- antlr\n" + old.lines().limit(5).toList() + "\n--- new\n" + neu.lines().limit(5).toList());
            }
        }
        System.out.println("same: " + same + " of " + files.size());
        assertEquals(List.of(), differ);
    }
}
