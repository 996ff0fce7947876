package dev.bytecodedsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The DSL texts the fuzz test mutates: the repository's small DSLs whole, and every slice (see
 * {@link DslSlicer}) of them and of bytecodes.def. bytecodes.def itself is not a base: its tree is
 * about 17,000 lines of Java (1-2 s of javac each), a slice's about 1,400 (a tenth of that), and
 * its slices still cover every construct it uses.
 */
final class FuzzBases {

    /** A text to mutate, with a name for failure messages. */
    record Base(String name, String text) {}

    private static final Path ROOT = Path.of("..");
    private static final Path WHOLE_INSTRUCTION_SET = Path.of("bytecodes.def");
    private static final List<Path> SOURCES = List.of(
            WHOLE_INSTRUCTION_SET,
            Path.of("examples/stack-vm/stackvm.def"),
            Path.of("cases-generator/src/test/resources/dsl/toy-calculator.def"),
            Path.of("cases-generator/src/test/resources/golden/pipeline/input.def"),
            Path.of("stencil-extractor/src/test/resources/golden/lowering/input.def"),
            Path.of("maven-plugin/src/it/generate-clean/bytecodes.def"));

    private FuzzBases() {}

    static List<Base> load() {
        List<Base> bases = new ArrayList<>();
        for (Path source : SOURCES) {
            String text = read(ROOT.resolve(source));
            if (!source.equals(WHOLE_INSTRUCTION_SET)) {
                bases.add(new Base(source.toString(), text));
            }
            for (DslSlicer.Slice slice : DslSlicer.slices(text)) {
                bases.add(new Base(source + " sliced at " + slice.root(), slice.text()));
            }
        }
        return bases;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
