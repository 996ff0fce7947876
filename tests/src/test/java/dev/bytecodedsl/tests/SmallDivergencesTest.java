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

    /**
     * Subscripts and list.insert take any int that fits CPython's 64-bit Py_ssize_t: L[2**62] is out
     * of range, not "cannot fit 'int' into an index-sized integer" (found by the stress suite; before:
     * ints beyond the VM's tagged small ints were refused).
     */
    @Test
    void indicesUpTo64BitsAreIndices() {
        String program = """
                L = [1, 2]
                for i in [2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64]:
                    try:
                        print(L[i])
                    except IndexError as e:
                        print('IndexError:', e)
                    try:
                        print('ab'[i])
                    except IndexError as e:
                        print('IndexError:', e)
                print(L.pop(-(2 ** 0)), L)
                L.insert(2 ** 62, 9)
                L.insert(-(2 ** 62), 8)
                print(L)
                """;
        assertEquals("""
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: cannot fit 'int' into an index-sized integer
                IndexError: cannot fit 'int' into an index-sized integer
                2 [1]
                [8, 1, 9]
                """, ProgramRun.of(program, VmOptions.defaults()).out());
    }

    /**
     * A side trace from a loop's exit walks into the raise that ends the function; it must stop at
     * the end of the code (found by the stress suite; before: an internal error reading past it).
     */
    @Test
    void aSideTraceIntoAFinalRaise() {
        String program = """
                def g():
                    i = 0
                    while i < 20:
                        i = i + 1
                    raise ValueError('the end')


                try:
                    g()
                except ValueError as e:
                    print('ValueError:', e)
                """;
        VmOptions tier2 = VmOptions.defaults().withTier2(true).withHotThreshold(1);
        assertEquals("ValueError: the end\n", ProgramRun.of(program, tier2).out());
        assertEquals("ValueError: the end\n", ProgramRun.of(program, tier2.withJit(true).withJitAll(true)).out());
    }
}
