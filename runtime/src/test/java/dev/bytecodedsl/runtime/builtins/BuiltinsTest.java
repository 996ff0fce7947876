package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static dev.bytecodedsl.runtime.TestSupport.literal;
import static dev.bytecodedsl.runtime.TestSupport.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builtin functions, constructors and methods; expected strings are CPython 3.11's output. */
class BuiltinsTest {
    private final ObjectSpace space = new ObjectSpace();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final Builtins builtins = new Builtins(space, new PrintStream(stdout, true, StandardCharsets.UTF_8));

    private long[] values(String... literals) {
        long[] result = new long[literals.length];
        for (int i = 0; i < literals.length; i++) {
            result[i] = literal(space, literals[i]);
        }
        return result;
    }

    /** repr of {@code name(args...)}, or the exception line. */
    private String call(String name, String... args) {
        return callKw(name, null, args);
    }

    private String callKw(String name, PyDict kwargs, String... args) {
        long callable = builtins.dict().get(space.strings().intern(name));
        long[] a = values(args);
        return outcome(space, () -> space.callBuiltin(callable, Values.NULL, a, a.length, kwargs));
    }

    /** repr of {@code receiver.name(args...)} called through a bound method from getAttr. */
    private String method(String receiver, String name, String... args) {
        return methodOn(literal(space, receiver), name, args);
    }

    private String methodOn(long self, String name, String... args) {
        long[] a = values(args);
        return outcome(space, () -> {
            long bound = space.attributes().getAttr(self, space.strings().intern(name));
            return space.callBuiltin(bound, Values.NULL, a, a.length, null);
        });
    }

    private PyDict kwargs(String... namesAndLiterals) {
        PyDict d = space.newDictObject();
        for (int i = 0; i < namesAndLiterals.length; i += 2) {
            d.put(space.strings().intern(namesAndLiterals[i]), literal(space, namesAndLiterals[i + 1]));
        }
        return d;
    }

    @Test
    void print() {
        callKw("print", null, "1", "'a'", "None", "[1.5, 'x']");
        callKw("print", kwargs("sep", "'-'", "end", "'!\\n'"), "1", "2");
        callKw("print", null);
        assertEquals("1 a None [1.5, 'x']\n1-2!\\n\n", stdout.toString(StandardCharsets.UTF_8));
        assertEquals("TypeError: sep must be None or a string, not int", callKw("print", kwargs("sep", "1"), "1"));
    }

    @Test
    void numericBuiltins() {
        assertEquals("2", call("round", "2.5"));
        assertEquals("4", call("round", "3.5"));
        assertEquals("2.67", call("round", "2.675", "2"));
        assertEquals("0", call("round", "-0.5"));
        assertEquals("1200", call("round", "1234", "-2"));
        assertEquals("1200", call("round", "1250", "-2"));
        assertEquals("1400", call("round", "1350", "-2"));
        assertEquals("1e+300", call("round", "1e+300", "2"));
        assertEquals("0.0", call("round", "0.5", "0"));
        assertEquals("-0.0", call("round", "-0.4", "0"));
        assertEquals("1.235", call("round", "1.23456", "3"));
        assertEquals("5", call("round", "5", "1"));
        assertEquals("OverflowError: cannot convert float infinity to integer", call("round", "inf"));
        assertEquals("TypeError: type str doesn't define __round__ method", call("round", "'a'"));
        assertEquals("5", call("abs", "-5"));
        assertEquals("2.5", call("abs", "-2.5"));
        assertEquals("4611686018427387904", call("abs", "-4611686018427387904"));
        assertEquals("TypeError: bad operand type for abs(): 'str'", call("abs", "'a'"));
        assertEquals("1", call("min", "3", "1", "2"));
        assertEquals("3", call("max", "[3, 1, 2]"));
        assertEquals("ValueError: min() arg is an empty sequence", call("min", "[]"));
        assertEquals("TypeError: max expected at least 1 argument, got 0", call("max"));
        assertEquals("6", call("sum", "[1, 2, 3]"));
        assertEquals("3.5", call("sum", "[1.5, 2]"));
        assertEquals("[1, 2]", call("sum", "[[1], [2]]", "[]"));
        assertEquals("9223372036854775808", call("sum", "[4611686018427387904, 4611686018427387904]"));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]", call("sum", "['a']", "''"));
        assertEquals("'A'", call("chr", "65"));
        assertEquals("ValueError: chr() arg not in range(0x110000)", call("chr", "-1"));
        assertEquals("65", call("ord", "'A'"));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found", call("ord", "'ab'"));
        assertEquals("2", call("len", "[1, 2]"));
        assertEquals("TypeError: len() takes exactly one argument (0 given)", call("len"));
    }

    @Test
    void typeConstructors() {
        assertEquals("1000", call("int", "' 1_000 '"));
        assertEquals("-16", call("int", "'-0x10'", "16"));
        assertEquals("5", call("int", "'0b101'", "0"));
        assertEquals("35", call("int", "'z'", "36"));
        assertEquals("ValueError: invalid literal for int() with base 0: '010'", call("int", "'010'", "0"));
        assertEquals("ValueError: invalid literal for int() with base 10: '1__0'", call("int", "'1__0'"));
        assertEquals("ValueError: invalid literal for int() with base 10: ''", call("int", "''"));
        assertEquals("ValueError: invalid literal for int() with base 10: 'x'", call("int", "'x'"));
        assertEquals("3", call("int", "3.99"));
        assertEquals("-3", call("int", "-3.99"));
        assertEquals("100000000000000000000", call("int", "1e+20"));
        assertEquals("1", call("int", "True"));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
                call("int", "[]"));
        assertEquals("10.5", call("float", "' 1_0.5 '"));
        assertEquals("-inf", call("float", "'-Infinity'"));
        assertEquals("nan", call("float", "'nAn'"));
        assertEquals("100000.0", call("float", "'1e5'"));
        assertEquals("0.5", call("float", "'.5'"));
        assertEquals("5.0", call("float", "'5.'"));
        assertEquals("1e+20", call("float", "100000000000000000000"));
        assertEquals("ValueError: could not convert string to float: '1e'", call("float", "'1e'"));
        assertEquals("ValueError: could not convert string to float: '0x10'", call("float", "'0x10'"));
        assertEquals("TypeError: float() argument must be a string or a real number, not 'list'", call("float", "[]"));
        assertEquals("'1.5'", call("str", "1.5"));
        assertEquals("'None'", call("str", "None"));
        assertEquals("False", call("bool", "[]"));
        assertEquals("True", call("bool", "'x'"));
        assertEquals("(1, 2)", call("tuple", "[1, 2]"));
        assertEquals("['a', 'b']", call("list", "'ab'"));
        assertEquals("{1: 2, 3: 4}", call("dict", "[(1, 2), (3, 4)]"));
        assertEquals("{'a': 1}", callKw("dict", kwargs("a", "1")));
        assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                call("dict", "[(1, 2, 3)]"));
        assertEquals("range(0, 10)", call("range", "10"));
        assertEquals("range(1, 10, 2)", call("range", "1", "10", "2"));
        assertEquals("ValueError: range() arg 3 must not be zero", call("range", "0", "10", "0"));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", call("range", "1.5"));
    }

    @Test
    void iteratorsFromEnumerateAndZip() {
        long enumerate = builtins.dict().get(space.strings().intern("enumerate"));
        long zip = builtins.dict().get(space.strings().intern("zip"));
        long e = space.callBuiltin(enumerate, Values.NULL, values("'ab'", "1"), 2, null);
        assertEquals("[(1, 'a'), (2, 'b')]", space.reprs().repr(space.iteration().toList(e)));
        long z = space.callBuiltin(zip, Values.NULL, values("[1, 2, 3]", "'ab'"), 2, null);
        assertEquals("[(1, 'a'), (2, 'b')]", space.reprs().repr(space.iteration().toList(z)));
    }

    @Test
    void sortingAndIsinstance() {
        assertEquals("[1, 2, 3]", call("sorted", "[3, 1, 2]"));
        assertEquals("[3, 2, 1]", callKw("sorted", kwargs("reverse", "True"), "[3, 1, 2]"));
        assertEquals("['a', 'b']", call("sorted", "['b', 'a']"));
        assertEquals("[(1, 'b'), (1, 'a'), (0, 'c')]",
                callKw("sorted", kwargs("reverse", "True"), "[(1, 'b'), (0, 'c'), (1, 'a')]"));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", call("sorted", "[1, 'a']"));
        long isinstance = builtins.dict().get(space.strings().intern("isinstance"));
        long intType = builtins.dict().get(space.strings().intern("int"));
        long strType = builtins.dict().get(space.strings().intern("str"));
        long floatType = builtins.dict().get(space.strings().intern("float"));
        assertEquals(Values.TRUE, space.callBuiltin(isinstance, Values.NULL, new long[] {Values.TRUE, intType}, 2, null));
        assertEquals(Values.FALSE, space.callBuiltin(isinstance, Values.NULL,
                new long[] {Values.smallInt(1), space.newTuple(strType, floatType)}, 2, null));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
                call("isinstance", "1", "2"));
    }

    @Test
    void strMethods() {
        assertEquals("'a,b'", method("','", "join", "['a', 'b']"));
        assertEquals("TypeError: sequence item 1: expected str instance, int found", method("','", "join", "['a', 1]"));
        assertEquals("['a', 'b']", method("' a  b '", "split"));
        assertEquals("['a', 'b', '', 'c']", method("'a,b,,c'", "split", "','"));
        assertEquals("['a', 'b c']", method("'a b c'", "split", "None", "1"));
        assertEquals("['a', 'b,c']", method("'a,b,c'", "split", "','", "1"));
        assertEquals("ValueError: empty separator", method("'a'", "split", "''"));
        assertEquals("'ABC'", method("'abc'", "upper"));
        assertEquals("'abc'", method("'ABC'", "lower"));
        assertEquals("'x'", method("'  x  '", "strip"));
        assertEquals("'a'", method("'xxaxx'", "strip", "'x'"));
        assertEquals("True", method("'abc'", "startswith", "'ab'"));
        assertEquals("True", method("'abc'", "endswith", "('x', 'c')"));
        assertEquals("'bba'", method("'aaa'", "replace", "'a'", "'b'", "2"));
        assertEquals("'-a-b-c-'", method("'abc'", "replace", "''", "'-'"));
        assertEquals("2", method("'abc'", "find", "'c'"));
        assertEquals("-1", method("'abc'", "find", "'z'"));
        assertEquals("2", method("'aaaa'", "count", "'aa'"));
        assertEquals("AttributeError: 'str' object has no attribute 'foo'", method("'abc'", "foo"));
    }

    @Test
    void listMethods() {
        long list = literal(space, "[3, 1, 2]");
        assertEquals("None", methodOn(list, "append", "4"));
        assertEquals("None", methodOn(list, "extend", "(5, 6)"));
        assertEquals("None", methodOn(list, "insert", "0", "0"));
        assertEquals("None", methodOn(list, "insert", "-1", "'x'"));
        assertEquals("[0, 3, 1, 2, 4, 5, 'x', 6]", space.reprs().repr(list));
        assertEquals("6", methodOn(list, "pop"));
        assertEquals("0", methodOn(list, "pop", "0"));
        assertEquals("'x'", methodOn(list, "pop", "-1"));
        assertEquals("2", methodOn(list, "index", "2"));
        assertEquals("None", methodOn(list, "sort"));
        assertEquals("[1, 2, 3, 4, 5]", space.reprs().repr(list));
        assertEquals("None", methodOn(list, "reverse"));
        assertEquals("[5, 4, 3, 2, 1]", methodOn(list, "copy"));
        assertEquals("1", methodOn(list, "count", "3"));
        assertEquals("IndexError: pop from empty list", method("[]", "pop"));
        assertEquals("IndexError: pop index out of range", method("[1]", "pop", "5"));
        assertEquals("ValueError: 3 is not in list", method("[]", "index", "3"));
        assertEquals("ValueError: 'a' is not in list", method("[]", "index", "'a'"));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", method("[]", "append"));
        assertEquals("TypeError: list.copy() takes no arguments (1 given)", method("[]", "copy", "1"));
        assertEquals("TypeError: pop expected at most 1 argument, got 2", method("[]", "pop", "1", "2"));
    }

    @Test
    void dictMethods() {
        long d = space.mappings().buildMap(values("'a'", "1"), 1);
        assertEquals("dict_keys(['a'])", methodOn(d, "keys"));
        assertEquals("dict_values([1])", methodOn(d, "values"));
        assertEquals("dict_items([('a', 1)])", methodOn(d, "items"));
        assertEquals("None", methodOn(d, "get", "'b'"));
        assertEquals("0", methodOn(d, "get", "'b'", "0"));
        assertEquals("5", methodOn(d, "setdefault", "'b'", "5"));
        assertEquals("5", methodOn(d, "setdefault", "'b'", "6"));
        assertEquals("None", methodOn(d, "update", "[('c', 3)]"));
        assertEquals("{'a': 1, 'b': 5, 'c': 3}", space.reprs().repr(d));
        assertEquals("1", methodOn(d, "pop", "'a'"));
        assertEquals("'gone'", methodOn(d, "pop", "'a'", "'gone'"));
        assertEquals("KeyError: 'a'", methodOn(d, "pop", "'a'"));
        long items = space.attributes().getAttr(d, space.strings().intern("items"));
        long view = space.callBuiltin(items, Values.NULL, new long[0], 0, null);
        assertEquals("[('b', 5), ('c', 3)]", space.reprs().repr(space.iteration().toList(view)));
        assertEquals(2, space.sequences().length(view));
    }
}
