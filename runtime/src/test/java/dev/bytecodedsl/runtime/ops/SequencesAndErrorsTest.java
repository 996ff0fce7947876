package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import static dev.bytecodedsl.runtime.TestSupport.error;
import static dev.bytecodedsl.runtime.TestSupport.literal;
import static dev.bytecodedsl.runtime.TestSupport.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscripts, slices, len, in, unpacking and their CPython error messages. */
class SequencesAndErrorsTest {
    private final ObjectSpace space = new ObjectSpace();

    private long v(String literal) {
        return literal(space, literal);
    }

    private String item(String container, String sub) {
        return outcome(space, () -> space.sequences().getItem(v(container), v(sub)));
    }

    private long slice(String start, String stop, String step) {
        return space.heap().allocate(new dev.bytecodedsl.runtime.object.PySlice(v(start), v(stop), v(step)));
    }

    private String sliced(String container, String start, String stop, String step) {
        return outcome(space, () -> space.sequences().getItem(v(container), slice(start, stop, step)));
    }

    @Test
    void indexing() {
        assertEquals("3", item("[1, 2, 3]", "-1"));
        assertEquals("1", item("[1, 2, 3]", "False"));
        assertEquals("'c'", item("'abc'", "2"));
        assertEquals("2", item("(1, 2)", "True"));
        assertEquals("IndexError: list index out of range", item("[1]", "5"));
        assertEquals("IndexError: list index out of range", item("[1]", "-2"));
        assertEquals("IndexError: tuple index out of range", item("(1, 2)", "5"));
        assertEquals("IndexError: string index out of range", item("'ab'", "5"));
        assertEquals("IndexError: cannot fit 'int' into an index-sized integer", item("[1]", "9223372036854775808"));
        assertEquals("TypeError: list indices must be integers or slices, not str", item("[1]", "'x'"));
        assertEquals("TypeError: tuple indices must be integers or slices, not float", item("(1,)", "1.0"));
        assertEquals("TypeError: string indices must be integers, not 'str'", item("'a'", "'x'"));
        assertEquals("TypeError: 'int' object is not subscriptable", item("1", "0"));
        assertEquals("TypeError: 'NoneType' object is not subscriptable", item("None", "0"));
    }

    @Test
    void slicing() {
        assertEquals("[2, 3]", sliced("[1, 2, 3, 4]", "1", "3", "None"));
        assertEquals("[4, 3, 2, 1]", sliced("[1, 2, 3, 4]", "None", "None", "-1"));
        assertEquals("[4, 2]", sliced("[1, 2, 3, 4]", "None", "None", "-2"));
        assertEquals("[1, 3]", sliced("[1, 2, 3, 4]", "None", "None", "2"));
        assertEquals("[]", sliced("[1, 2, 3, 4]", "3", "1", "None"));
        assertEquals("[3, 4]", sliced("[1, 2, 3, 4]", "-2", "100", "None"));
        assertEquals("[1, 2, 3, 4]", sliced("[1, 2, 3, 4]", "-100", "9223372036854775808", "None"));
        assertEquals("(2,)", sliced("(1, 2, 3)", "1", "2", "None"));
        assertEquals("'olleh'", sliced("'hello'", "None", "None", "-1"));
        assertEquals("'el'", sliced("'hello'", "1", "3", "None"));
        long range = space.constructors().construct(dev.bytecodedsl.runtime.object.PyBuiltinType.RANGE,
                new long[] {Values.smallInt(10)}, 1, null);
        assertEquals("range(1, 9, 2)", outcome(space, () -> space.sequences().getItem(range, slice("1", "8", "2"))));
        assertEquals("ValueError: slice step cannot be zero", sliced("[1]", "None", "None", "0"));
        assertEquals("TypeError: slice indices must be integers or None or have an __index__ method",
                sliced("[1]", "'a'", "None", "None"));
        assertEquals("[2, 3]", outcome(space, () -> space.sequences().getSlice(v("[1, 2, 3]"), Values.smallInt(1),
                Values.NONE)));
    }

    @Test
    void itemAndSliceAssignment() {
        long list = v("[1, 2, 3, 4, 5]");
        space.sequences().setItem(list, Values.smallInt(-1), Values.NONE);
        space.sequences().setItem(list, slice("1", "3", "None"), v("['a', 'b', 'c']"));
        assertEquals("[1, 'a', 'b', 'c', 4, None]", space.reprs().repr(list));
        space.sequences().setItem(list, slice("None", "None", "2"), v("(0, 0, 0)"));
        assertEquals("[0, 'a', 0, 'c', 0, None]", space.reprs().repr(list));
        space.sequences().setSlice(list, Values.NONE, Values.NONE, list); // l[:] = l
        assertEquals("[0, 'a', 0, 'c', 0, None]", space.reprs().repr(list));
        space.sequences().delItem(list, slice("None", "None", "2"));
        assertEquals("['a', 'c', None]", space.reprs().repr(list));
        space.sequences().delItem(list, Values.smallInt(0));
        assertEquals("['c', None]", space.reprs().repr(list));
        assertEquals("ValueError: attempt to assign sequence of size 1 to extended slice of size 2",
                error(space, () -> space.sequences().setItem(list, slice("None", "None", "-1"), v("[1]"))));
        assertEquals("IndexError: list assignment index out of range",
                error(space, () -> space.sequences().setItem(list, Values.smallInt(5), Values.NONE)));
        assertEquals("TypeError: 'tuple' object does not support item assignment",
                error(space, () -> space.sequences().setItem(v("(1,)"), Values.smallInt(0), Values.NONE)));
        assertEquals("TypeError: 'str' object does not support item assignment",
                error(space, () -> space.sequences().setItem(v("'a'"), Values.smallInt(0), Values.NONE)));
        long d = space.newDict();
        space.sequences().setItem(d, v("'k'"), Values.smallInt(1));
        assertEquals("1", outcome(space, () -> space.sequences().getItem(d, v("'k'"))));
        assertEquals("KeyError: 'x'", outcome(space, () -> space.sequences().getItem(d, v("'x'"))));
        assertEquals("KeyError: (1, 2)", outcome(space, () -> space.mappings().subscript(d, v("(1, 2)"))));
        assertEquals("KeyError: 'k2'", error(space, () -> space.sequences().delItem(d, v("'k2'"))));
    }

    @Test
    void lengthAndContains() {
        assertEquals(3, space.sequences().length(v("'abc'")));
        assertEquals(2, space.sequences().length(v("(1, 2)")));
        assertEquals("TypeError: object of type 'int' has no len()",
                error(space, () -> space.sequences().length(Values.smallInt(1))));
        assertTrue(space.sequences().contains(v("[1, 2.0, 'x']"), v("2")));
        assertTrue(space.sequences().contains(v("'hello'"), v("'ell'")));
        assertFalse(space.sequences().contains(v("(1, 2)"), v("3")));
        long nan = space.newFloat(Double.NaN);
        assertTrue(space.sequences().contains(space.newList(new long[] {nan}, 1), nan), "identity before ==");
        long r = space.constructors().construct(dev.bytecodedsl.runtime.object.PyBuiltinType.RANGE,
                new long[] {Values.smallInt(10), Values.smallInt(0), Values.smallInt(-3)}, 3, null);
        assertEquals("[10, 7, 4, 1]", space.reprs().repr(space.iteration().toList(r)));
        assertTrue(space.sequences().contains(r, v("7")));
        assertTrue(space.sequences().contains(r, v("4.0")));
        assertFalse(space.sequences().contains(r, v("0")));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int",
                error(space, () -> space.sequences().contains(v("'a'"), v("1"))));
        assertEquals("TypeError: argument of type 'int' is not iterable",
                error(space, () -> space.sequences().contains(v("1"), v("1"))));
    }

    @Test
    void sequenceArithmetic() {
        int add = (int) DslConstants.NB_ADD;
        int mul = (int) DslConstants.NB_MULTIPLY;
        int iadd = (int) DslConstants.NB_INPLACE_ADD;
        assertEquals("'ab'", outcome(space, () -> space.numbers().binaryOp(add, v("'a'"), v("'b'"))));
        assertEquals("[1, 2]", outcome(space, () -> space.numbers().binaryOp(add, v("[1]"), v("[2]"))));
        assertEquals("(1, 2)", outcome(space, () -> space.numbers().binaryOp(add, v("(1,)"), v("(2,)"))));
        assertEquals("'abab'", outcome(space, () -> space.numbers().binaryOp(mul, v("'ab'"), v("2"))));
        assertEquals("[0, 0, 0]", outcome(space, () -> space.numbers().binaryOp(mul, v("3"), v("[0]"))));
        assertEquals("[]", outcome(space, () -> space.numbers().binaryOp(mul, v("[1]"), v("-3"))));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str",
                outcome(space, () -> space.numbers().binaryOp(add, v("'a'"), v("1"))));
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list",
                outcome(space, () -> space.numbers().binaryOp(add, v("[1]"), v("(1,)"))));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'",
                outcome(space, () -> space.numbers().binaryOp(add, v("1"), v("'a'"))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'",
                outcome(space, () -> space.numbers().binaryOp(mul, v("'a'"), v("'b'"))));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'",
                outcome(space, () -> space.numbers().binaryOp(mul, v("[1]"), v("1.5"))));
        long list = v("[1]");
        assertEquals(list, space.numbers().binaryOp(iadd, list, v("(2, 3)")), "list += extends in place");
        assertEquals("[1, 2, 3]", space.reprs().repr(list));
        assertEquals("TypeError: 'int' object is not iterable",
                outcome(space, () -> space.numbers().binaryOp(iadd, list, v("1"))));
        assertEquals(list, space.numbers().binaryOp((int) DslConstants.NB_INPLACE_MULTIPLY, list, v("2")));
        assertEquals("[1, 2, 3, 1, 2, 3]", space.reprs().repr(list));
        long tuple = v("(1,)");
        long t2 = space.numbers().binaryOp(iadd, tuple, v("(2,)"));
        assertEquals("(1,)", space.reprs().repr(tuple), "tuples are immutable");
        assertEquals("(1, 2)", space.reprs().repr(t2));
        assertEquals("TypeError: bad operand type for unary -: 'str'",
                error(space, () -> space.numbers().negative(v("'a'"))));
        assertEquals("TypeError: bad operand type for unary ~: 'float'",
                error(space, () -> space.numbers().invert(v("1.0"))));
        assertEquals("4611686018427387904", outcome(space, () -> space.numbers().negative(v("-4611686018427387904"))));
        assertEquals("-4611686018427387904", outcome(space, () -> space.numbers().negative(v("4611686018427387904"))));
        assertEquals(Values.smallInt(-4), space.numbers().invert(v("3")));
        assertEquals(Values.smallInt(-1), space.numbers().negative(Values.TRUE));
        assertEquals(Values.smallInt(1), space.numbers().positive(Values.TRUE));
    }

    @Test
    void iterationAndUnpacking() {
        long[] out = new long[3];
        space.iteration().unpack(v("(1, 2, 3)"), 3, out);
        assertEquals("[3, 2, 1]", space.reprs().repr(space.newList(out, 3)), "output[0] is the last item");
        space.iteration().unpack(v("'abc'"), 3, out);
        assertEquals("'c'", space.reprs().repr(out[0]));
        assertEquals("ValueError: too many values to unpack (expected 2)",
                error(space, () -> space.iteration().unpack(v("[1, 2, 3]"), 2, out)));
        assertEquals("ValueError: not enough values to unpack (expected 3, got 2)",
                error(space, () -> space.iteration().unpack(v("[1, 2]"), 3, out)));
        assertEquals("TypeError: cannot unpack non-iterable int object",
                error(space, () -> space.iteration().unpack(v("1"), 3, out)));
        assertEquals("TypeError: 'int' object is not iterable", error(space, () -> space.iteration().getIter(v("1"))));
        long it = space.iteration().getIter(v("[1, 2]"));
        assertEquals(it, space.iteration().getIter(it), "an iterator is its own iterator");
        assertEquals(Values.smallInt(1), space.iteration().next(it));
        assertEquals(Values.smallInt(2), space.iteration().next(it));
        assertEquals(Values.NULL, space.iteration().next(it));
        assertEquals(Values.NULL, space.iteration().next(it));
        long d = space.mappings().buildMap(new long[] {v("'a'"), v("1"), v("'b'"), v("2")}, 2);
        long keys = space.iteration().getIter(d);
        space.sequences().setItem(d, v("'c'"), v("3"));
        assertEquals("RuntimeError: dictionary changed size during iteration",
                error(space, () -> space.iteration().next(keys)));
    }
}
