package dev.bytecodedsl.grammar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the parser: every construct of the DSL, dumped with positions. Update after an
 * intended change with {@code mvn -pl dsl-grammar test -Dtest=ParserGoldenTest -Dgolden.update=true}.
 */
class ParserGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/golden/parser");

    @Test
    void everyConstructParsesIntoTheExpectedAst() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        var file = DslParser.parse(SourceFile.read(DIR.resolve("constructs.def")), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics::render);
        String dump = AstDump.dump(file.orElseThrow());
        Path expected = DIR.resolve("constructs.ast");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, dump);
        }
        assertEquals(Files.readString(expected), dump);
    }
}
