package dev.bytecodedsl.stencils;

import dev.bytecodedsl.cases.analysis.Analysis;
import dev.bytecodedsl.cases.analysis.Analyzer;
import dev.bytecodedsl.cases.analysis.NumberLock;
import dev.bytecodedsl.cases.analysis.Uop;
import dev.bytecodedsl.grammar.ast.DslFile;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.stencils.compile.Clang;
import dev.bytecodedsl.stencils.compile.ObjectCache;
import dev.bytecodedsl.stencils.compile.StencilCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The repository's bytecodes.def, analyzed once, and the pinned clang when this machine has it. */
public final class TestInputs {

    /** The module runs with its own directory as the working directory. */
    public static final Path BYTECODES_DEF = Path.of("../bytecodes.def");
    public static final Path GENERATED = Path.of("../generated");
    /** The number lock the checked-in tables were generated with (uop numbers order the tables). */
    public static final Path BYTECODES_LOCK = Path.of("../bytecodes.lock");

    private static Analysis analysis;

    private TestInputs() {}

    public static synchronized Analysis analysis() {
        if (analysis == null) {
            analysis = analyzeWithTheLock(BYTECODES_DEF);
        }
        return analysis;
    }

    /** A DSL file numbered as if it had no lock: consecutive numbers by name. */
    public static Analysis analyze(Path def) {
        return analyze(def, Optional.empty());
    }

    /** A variant of this repository's bytecodes.def, numbered with its lock like the checked-in tables. */
    public static Analysis analyzeWithTheLock(Path def) {
        return analyze(def, Optional.of(BYTECODES_LOCK));
    }

    private static Analysis analyze(Path def, Optional<Path> lockFile) {
        try {
            Diagnostics diagnostics = new Diagnostics();
            Optional<DslFile> file = dev.bytecodedsl.grammar.parse.DslParser.parse(SourceFile.read(def), diagnostics);
            NumberLock lock = lockFile.isEmpty() ? NumberLock.NONE : NumberLock.parse(SourceFile.read(lockFile.get()), diagnostics);
            Analysis result = new Analyzer(diagnostics).analyze(file.map(List::of).orElse(List.of()), lock);
            if (diagnostics.hasErrors()) {
                throw new IllegalStateException(diagnostics.render());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Uop uop(String name) {
        return analysis().uop(name).orElseThrow(() -> new IllegalArgumentException("no uop " + name));
    }

    /** src/test/resources/objects/sample.c compiled for {@code target} (cached in {@code cache}). */
    public static byte[] compileSample(Target target, Path cache) throws IOException {
        String source = java.nio.file.Files.readString(Path.of("src/test/resources/objects/sample.c"));
        var compiler = new StencilCompiler(clangOrSkip(), new ObjectCache(cache), 1);
        return compiler.compile(target, List.of(new StencilCompiler.Unit("sample", source))).getFirst().object();
    }

    /** Whether {@code bytes} hold {@code value}'s 8 bytes (little-endian) anywhere. */
    public static boolean containsDouble(byte[] bytes, double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (java.lang.foreign.MemorySegment.ofArray(bytes).get(java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED, i) == bits) {
                return true;
            }
        }
        return false;
    }

    /** clang 19, or the test is skipped with the reason (CI installs it; see .ci/run). */
    public static Clang clangOrSkip() {
        try {
            return Clang.probe(StencilOptions.DEFAULT_CLANG, StencilOptions.CLANG_MAJOR);
        } catch (Clang.Unavailable e) {
            Assumptions.abort("skipped: " + e.getMessage());
            throw new AssertionError(e);
        }
    }
}
