package dev.bytecodedsl.runtime.vm;

import static dev.bytecodedsl.runtime.vm.VmTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.runtime.VmOptions;
import org.junit.jupiter.api.Test;

/** Tracebacks, the recursion limit, compile errors and GC safety. */
class ErrorsAndGcTest {
    @Test
    void uncaughtExceptionPrintsACPythonStyleTraceback() {
        VmTestSupport.Run r = run("""
                def f(x):
                    return 1 // x
                def g(x):
                    return f(x) + 1
                print(g(1))
                print(g(0))
                """);
        assertEquals("2\n", r.out());
        assertEquals(1, r.exit());
        assertEquals("""
                Traceback (most recent call last):
                  File "prog.py", line 6, in <module>
                    print(g(0))
                  File "prog.py", line 4, in g
                    return f(x) + 1
                  File "prog.py", line 2, in f
                    return 1 // x
                ZeroDivisionError: integer division or modulo by zero
                """, r.err());
    }

    @Test
    void recursionLimitRaisesRecursionError() {
        VmTestSupport.Run r = run("""
                def down(n):
                    return down(n + 1)
                def depth(n):
                    if n == 0:
                        return 0
                    return 1 + depth(n - 1)
                print(depth(900))
                try:
                    down(0)
                except RecursionError as e:
                    print('caught', e)
                down(0)
                """);
        assertEquals("900\ncaught maximum recursion depth exceeded\n", r.out());
        assertEquals(1, r.exit());
        assertEquals("RecursionError: maximum recursion depth exceeded", r.lastErrLine());
    }

    @Test
    void inlineCallsReachTheSameDepthAsCPython() {
        // CALL_PY_EXACT_ARGS checks the limit from the callee's frame-size word and the depth Frames
        // keeps: a function and a method (self in the frame's first local) get 999 frames deep below
        // the module's, as in CPython 3.11, also when the sites are specialized by an earlier run
        VmTestSupport.Run r = run("""
                def deepest(n):
                    try:
                        return deepest(n + 1)
                    except RecursionError:
                        return n
                class Walker:
                    def deepest(self, n):
                        try:
                            return self.deepest(n + 1)
                        except RecursionError:
                            return n
                print(deepest(1), Walker().deepest(1))
                print(deepest(1), Walker().deepest(1))
                """);
        assertEquals("999 999\n999 999\n", r.out());
    }

    @Test
    void compileErrorsAreReportedAsCPythonDoes() {
        VmTestSupport.Run r = run("x = (1 +\n");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("  File \"prog.py\", line "), r.err());
        assertTrue(r.err().endsWith("\nSyntaxError: '(' was never closed\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void gcStressKeepsResultsIdentical() {
        String program = """
                class Node:
                    def __init__(self, value, next):
                        self.value = value
                        self.next = next
                def build(n):
                    head = None
                    for i in range(n):
                        head = Node([i, str(i), (i, i * 1.5)], head)
                    return head
                total = 0
                words = {}
                for round in range(5):
                    node = build(200)
                    while node is not None:
                        total = total + node.value[0] + len(node.value[1])
                        words[node.value[1]] = node.value[2]
                        node = node.next
                print(total, len(words), words['7'])
                """;
        VmTestSupport.Run plain = run(program, VmOptions.defaults().withGcStress(false));
        VmTestSupport.Run stressed = run(program, VmOptions.defaults().withGcStress(true));
        assertEquals(plain.out(), stressed.out());
        assertEquals("101950 200 (7, 10.5)\n", stressed.out());
        assertTrue(stressed.result().collections() > 1000, "collections: " + stressed.result().collections());
    }

    /** Lists own native memory that the collector frees: growth, slices and sort under a collection at every safepoint. */
    @Test
    void listsUnderGcStressKeepResultsIdentical() {
        String program = """
                rows = []
                for i in range(300):
                    row = []
                    for j in range(i % 17):
                        row.append(j * i)
                    row.sort(reverse=True)
                    rows.append(row[1:-1])
                    half = len(rows) // 2
                    rows[half] = rows[half] + row[::2]
                    if i % 5 == 0:
                        rows = rows[:len(rows) // 2 + 1]
                total = 0
                for row in rows:
                    row.insert(0, len(row))
                    row[1:3] = []
                    total += sum(row)
                print(len(rows), total, sorted(rows[-1]))
                """;
        VmTestSupport.Run plain = run(program, VmOptions.defaults().withGcStress(false));
        VmTestSupport.Run stressed = run(program, VmOptions.defaults().withGcStress(true));
        assertEquals(plain.out(), stressed.out());
        assertEquals("10 983692 [8, 299, 598, 897, 1196, 1495, 1794]\n", stressed.out());
        assertTrue(stressed.result().collections() > 1000, "collections: " + stressed.result().collections());
    }
}
