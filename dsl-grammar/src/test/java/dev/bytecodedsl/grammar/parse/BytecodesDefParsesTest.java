package dev.bytecodedsl.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's own DSL source, bytecodes.def at the repository root, parses without diagnostics. */
class BytecodesDefParsesTest {

    private static final Path BYTECODES_DEF = Path.of("../bytecodes.def");

    @Test
    void bytecodesDefParsesWithoutDiagnostics() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        var file = DslParser.parse(SourceFile.read(BYTECODES_DEF), diagnostics);
        assertTrue(diagnostics.all().isEmpty(), () -> "bytecodes.def has diagnostics:\n" + diagnostics.render());
        assertTrue(file.isPresent(), "bytecodes.def produced no AST");
        assertFalse(file.get().definitions().isEmpty(), "bytecodes.def has no definitions");
    }
}
