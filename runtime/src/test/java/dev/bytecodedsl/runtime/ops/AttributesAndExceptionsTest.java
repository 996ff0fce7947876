package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyBoundMethod;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyType;
import dev.bytecodedsl.runtime.value.Values;
import org.junit.jupiter.api.Test;

import static dev.bytecodedsl.runtime.TestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** User classes, instance layouts and versions, attribute errors, exceptions and their messages. */
class AttributesAndExceptionsTest {
    private final ObjectSpace space = new ObjectSpace();

    /** A stand-in for the VM's Python function objects. */
    private record FakeFunction(String name) implements PyObject {
        @Override
        public int typeTag() {
            return (int) DslConstants.TYPE_FUNCTION;
        }

        @Override
        public PyType type() {
            return PyBuiltinType.FUNCTION;
        }
    }

    private long name(String s) {
        return space.strings().intern(s);
    }

    private long userClass(String name, long base) {
        PyClass baseClass = base == Values.NULL ? null : space.heap().pyClass(base);
        return space.heap().allocate(PyClass.user(name, "__main__", base, baseClass, space.newDictObject()));
    }

    @Test
    void instanceAttributesUseTheSharedLayoutAndChangeTheVersion() {
        long cls = userClass("Point", Values.NULL);
        PyClass c = space.heap().pyClass(cls);
        long p = space.newInstance(cls, new long[0], 0);
        long q = space.newInstance(cls, new long[0], 0);
        int v0 = c.version();
        assertNotEquals(0, v0);
        space.attributes().setAttr(p, name("x"), Values.smallInt(1));
        int v1 = c.version();
        assertNotEquals(v0, v1, "the layout grew");
        space.attributes().setAttr(q, name("x"), Values.smallInt(2));
        assertEquals(v1, c.version(), "reusing a slot keeps the version");
        assertEquals(0, c.slotIndex("x"));
        assertEquals(Values.smallInt(2), space.heap().instance(q).slot(0));
        assertEquals(Values.smallInt(1), space.attributes().getAttr(p, name("x")));
        assertEquals(v1, space.typeVersionOf(p));
        assertEquals(0, space.typeVersionOf(Values.smallInt(1)));
        space.attributes().setAttr(q, name("y"), Values.NONE);
        assertEquals(Values.NULL, space.heap().instance(p).slot(c.slotIndex("y")), "unset on p");
        assertEquals("AttributeError: 'Point' object has no attribute 'y'",
                error(space, () -> space.attributes().getAttr(p, name("y"))));
    }

    @Test
    void methodsBindAndClassChangesInvalidateSubclasses() {
        long base = userClass("Base", Values.NULL);
        long sub = userClass("Sub", base);
        long function = space.heap().allocate(new FakeFunction("greet"));
        int subVersion = space.heap().pyClass(sub).version();
        space.attributes().setAttr(base, name("greet"), function);
        space.attributes().setAttr(base, name("count"), Values.smallInt(7));
        assertNotEquals(subVersion, space.heap().pyClass(sub).version(), "a base change invalidates subclasses");
        long obj = space.newInstance(sub, new long[0], 0);
        long bound = space.attributes().getAttr(obj, name("greet"));
        PyBoundMethod m = assertInstanceOf(PyBoundMethod.class, space.heap().get(bound));
        assertEquals(obj, m.self());
        assertEquals(function, m.function());
        assertEquals(function, space.attributes().lookupMethod(obj, name("greet")));
        assertEquals(Values.NULL, space.attributes().lookupMethod(obj, name("count")), "not a function");
        assertEquals(Values.smallInt(7), space.attributes().getAttr(obj, name("count")));
        assertEquals(function, space.attributes().getAttr(sub, name("greet")), "unbound through the class");
        space.attributes().setAttr(obj, name("greet"), Values.NONE);
        assertEquals(Values.NULL, space.attributes().lookupMethod(obj, name("greet")), "shadowed by the instance");
        assertEquals(Values.NONE, space.attributes().getAttr(obj, name("greet")));
        assertEquals("AttributeError: type object 'Sub' has no attribute 'nope'",
                error(space, () -> space.attributes().getAttr(sub, name("nope"))));
        assertTrue(space.attributes().isInstance(obj, base));
        assertFalse(space.attributes().isInstance(base, sub), "a class is not an instance of its subclass");
        assertEquals("<class '__main__.Sub'>", space.reprs().repr(sub));
        assertTrue(space.reprs().repr(obj).startsWith("<__main__.Sub object at 0x"));
    }

    @Test
    void builtinValuesRejectNewAttributes() {
        assertEquals("AttributeError: 'list' object has no attribute 'x'",
                error(space, () -> space.attributes().getAttr(space.newList(), name("x"))));
        assertEquals("AttributeError: 'int' object has no attribute 'x'",
                error(space, () -> space.attributes().getAttr(Values.smallInt(1), name("x"))));
        assertEquals("AttributeError: 'list' object has no attribute 'x'",
                error(space, () -> space.attributes().setAttr(space.newList(), name("x"), Values.NONE)));
        long valueError = space.exceptions().handle(BuiltinException.VALUE_ERROR);
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'ValueError'",
                error(space, () -> space.attributes().setAttr(valueError, name("x"), Values.NONE)));
    }

    @Test
    void exceptionHierarchyAndMatching() {
        long zde = space.newException(BuiltinException.ZERO_DIVISION_ERROR, space.newStr("division by zero"));
        long arithmetic = space.exceptions().handle(BuiltinException.ARITHMETIC_ERROR);
        long lookup = space.exceptions().handle(BuiltinException.LOOKUP_ERROR);
        long exception = space.exceptions().handle(BuiltinException.EXCEPTION);
        assertTrue(space.attributes().exceptionMatches(zde, arithmetic));
        assertTrue(space.attributes().exceptionMatches(zde, exception));
        assertFalse(space.attributes().exceptionMatches(zde, lookup));
        assertTrue(space.attributes().exceptionMatches(zde, space.newTuple(lookup, arithmetic)));
        assertEquals("TypeError: catching classes that do not inherit from BaseException is not allowed",
                error(space, () -> space.attributes().exceptionMatches(zde, Values.smallInt(1))));
        assertTrue(space.attributes().isException(
                space.newException(BuiltinException.UNBOUND_LOCAL_ERROR), BuiltinException.NAME_ERROR));
        assertTrue(space.attributes().isException(
                space.newException(BuiltinException.RECURSION_ERROR), BuiltinException.RUNTIME_ERROR));
        assertFalse(space.attributes().isException(
                space.newException(BuiltinException.KEYBOARD_INTERRUPT), BuiltinException.EXCEPTION));
    }

    @Test
    void userExceptionClassesBehaveLikeBuiltinOnes() {
        long exception = space.exceptions().handle(BuiltinException.EXCEPTION);
        long myError = userClass("MyError", exception);
        assertTrue(space.heap().pyClass(myError).isExceptionClass());
        long e = space.newInstance(myError, new long[] {space.newStr("boom"), Values.smallInt(2)}, 2);
        assertEquals("MyError: ('boom', 2)", space.reprs().exceptionLine(e));
        assertEquals("MyError('boom', 2)", space.reprs().repr(e));
        assertEquals("('boom', 2)", space.reprs().repr(space.attributes().getAttr(e, name("args"))));
        assertTrue(space.attributes().exceptionMatches(e, exception));
        space.attributes().setAttr(e, name("code"), Values.smallInt(3));
        assertEquals(Values.smallInt(3), space.attributes().getAttr(e, name("code")));
        long single = space.newInstance(myError, new long[] {space.newStr("x")}, 1);
        assertEquals("MyError: x", space.reprs().exceptionLine(single));
        long plain = space.newInstance(myError, new long[0], 0);
        assertEquals("MyError", space.reprs().exceptionLine(plain));
    }

    @Test
    void exceptionStrAndRepr() {
        Reprs r = space.reprs();
        assertEquals("", r.str(space.newException(BuiltinException.VALUE_ERROR)));
        assertEquals("ValueError()", r.repr(space.newException(BuiltinException.VALUE_ERROR)));
        assertEquals("ValueError('a', 1)",
                r.repr(space.newException(BuiltinException.VALUE_ERROR, space.newStr("a"), Values.smallInt(1))));
        assertEquals("('a', 1)",
                r.str(space.newException(BuiltinException.VALUE_ERROR, space.newStr("a"), Values.smallInt(1))));
        long keyError = space.newException(BuiltinException.KEY_ERROR, space.newStr("x"));
        assertEquals("'x'", r.str(keyError));
        assertEquals("KeyError('x')", r.repr(keyError));
        assertEquals("KeyError: 'x'", r.exceptionLine(keyError));
        assertEquals("ValueError", r.exceptionLine(space.newException(BuiltinException.VALUE_ERROR)));
    }

    @Test
    void pyErrorCarriesTheExceptionWithoutAStackTrace() {
        PyError e = assertThrows(PyError.class, () -> space.numbers().binaryOp(
                (int) DslConstants.NB_TRUE_DIVIDE, Values.smallInt(1), Values.smallInt(0)));
        assertEquals(0, e.getStackTrace().length);
        assertEquals("ZeroDivisionError: division by zero", space.reprs().exceptionLine(e.exception()));
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        assertInstanceOf(PyInstance.class, space.heap().get(e.exception()));
    }

    @Test
    void callingClassesAndNonCallables() {
        long valueError = space.exceptions().handle(BuiltinException.VALUE_ERROR);
        long e = space.callBuiltin(valueError, Values.NULL, new long[] {space.newStr("bad")}, 1, null);
        assertEquals("ValueError: bad", space.reprs().exceptionLine(e));
        assertEquals("TypeError: 'int' object is not callable",
                error(space, () -> space.callBuiltin(Values.smallInt(1), Values.NULL, new long[0], 0, null)));
    }
}
