package dev.bytecodedsl.runtime.vm;

import static dev.bytecodedsl.runtime.vm.VmTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.runtime.VmOptions;
import org.junit.jupiter.api.Test;

/**
 * Method calls on str, list and dict: LOAD_ATTR_METHOD_BUILTIN pushes the pinned descriptor and the
 * receiver (no bound method), CALL_BUILTIN calls it, and list.append becomes CALL_LIST_APPEND.
 */
class BuiltinMethodCallTest {
    private static SpecializationStats.Member member(VmTestSupport.Run r, String family, String name) {
        return r.family(family).members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void strAndDictMethodCallsLoadTheDescriptorAndCallItDirectly() {
        VmTestSupport.Run r = run("""
                def run(words):
                    counts = {}
                    for w in words:
                        if w.startswith("a"):
                            counts[w] = counts.get(w, 0) + 1
                    return counts
                print(run(["ab", "b", "ab", "ac"] * 20))
                """);
        assertEquals("{'ab': 40, 'ac': 20}\n", r.out());
        var ops = r.opcodes("run");
        assertTrue(ops.contains("LOAD_ATTR_METHOD_BUILTIN"), ops.toString());
        assertTrue(ops.contains("CALL_BUILTIN"), ops.toString());
        assertFalse(ops.contains("LOAD_ATTR"), ops.toString());
        assertTrue(member(r, "LOAD_ATTR", "LOAD_ATTR_METHOD_BUILTIN").hits() > 100);
    }

    @Test
    void listAppendAppendsInPlaceAcrossGrowth() {
        VmTestSupport.Run r = run("""
                def build(n):
                    items = []
                    for i in range(n):
                        items.append(i)
                    return items
                xs = build(1000)
                print(len(xs), xs[0], xs[999], sum(xs))
                """);
        assertEquals("1000 0 999 499500\n", r.out());
        assertTrue(r.opcodes("build").contains("CALL_LIST_APPEND"), r.opcodes("build").toString());
        assertTrue(member(r, "CALL", "CALL_LIST_APPEND").hits() > 990);
    }

    @Test
    void appendedObjectsSurviveCollectionsThroughTheLength() {
        VmTestSupport.Run r = run("""
                names = []
                for i in range(300):
                    names.append("n" + str(i))
                print(len(names), names[123], names[-1])
                """, VmOptions.defaults().withStats(true).withGcStress(true));
        assertEquals("300 n123 n299\n", r.out());
    }

    @Test
    void aReceiverOfAnotherTypeMissesAndTheSiteStaysCorrect() {
        VmTestSupport.Run r = run("""
                class Doubler:
                    def __init__(self):
                        self.items = []
                    def append(self, x):
                        self.items.append(2 * x)
                def fill(target, n):
                    for i in range(n):
                        target.append(i)
                    return target
                print(sum(fill([], 100)))
                print(sum(fill(Doubler(), 100).items))
                print(fill("abc".count("b") * [7], 3))
                """);
        assertEquals("4950\n9900\n[7, 0, 1, 2]\n", r.out());
        assertTrue(member(r, "LOAD_ATTR", "LOAD_ATTR_METHOD_BUILTIN").misses() > 0);
        assertTrue(member(r, "CALL", "CALL_LIST_APPEND").misses() > 0);
    }
}
