package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.kit.NativeWords;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.TestSupport;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PyDictTest {
    private final ObjectSpace space = new ObjectSpace();

    private long str(String s) {
        return space.newStr(s);
    }

    @Test
    void keepsInsertionOrderAcrossDeletesAndResizes() {
        PyDict d = space.newDictObject();
        for (int i = 0; i < 100; i++) {
            d.put(Values.smallInt(i), Values.smallInt(i * i));
        }
        for (int i = 0; i < 100; i += 2) {
            d.remove(Values.smallInt(i));
        }
        d.put(Values.smallInt(0), Values.NONE);
        long h = space.heap().allocate(d);
        String repr = space.reprs().repr(h);
        assertEquals("{1: 1, 3: 9, 5: 25", repr.substring(0, 18));
        assertEquals("99: 9801, 0: None}", repr.substring(repr.length() - 18));
        assertEquals(51, d.size());
    }

    /** A namespace's values and version as the DSL functions read them: through the heap words. */
    private long nativeValue(long dict, int index) {
        long values = space.heap().words().get(dict, DslConstants.DICT_VALUES_WORD);
        return NativeWords.slot(values, index);
    }

    private long publishedVersion(long dict) {
        return space.heap().words().get(dict, DslConstants.DICT_NAMESPACE_VERSION_WORD);
    }

    @Test
    void aPublishedNamespaceKeepsItsValuesInTheWordsItPublishes() {
        long h = space.newDict();
        PyDict d = space.heap().dict(h);
        d.put(str("a"), Values.smallInt(1));
        int[] versions = {41};
        d.publishAsNamespace(() -> ++versions[0]);
        assertEquals(42, publishedVersion(h));
        assertEquals(Values.smallInt(1), nativeValue(h, d.indexOf(str("a"))));
        for (int i = 0; i < 50; i++) {   // resizes move the values: the address follows
            d.put(Values.smallInt(i), Values.smallInt(-i));
        }
        assertEquals(Values.smallInt(-49), nativeValue(h, d.indexOf(Values.smallInt(49))));
        assertEquals(92, publishedVersion(h));
        assertEquals(92, d.namespaceVersion());
    }

    @Test
    void aNamespaceVersionMovesWithItsKeysNotItsValues() {
        long h = space.newDict();
        PyDict d = space.heap().dict(h);
        int[] versions = {0};
        d.publishAsNamespace(() -> ++versions[0]);
        d.put(str("x"), Values.smallInt(1));
        long added = publishedVersion(h);
        d.put(str("x"), Values.smallInt(2));
        d.setEntryValue(d.indexOf(str("x")), Values.smallInt(3));
        assertEquals(added, publishedVersion(h));
        assertEquals(Values.smallInt(3), d.get(str("x")));
        d.remove(str("x"));
        assertNotEquals(added, publishedVersion(h));
    }

    @Test
    void numericKeysFollowPythonEquality() {
        PyDict d = space.newDictObject();
        d.put(Values.smallInt(1), str("a"));
        d.put(space.newFloat(1.0), str("b"));
        d.put(Values.TRUE, str("c"));
        assertEquals(1, d.size());
        assertEquals("{1: 'c'}", space.reprs().repr(space.heap().allocate(d)));
        d.put(space.newInt(new java.math.BigInteger("4611686018427387904")), str("big"));
        assertEquals("'big'", space.reprs().repr(d.get(space.newFloat(0x1p62))));
        d.put(space.newTuple(Values.smallInt(1), str("x")), str("tuple"));
        assertEquals("'tuple'", space.reprs().repr(d.get(space.newTuple(space.newFloat(1.0), str("x")))));
        d.put(Values.NONE, Values.smallInt(0));
        assertEquals(Values.smallInt(0), d.get(Values.NONE));
        assertEquals(Values.NULL, d.get(str("missing")));
    }

    @Test
    void unhashableKeysRaiseTypeError() {
        PyDict d = space.newDictObject();
        PyError e = assertThrows(PyError.class, () -> d.put(space.newList(), Values.NONE));
        assertEquals("TypeError: unhashable type: 'list'", space.reprs().exceptionLine(e.exception()));
        assertEquals("TypeError: unhashable type: 'dict'",
                TestSupport.error(space, () -> d.get(space.newDict())));
    }

    @Test
    void keysVersionChangesOnAddAndRemoveButNotOnReplace() {
        PyDict d = space.newDictObject();
        long x = space.strings().intern("x");
        int v0 = d.keysVersion();
        d.put(x, Values.smallInt(1));
        int v1 = d.keysVersion();
        assertNotEquals(v0, v1);
        int index = d.indexOf(x);
        d.put(x, Values.smallInt(2));
        assertEquals(v1, d.keysVersion(), "replacing a value keeps the version");
        assertEquals(Values.smallInt(2), d.entryValue(index), "a cached index reads the new value");
        for (int i = 0; i < 50; i++) {
            d.put(Values.smallInt(i), Values.NONE); // resizes: entries may move, the version changes
        }
        assertNotEquals(v1, d.keysVersion());
        int v2 = d.keysVersion();
        int xIndex = d.indexOf(x);
        d.remove(x);
        assertNotEquals(v2, d.keysVersion());
        assertEquals(Values.NULL, d.entryValue(xIndex), "a deleted entry reads as NULL");
        assertEquals(-1, d.indexOf(x));
        PyDict other = space.newDictObject();
        assertNotEquals(d.keysVersion(), other.keysVersion(), "versions are unique across dicts");
    }

    @Test
    void nanKeysAreFoundByIdentity() {
        PyDict d = space.newDictObject();
        long nan = space.newFloat(Double.NaN);
        d.put(nan, Values.smallInt(1));
        d.put(space.newFloat(Double.NaN), Values.smallInt(2));
        assertEquals(2, d.size());
        assertEquals(Values.smallInt(1), d.get(nan));
    }
}
