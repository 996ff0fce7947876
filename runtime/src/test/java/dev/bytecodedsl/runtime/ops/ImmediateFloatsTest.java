package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.python.repr.FloatRepr;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Floats in both forms (immediate words and heap floats) behave as one type to every operation. */
class ImmediateFloatsTest {
    private final ObjectSpace space = new ObjectSpace();

    @Test
    void floatsWithAnImmediateFormAreNeverBoxed() {
        int live = space.heap().liveCount();
        long a = space.newFloat(1.5);
        assertTrue(Values.isFloat(a));
        assertEquals(a, space.newFloat(1.5), "one word per value: identity is equality");
        assertEquals(live, space.heap().liveCount(), "nothing allocated");
        long big = space.newFloat(1e300);
        assertTrue(Values.isHandle(big));
        assertNotEquals(big, space.newFloat(1e300), "heap floats are distinct objects");
        assertEquals(1e300, space.heap().floatValue(big));
        assertEquals(1.5, space.heap().floatValue(a));
    }

    @Test
    void bothFormsAreFloatsToTypesReprsAndConversions() {
        for (double d : new double[] {1.5, -0.0, 1e300, Double.NaN, 5e-324}) {
            long v = space.newFloat(d);
            assertEquals(PyBuiltinType.FLOAT, space.typeOf(v));
            assertEquals(DslConstants.TYPE_FLOAT, space.typeTag(v));
            assertTrue(space.heap().get(v) instanceof PyFloat f && Double.compare(f.value(), d) == 0);
            assertEquals(FloatRepr.repr(d), space.reprs().repr(v));
        }
        assertEquals(Values.smallInt(2), space.conversions().toInt(space.newFloat(2.75)));
        assertEquals("-0.0", space.reprs().repr(space.numbers().binaryOp((int) DslConstants.NB_MULTIPLY,
                space.newFloat(0.0), space.newFloat(-1.0))));
    }

    @Test
    void arithmeticCrossesBetweenTheFormsAndHashingAgrees() {
        long huge = space.numbers().binaryOp((int) DslConstants.NB_MULTIPLY, space.newFloat(0x1p100), space.newFloat(0x1p100));
        assertTrue(Values.isHandle(huge), "2^200 has no immediate form");
        long back = space.numbers().binaryOp((int) DslConstants.NB_TRUE_DIVIDE, huge, space.newFloat(0x1p190));
        assertTrue(Values.isFloat(back), "1024.0 is immediate again");
        assertEquals(space.newFloat(1024.0), back);
        Hashing hashing = space.hashing();
        assertEquals(hashing.hash(space.newFloat(1.5)), hashing.hash(space.newFloat(1.5)));
        assertEquals(hashing.hash(space.newFloat(1e300)), hashing.hash(space.newFloat(1e300)));
        assertEquals(hashing.hash(Values.smallInt(1024)), hashing.hash(back));
        assertTrue(space.comparisons().equal(back, Values.smallInt(1024)));
        assertTrue(space.comparisons().equal(space.newFloat(0.0), space.newFloat(-0.0)));
    }

    @Test
    void theCollectorLeavesImmediateFloatsAlone() {
        long list = space.newList(new long[] {space.newFloat(2.5), space.newFloat(1e300)}, 2);
        space.heap().collect(mark -> mark.accept(list));
        PyList items = space.heap().list(list);
        assertEquals(2.5, space.heap().floatValue(items.get(0)));
        assertEquals(1e300, space.heap().floatValue(items.get(1)));
        assertFalse(space.heap().isLive(items.get(0)), "an immediate float has no row");
        assertTrue(space.heap().isLive(items.get(1)));
    }
}
