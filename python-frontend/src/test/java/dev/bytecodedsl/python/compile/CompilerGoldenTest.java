package dev.bytecodedsl.python.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles each program under golden/compile and compares its disassembly with the checked-in
 * {@code .dis} file. After an intended change, rewrite them with
 * {@code mvn -pl python-frontend -am verify -Dgolden.update=true} and review with git diff.
 */
class CompilerGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/compile");

    @ParameterizedTest
    @ValueSource(strings = {"loops", "classes_and_try", "module_level"})
    void disassemblyMatches(String name) throws IOException {
        Path source = DIR.resolve(name + ".py");
        Diagnostics diagnostics = new Diagnostics();
        var code = PythonCompiler.compile(new SourceFile(name + ".py", Files.readString(source)), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics::render);
        String actual = Disassembler.disassemble(code.orElseThrow());
        Path expected = DIR.resolve(name + ".dis");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual);
    }
}
