package dev.bytecodedsl.cases.generate.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kit's classes that lowered code calls by simple name get imported into a file that calls them, and only then. */
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
                """, JavaOutput.withKitImports(text));
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
                """, JavaOutput.withKitImports(text));
    }

    @Test
    void aFileThatDoesNotCallItIsLeftAlone() {
        String text = "package p;\n\nclass A {}\n";
        assertEquals(text, JavaOutput.withKitImports(text));
    }

    @Test
    void eachKitClassCalledIsImportedInOrder() {
        String text = """
                package p;

                import java.lang.foreign.MemorySegment;

                class A { long f(long s) { return DslMath.div(NativeWords.slot(s, 0), 2); } }
                """;
        assertEquals("""
                package p;

                import dev.bytecodedsl.kit.DslMath;
                import dev.bytecodedsl.kit.NativeWords;
                import java.lang.foreign.MemorySegment;

                class A { long f(long s) { return DslMath.div(NativeWords.slot(s, 0), 2); } }
                """, JavaOutput.withKitImports(text));
    }
}
