package dev.bytecodedsl.runtime.vm;

import static dev.bytecodedsl.runtime.vm.VmTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tier 1 quickening: which specialized opcodes the sites end up with, and the statistics. */
class SpecializationTest {
    @Test
    void intAdditionInALoopBecomesBinaryOpAddInt() {
        VmTestSupport.Run r = run("""
                def total(n):
                    t = 0
                    for i in range(n):
                        t = t + i
                    return t
                print(total(100))
                """);
        assertEquals("4950\n", r.out());
        assertTrue(r.opcodes("total").contains("BINARY_OP_ADD_INT"), r.opcodes("total").toString());
        assertTrue(r.opcodes("total").contains("FOR_ITER_RANGE"));
        assertFalse(r.opcodes("total").contains("BINARY_OP"));
    }

    @Test
    void compareForIterGlobalsAndCallsSpecialize() {
        VmTestSupport.Run r = run("""
                def square(x):
                    return x * x
                def run(xs):
                    s = 0
                    i = 0
                    while i < len(xs):
                        s = s + square(xs[i])
                        i = i + 1
                    for x in xs:
                        s = s - x
                    return s
                print(run([1, 2, 3, 4, 5, 6, 7, 8]))
                """);
        assertEquals("168\n", r.out());
        assertSpecializedTo(r.opcodes("run"), "COMPARE_OP_INT", "LOAD_GLOBAL_BUILTIN", "LOAD_GLOBAL_MODULE", "CALL_LEN",
                "CALL_PY_EXACT_ARGS", "BINARY_SUBSCR_LIST_INT", "FOR_ITER_LIST", "BINARY_OP_SUBTRACT_INT");
        assertTrue(r.opcodes("square").contains("BINARY_OP_MULTIPLY_INT"));
    }

    @Test
    void remainderFloorDivisionAndTrueDivisionSpecialize() {
        VmTestSupport.Run r = run("""
                def mix(n):
                    r = 0
                    q = 0
                    f = 0.0
                    for i in range(1, n):
                        r = r + (i * 7) % -5
                        q = q + (-i) // 3
                        f = f + 1.0 / i + i / 4
                    return r, q, f
                print(mix(100))
                """);
        assertEquals("(-200, -1683, 1242.6773775176403)\n", r.out());
        assertSpecializedTo(r.opcodes("mix"), "BINARY_OP_REMAINDER_INT", "BINARY_OP_FLOOR_DIVIDE_INT",
                "BINARY_OP_TRUE_DIVIDE_NUMBER");
    }

    @Test
    void moduleLevelNamesAreGlobalsAndSpecialize() {
        VmTestSupport.Run r = run("""
                s = 0
                for i in range(50):
                    s = s + abs(-i)
                print(s)
                """);
        assertEquals("1225\n", r.out());
        assertSpecializedTo(r.opcodes("<module>"), "LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN", "STORE_GLOBAL_MODULE");
    }

    @Test
    void aStoreSpecializesOnceTheGlobalsHoldTheName() {
        VmTestSupport.Run r = run("""
                def define(i):
                    global fresh
                    fresh = i
                for i in range(50):
                    define(i)
                print(fresh)
                """);
        assertEquals("49\n", r.out());
        assertTrue(r.opcodes("define").contains("STORE_GLOBAL_MODULE"), r.opcodes("define").toString());
    }

    @Test
    void lenOfListsTuplesAndStrsSpecializesAndOtherTypesStillWork() {
        VmTestSupport.Run r = run("""
                def sizes(xs):
                    n = 0
                    for x in xs:
                        n = n + len(x)
                    return n
                print(sizes([[1, 2], (3,), "abcd", "\u00e9t\u00e9"] * 10))
                print(sizes([{1: 2}, [1], range(5), (1, 2)] * 10))
                """);
        assertEquals("100\n90\n", r.out());
        assertTrue(r.opcodes("sizes").contains("CALL_LEN"), r.opcodes("sizes").toString());
    }

    @Test
    void attributesOfInstancesSpecialize() {
        VmTestSupport.Run r = run("""
                class Counter:
                    def __init__(self):
                        self.n = 0
                    def bump(self, k):
                        self.n = self.n + k
                c = Counter()
                for i in range(50):
                    c.bump(i)
                print(c.n)
                """);
        assertEquals("1225\n", r.out());
        assertTrue(r.opcodes("bump").contains("LOAD_ATTR_INSTANCE_VALUE"), r.opcodes("bump").toString());
        assertTrue(r.opcodes("bump").contains("STORE_ATTR_INSTANCE_VALUE"));
        assertTrue(r.opcodes("<module>").contains("LOAD_ATTR_METHOD"), r.opcodes("<module>").toString());
    }

    @Test
    void aSiteDeoptimizesAndStaysCorrectWhenTypesChange() {
        VmTestSupport.Run r = run("""
                def add(a, b):
                    return a + b
                t = 0
                for i in range(100):
                    t = add(t, i)
                print(t)
                f = 0.0
                for i in range(100):
                    f = add(f, 0.5)
                print(f)
                s = ''
                for i in range(100):
                    s = add(s, 'x')
                print(len(s), add(2 ** 70, 1))
                """);
        assertEquals("4950\n50.0\n100 1180591620717411303425\n", r.out());
        // ints, then floats, then strs: each change misses until the cooldown runs out, then respecializes
        assertTrue(r.opcodes("add").contains("BINARY_OP_ADD_UNICODE"), r.opcodes("add").toString());
        var binaryOp = r.family("BINARY_OP");
        assertTrue(binaryOp.misses() > 0, binaryOp.toString());
        assertTrue(binaryOp.deopts() >= 2, binaryOp.toString());
        assertTrue(binaryOp.successes() >= 3, binaryOp.toString());
        assertTrue(binaryOp.hits() > 100, binaryOp.toString());
    }

    @Test
    void statisticsCountExecutionsHitsAndFailures() {
        VmTestSupport.Run r = run("""
                xs = [1, 2, 3]
                n = 0
                for i in range(30):
                    n = n + xs[i % 3]
                    m = i ** 2
                print(n)
                """);
        assertEquals("60\n", r.out());
        var forIter = r.family("FOR_ITER");
        // 30 items and the exhausted call, plus the re-dispatch after specializing on the second
        assertEquals(32, forIter.executions());
        assertEquals(1, forIter.successes());
        assertTrue(forIter.hits() >= 29, forIter.toString());
        // `i ** 2` has no specialized form: every attempt fails and backs off
        var binaryOp = r.family("BINARY_OP");
        assertTrue(binaryOp.failures() >= 1, binaryOp.toString());
        assertTrue(r.result().stats().format().contains("FOR_ITER_RANGE"));
    }

    private static void assertSpecializedTo(List<String> ops, String... expected) {
        for (String op : expected) {
            assertTrue(ops.contains(op), op + " in " + ops);
        }
    }
}
