package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.runtime.VmOptions;
import org.junit.jupiter.api.Test;

/** Issue 20's smaller divergences from CPython 3.11 (expected outputs measured with python3). */
class SmallDivergencesTest {
    /** A slice is unhashable in 3.11, so d[1:2] on a dict is a TypeError (before: KeyError). */
    @Test
    void slicingADictIsUnhashable() {
        String program = """
                d = {1: 2}
                try:
                    print(d[1:2])
                except TypeError as e:
                    print(e)
                """;
        assertEquals("unhashable type: 'slice'\n", ProgramRun.of(program, VmOptions.defaults()).out());
    }
}
