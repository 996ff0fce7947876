package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static dev.bytecodedsl.runtime.TestSupport.literal;
import static dev.bytecodedsl.runtime.TestSupport.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReprsTest {
    private final ObjectSpace space = new ObjectSpace();

    @Test
    void containersAndScalars() {
        assertEquals("(1,)", space.reprs().repr(literal(space, "(1,)")));
        assertEquals("()", space.reprs().repr(space.newTuple()));
        assertEquals("[1, 'a', None, True, 1.5, (2, 3)]", space.reprs().repr(literal(space, "[1, 'a', None, True, 1.5, (2, 3)]")));
        assertEquals("{}", space.reprs().repr(space.newDict()));
        long list = space.newList();
        PyList l = space.heap().list(list);
        l.append(Values.smallInt(1));
        l.append(list);
        assertEquals("[1, [...]]", space.reprs().repr(list));
        long d = space.newDict();
        space.heap().dict(d).put(Values.smallInt(1), d);
        assertEquals("{1: {...}}", space.reprs().repr(d));
        assertEquals("slice(1, None, None)", space.reprs().repr(space.heap().allocate(
                new dev.bytecodedsl.runtime.object.PySlice(Values.smallInt(1), Values.NONE, Values.NONE))));
        assertEquals("abc", space.reprs().str(space.newStr("abc")));
        assertEquals("<class 'int'>", space.reprs().repr(space.heap().allocate(
                dev.bytecodedsl.runtime.object.PyBuiltinType.INT)));
    }

    @Test
    void hugeIntsHitCPythonsStrDigitLimit() {
        long big = space.newInt(BigInteger.TEN.pow(4299));
        assertEquals(4300, space.reprs().repr(big).length());
        assertEquals("ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit",
                outcome(space, () -> space.newStr(space.reprs().repr(space.newInt(BigInteger.TEN.pow(4300))))));
    }
}
