package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.kit.jit.Coverage;
import dev.bytecodedsl.runtime.VmOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instance attribute reads and stores at a cached slot (under the class-version guard), tuple
 * indexing, unpacking and iteration, and global reads and stores at a cached entry (under the
 * globals version guard) run in the JIT's machine code from the objects' native words: their loops
 * are traced, compiled, and make no upcall.
 */
class NativeObjectsTest {
    private static final VmOptions JIT = VmOptions.defaults().withGcStress(false).withStats(true).withJit(true)
            .withHotThreshold(2);

    private static Coverage coverageOf(ProgramRun run) {
        return run.result().tier2().coverage(run.result().stats().totalExecutions());
    }

    private static void assertAllInMachineCodeWithoutUpcalls(ProgramRun run) {
        Coverage coverage = coverageOf(run);
        assertTrue(coverage.nativeUops() > 10_000, coverage.format());
        assertEquals(0, coverage.totalUpcalls(), coverage.format());
        assertEquals(Map.of(), coverage.loopsLeft(), coverage.format());
    }

    @Test
    void attributeUpdatesInALoopMakeNoUpcall() {
        ProgramRun run = ProgramRun.of("""
                class Body:
                    def __init__(self):
                        self.x = 0
                        self.v = 3

                def run(b, n):
                    for _ in range(n):
                        b.x = b.x + b.v
                    return b.x

                print(run(Body(), 2000))
                """, JIT);
        assertEquals("6000\n", run.out());
        assertAllInMachineCodeWithoutUpcalls(run);
    }

    @Test
    void tupleIndexingAndUnpackingInALoopMakeNoUpcall() {
        ProgramRun run = ProgramRun.of("""
                def run(t, n):
                    s = 0
                    for _ in range(n):
                        a, b = t
                        s = s + a + b + t[-1]
                    return s

                print(run((1, 2), 2000))
                """, JIT);
        assertEquals("10000\n", run.out());
        assertAllInMachineCodeWithoutUpcalls(run);
    }

    @Test
    void aLoopOverATupleMakesNoUpcall() {
        ProgramRun run = ProgramRun.of("""
                def run(t):
                    s = 0
                    for x in t:
                        s = s + x
                    return s

                print(run(tuple(range(3000))))
                """, JIT);
        assertEquals("4498500\n", run.out());
        assertAllInMachineCodeWithoutUpcalls(run);
    }

    @Test
    void aModuleLevelLoopReadsAndWritesItsGlobalsWithoutUpcalls() {
        ProgramRun run = ProgramRun.of("""
                K = 3
                s = 0
                for v in range(3000):
                    s = s + v + K
                print(s)
                """, JIT);
        assertEquals("4507500\n", run.out());
        assertAllInMachineCodeWithoutUpcalls(run);
    }

    @Test
    void globalsGainingKeysMidLoopLeaveTheMachineCodeAtTheVersionGuard() {
        ProgramRun run = ProgramRun.of("""
                def define(i):
                    global late
                    late = i
                s = 0
                for i in range(3000):
                    if i % 1000 == 999:
                        define(i)          # new keys, maybe a resize: every cached index is stale
                    if i >= 1000:
                        s = s + late
                    s = s + 1
                print(s, late)
                """, JIT);
        assertEquals("3003000 2999\n", run.out());
    }

    @Test
    void valuesStoredInTheGlobalsByMachineCodeAreRootsForTheCollector() {
        // Each iteration's list is reachable only through the global x, written by machine code.
        ProgramRun run = ProgramRun.of("""
                x = None
                for i in range(600):
                    x = [i, x, 0.5 + i]
                n = 0
                t = 0.0
                while x is not None:
                    n = n + x[0]
                    t = t + x[2]
                    x = x[1]
                print(n, t)
                """, JIT.withGcStress(true));
        assertEquals("179700 180000.0\n", run.out());
    }
}
