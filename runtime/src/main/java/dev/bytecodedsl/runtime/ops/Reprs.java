package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.python.repr.FloatRepr;
import dev.bytecodedsl.python.repr.StrRepr;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.CustomRepr;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.object.PyBoundMethod;
import dev.bytecodedsl.runtime.object.PyBuiltinFunction;
import dev.bytecodedsl.runtime.object.PyBuiltinType;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyDictView;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyInstance;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyRange;
import dev.bytecodedsl.runtime.object.PyLongRange;
import dev.bytecodedsl.runtime.object.PySlice;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * repr() and str() as Java strings, with CPython's formats: containers that contain themselves
 * print {@code [...]}/{@code {...}}, exceptions print {@code KeyError('x')}, objects without a
 * value repr print {@code <__main__.C object at 0x...>} (the address is the handle).
 */
public final class Reprs {
    private final ObjectSpace space;
    private final Heap heap;
    /** Containers being printed, for recursion (CPython's Py_ReprEnter). */
    private final Set<Long> inProgress = new HashSet<>();

    public Reprs(ObjectSpace space) {
        this.space = space;
        this.heap = space.heap();
    }

    /** str(v): strings are themselves, exceptions their message, everything else its repr. */
    public String str(long v) {
        if (Values.isHandle(v)) {
            PyObject o = heap.get(v);
            if (o instanceof PyStr s) {
                return s.value();
            }
            if (o instanceof PyExceptionInstance e) {
                return exceptionStr(e);
            }
            if (o instanceof PyInstance i) {
                String s = userMethod(v, i, "__str__");
                if (s != null) {
                    return s;
                }
            }
        }
        return repr(v);
    }

    /** The result of a user class's {@code __str__}/{@code __repr__}, or null when the class has none. */
    private String userMethod(long v, PyInstance i, String method) {
        ObjectSpace.PythonCaller caller = space.pythonCaller();
        long function = caller == null ? Values.NULL : i.pyClass().lookup(space.strings().intern(method));
        if (function == Values.NULL || space.typeTag(function) != DslConstants.TYPE_FUNCTION) {
            return null;
        }
        long result = caller.call(function, v);
        if (!(Values.isObject(result) && heap.get(result) instanceof PyStr s)) {
            throw space.errors().typeError(method + " returned non-string (type " + space.typeName(result) + ")");
        }
        return s.value();
    }

    /** repr(v). */
    public String repr(long v) {
        if (Values.isSmallInt(v)) {
            return Long.toString(Values.smallIntValue(v));
        }
        if (v == Values.NONE) {
            return "None";
        }
        if (v == Values.TRUE) {
            return "True";
        }
        if (v == Values.FALSE) {
            return "False";
        }
        if (v == Values.NULL) {
            return "<NULL>";
        }
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        PyObject obj = heap.get(v);
        if (obj instanceof PyStr s) {
            return StrRepr.repr(s.value());
        } else if (obj instanceof PyFloat f) {
            return FloatRepr.repr(f.value());
        } else if (obj instanceof PyBigInt b) {
            return bigIntRepr(b.value());
        } else if (obj instanceof PyList l) {
            return recursive(v, "[...]", () -> items("[", l.toArray(), l.size(), "]"));
        } else if (obj instanceof PyTuple t) {
            return recursive(v, "(...)",
                    () -> t.size() == 1 ? "(" + repr(t.get(0)) + ",)" : items("(", t.toArray(), t.size(), ")"));
        } else if (obj instanceof PyDict d) {
            return recursive(v, "{...}", () -> dictRepr(d));
        } else if (obj instanceof PyDictView view) {
            return view.type().name() + "(" + repr(space.iteration().toList(v)) + ")";
        } else if (obj instanceof PyRange r) {
            return r.step() == 1 ? "range(" + r.start() + ", " + r.stop() + ")"
                    : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
        } else if (obj instanceof PyLongRange r) {
            return r.step().equals(BigInteger.ONE) ? "range(" + r.start() + ", " + r.stop() + ")"
                    : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
        } else if (obj instanceof PySlice s) {
            return "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
        } else if (obj instanceof PyExceptionInstance e) {
            return e.pyClass().name() + argsRepr(e);
        } else if (obj instanceof PyInstance i && userMethod(v, i, "__repr__") instanceof String s) {
            return s;
        } else if (obj instanceof PyInstance i) {
            return "<" + moduleQualified(i.pyClass()) + " object at " + address(v) + ">";
        } else if (obj instanceof PyClass c) {
            return "<class '" + moduleQualified(c) + "'>";
        } else if (obj instanceof PyBuiltinType t) {
            return "<class '" + t.name() + "'>";
        } else if (obj instanceof PyBuiltinFunction f) {
            return f.isMethod()
                    ? "<method '" + f.name() + "' of '" + f.ownerName() + "' objects>"
                    : "<built-in function " + f.name() + ">";
        } else if (obj instanceof PyBoundMethod m) {
            return boundMethodRepr(m);
        } else if (obj instanceof CustomRepr c) {
            return c.repr(space, v);
        }
        return "<" + obj.type().name() + " object at " + address(v) + ">";
    }

    /** repr of a str as a Java string (for messages such as int()'s). */
    public String strRepr(String s) {
        return StrRepr.repr(s);
    }

    /** str(int) refuses more than 4300 digits, as CPython 3.11 does by default. */
    private String bigIntRepr(BigInteger i) {
        // bitLength * log10(2) bounds the digit count from below, so small-enough ints skip the check
        if (i.bitLength() > 14_000) {
            String s = i.abs().toString();
            if (s.length() > Conversions.MAX_STR_DIGITS) {
                throw space.errors().valueError("Exceeds the limit (" + Conversions.MAX_STR_DIGITS
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
            return i.signum() < 0 ? "-" + s : s;
        }
        return i.toString();
    }

    private String recursive(long v, String placeholder, java.util.function.Supplier<String> body) {
        if (!inProgress.add(v)) {
            return placeholder;
        }
        if (inProgress.size() > Comparisons.NESTING_LIMIT) {
            inProgress.remove(v);
            // CPython's recursion limit: a 300,000-deep list is an error at once, not minutes of work.
            throw space.errors().raise(BuiltinException.RECURSION_ERROR,
                    "maximum recursion depth exceeded while getting the repr of an object");
        }
        try {
            return body.get();
        } finally {
            inProgress.remove(v);
        }
    }

    private String items(String open, long[] items, int n, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private String dictRepr(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < d.entryLimit(); i++) {
            long key = d.entryKey(i);
            if (key == Values.NULL) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(key)).append(": ").append(repr(d.entryValue(i)));
        }
        return sb.append('}').toString();
    }

    private String boundMethodRepr(PyBoundMethod m) {
        if (heap.get(m.function()) instanceof PyBuiltinFunction f) {
            return "<built-in method " + f.name() + " of " + space.typeName(m.self()) + " object at "
                    + address(m.self()) + ">";
        }
        return "<bound method " + space.typeName(m.self()) + "." + functionName(m.function()) + " of "
                + repr(m.self()) + ">";
    }

    /** The name of a VM function from its repr "<function NAME at ...>", or its repr. */
    private String functionName(long function) {
        String r = repr(function);
        if (r.startsWith("<function ")) {
            int end = r.indexOf(' ', 10);
            return end > 0 ? r.substring(10, end) : r;
        }
        return r;
    }

    private static String moduleQualified(PyClass c) {
        return c.module().equals("builtins") ? c.name() : c.module() + "." + c.name();
    }

    private static String address(long handle) {
        return String.format("0x%012x", handle);
    }

    // ---- exceptions

    /** str(exc): '' without args, str(arg) for one (KeyError: repr(arg)), repr(args) for more. */
    public String exceptionStr(PyExceptionInstance e) {
        PyTuple args = heap.tuple(e.args());
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> isKeyError(e) ? repr(args.get(0)) : str(args.get(0));
            default -> repr(e.args());
        };
    }

    private boolean isKeyError(PyExceptionInstance e) {
        return e.pyClass().isSubtypeOf(space.exceptions().get(dev.bytecodedsl.runtime.object.BuiltinException.KEY_ERROR));
    }

    private String argsRepr(PyExceptionInstance e) {
        PyTuple args = heap.tuple(e.args());
        return args.size() == 1 ? "(" + repr(args.get(0)) + ")" : repr(e.args());
    }

    /**
     * The last line of a traceback: {@code KeyError: 'x'}, {@code ValueError} when the message is
     * empty, with the module prefix for classes outside builtins and __main__.
     */
    public String exceptionLine(long exception) {
        PyExceptionInstance e = (PyExceptionInstance) heap.get(exception);
        String message = exceptionStr(e);
        String name = e.pyClass().qualifiedName();
        return message.isEmpty() ? name : name + ": " + message;
    }
}
