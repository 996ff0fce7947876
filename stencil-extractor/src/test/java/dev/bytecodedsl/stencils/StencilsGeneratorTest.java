package dev.bytecodedsl.stencils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.stencils.compile.Clang;
import dev.bytecodedsl.stencils.emit.JitOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator as the pipeline runs it: reproducible, cached, honest about what it skipped. */
class StencilsGeneratorTest {

    private static GeneratedFile table(List<GeneratedFile> files, Target target) {
        return files.stream().filter(f -> f.relativePath().equals(JitOutput.path(target.className()))).findFirst().orElseThrow();
    }

    /**
     * Reproducibility: compiling everything again from an empty cache gives exactly the checked-in
     * table (no timestamps, paths or hash order in it), and a second run compiles nothing, even from
     * a bytecodes.def whose definitions have moved.
     */
    @Test
    void freshBuildMatchesTheCheckedInTableAndARebuildCompilesNothing(@TempDir Path cache, @TempDir Path dir) throws Exception {
        TestInputs.clangOrSkip();
        StencilsGenerator generator = new StencilsGenerator(
                new StencilOptions(List.of(Target.X86_64_LINUX), StencilOptions.DEFAULT_CLANG, cache));
        int units = TestInputs.analysis().uops().size() + 2; // and the shim and the loop counter
        GeneratedFile first = table(generator.generate(TestInputs.analysis()), Target.X86_64_LINUX);
        assertTrue(generator.report().startsWith("stencils: compiled " + units + " of " + units), generator.report());
        assertEquals(Files.readString(TestInputs.GENERATED.resolve(first.relativePath())), first.content());

        GeneratedFile second = table(generator.generate(TestInputs.analysis()), Target.X86_64_LINUX);
        assertEquals("stencils: all " + units + " objects from the cache, nothing compiled", generator.report());
        assertEquals(first.content(), second.content());

        // Issue 15: comments, blank lines and a moved definition recompile nothing and change nothing.
        Path moved = dir.resolve("bytecodes.def");
        Files.writeString(moved, PositionIndependenceTest.shuffle(Files.readString(TestInputs.BYTECODES_DEF), "guard op(_GUARD_BOTH_INT,"));
        GeneratedFile third = table(generator.generate(TestInputs.analyzeWithTheLock(moved)), Target.X86_64_LINUX);
        assertEquals("stencils: all " + units + " objects from the cache, nothing compiled", generator.report());
        assertEquals(first.content(), third.content());
    }

    @Test
    void withoutClangTheTablesAreSkippedAndNamed(@TempDir Path cache) {
        StencilsGenerator generator = new StencilsGenerator(
                new StencilOptions(List.of(Target.values()), "clang-that-does-not-exist", cache));
        List<GeneratedFile> files = generator.generate(TestInputs.analysis());
        assertEquals(0, files.size(), "the JIT types are the runtime kit's, never generated");
        assertEquals(List.of(Target.values()).stream().map(t -> JitOutput.path(t.className())).toList(),
                generator.skipped().stream().map(s -> s.relativePath()).toList());
        assertTrue(generator.skipped().getFirst().reason().contains("clang-that-does-not-exist not found"),
                generator.skipped().getFirst().reason());
    }

    @Test
    void anotherClangMajorIsRefused(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("clang-18");
        Files.writeString(fake, "#!/bin/sh\necho 'Debian clang version 18.1.8'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        var e = assertThrows(Clang.Unavailable.class, () -> Clang.probe(fake.toString(), StencilOptions.CLANG_MAJOR));
        assertTrue(e.getMessage().contains("is clang 18.1.8, but the stencils are pinned to clang 19"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int dsl_shl = 1;|5|local 'dsl_shl' cannot be lowered to C",
        "int t = type_tag(value_from_bits(0)) + object_is_true(value_from_bits(0));|13|uop NOP: helper calls here would run in an order C does not specify",
    })
    void bodiesCCannotExpressAreDslErrorsWithTheirPosition(String statement, int column, String message, @TempDir Path dir)
            throws Exception {
        String def = Files.readString(TestInputs.BYTECODES_DEF)
                .replace("inst(NOP, (--)) {\n}", "inst(NOP, (--)) {\n    " + statement + "\n}");
        Path file = dir.resolve("bytecodes.def");
        Files.writeString(file, def);
        int line = (int) def.substring(0, def.indexOf(statement)).lines().count();
        var e = assertThrows(DslException.class, () -> Pipeline.run(List.of(SourceFile.read(file)), List.of(
                // Lowering errors come before clang is even looked for.
                new StencilsGenerator(new StencilOptions(List.of(Target.X86_64_LINUX), "clang-that-does-not-exist", dir)))));
        String rendered = e.diagnostics().render();
        assertTrue(rendered.contains("bytecodes.def:" + line + ":" + column + ": error: " + message), rendered);
        assertTrue(rendered.contains(statement), rendered);
    }
}
