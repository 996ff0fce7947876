package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fuzz test's slices carry the functions their bodies call, and what those call in turn. */
class DslSlicerTest {

    @Test
    void aSliceIncludesTheFunctionsItCallsTransitively() {
        String dsl = """
                type Value;
                func int inner(int x) { return x + 1; }
                func int outer(Value v) { return inner(value_bits(v)); }
                func int spare(int x) { return x; }
                inst(A, (v -- r)) { r = value_from_bits(outer(v)); }
                """;
        String slice = DslSlicer.slices(dsl).stream().filter(s -> s.root().equals("A")).findFirst().orElseThrow().text();
        assertTrue(slice.contains("func int outer"), slice);
        assertTrue(slice.contains("func int inner"), slice);
        assertFalse(slice.contains("func int spare"), slice);
    }

    @Test
    void stackVmSlicesCarryTheTaggingFunctions() throws Exception {
        String dsl = Files.readString(Path.of("../examples/stack-vm/stackvm.def"));
        String slice = DslSlicer.slices(dsl).stream().filter(s -> s.root().equals("LESS")).findFirst().orElseThrow().text();
        assertTrue(slice.contains("func int untag") && slice.contains("func Value tag"), slice);
    }
}
