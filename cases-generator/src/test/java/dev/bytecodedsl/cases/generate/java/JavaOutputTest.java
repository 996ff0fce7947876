package dev.bytecodedsl.cases.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kit's DslMath gets imported into a generated file whose lowered code calls it, and only then. */
class JavaOutputTest {

    @Test
    void theImportIsSortedIntoTheOrdinaryImports() {
        String text = """
                package p;

                import static java.lang.foreign.ValueLayout.JAVA_LONG;

                import dev.bytecodedsl.kit.optimizer.AbstractFrame;
                import java.lang.foreign.MemorySegment;

                class A { long f(long a) { return DslMath.div(a, 2); } }
                """;
        assertEquals("""
                package p;

                import static java.lang.foreign.ValueLayout.JAVA_LONG;

                import dev.bytecodedsl.kit.DslMath;
                import dev.bytecodedsl.kit.optimizer.AbstractFrame;
                import java.lang.foreign.MemorySegment;

                class A { long f(long a) { return DslMath.div(a, 2); } }
                """, JavaOutput.withDslMathImport(text));
    }

    @Test
    void aFileWithoutImportsGetsAnImportBlock() {
        String text = """
                package p;

                class A { boolean f() { return DslMath.opaque(true); } }
                """;
        assertEquals("""
                package p;

                import dev.bytecodedsl.kit.DslMath;

                class A { boolean f() { return DslMath.opaque(true); } }
                """, JavaOutput.withDslMathImport(text));
    }

    @Test
    void aFileThatDoesNotCallItIsLeftAlone() {
        String text = "package p;\n\nclass A {}\n";
        assertEquals(text, JavaOutput.withDslMathImport(text));
    }
}
