package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.Tier1Interpreter;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PyBoundMethod;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

/**
 * Calls of every kind: Python functions (argument binding with defaults and keywords, run in a
 * nested interpreter invocation, or as an inline frame for CALL_PY_EXACT_ARGS), bound methods,
 * classes (instance creation and __init__), builtins. Failures throw {@link PyError}; the helper
 * boundary in {@link Interpreter} turns them into a pending exception.
 */
final class Calls {
    private static final long[] NO_ARGS = new long[0];

    private final Interpreter vm;
    private final ObjectSpace space;
    private final Heap heap;
    private final Frames frames;
    private final Exceptions exceptions;
    private final TempRoots roots;
    private final long initName;

    Calls(Interpreter vm, ObjectSpace space, Frames frames, Exceptions exceptions, TempRoots roots) {
        this.vm = vm;
        this.space = space;
        this.heap = space.heap();
        this.frames = frames;
        this.exceptions = exceptions;
        this.roots = roots;
        this.initName = space.strings().intern("__init__");
    }

    /** Copies {@code n} stack slots from {@code slot}. */
    long[] args(int slot, int n) {
        if (n == 0) {
            return NO_ARGS;
        }
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = frames.stack.get(slot + i);
        }
        return a;
    }

    /** The general call: {@code callable(self?, *args, **kwargs)}; never NULL, throws PyError. */
    long call(long callable, long self, long[] args, int nargs, PyDict kwargs) {
        PyObject o = Values.isObject(callable) ? heap.get(callable) : null;
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        if (o instanceof PyFunction f) {
            return callFunction(f, callable, prepend(self, args, nargs), kwargs);
        } else if (o instanceof PyBoundMethod m && self == Values.NULL && heap.get(m.function()) instanceof PyFunction f) {
            return callFunction(f, m.function(), prepend(m.self(), args, nargs), kwargs);
        } else if (o instanceof PyClass c && !c.isBuiltin() && self == Values.NULL) {
            return instantiate(callable, c, args, nargs, kwargs);
        } else if (o == null) {
            throw notCallable(callable);
        }
        return space.callBuiltin(callable, self, args, nargs, kwargs);
    }

    /** CALL_KW: the last {@code len(kwnames)} arguments are keyword values. */
    long callKw(long callable, long self, long[] args, int nargs, long kwnames) {
        PyTuple names = heap.tuple(kwnames);
        int positional = nargs - names.size();
        PyDict kw = space.newDictObject();
        for (int i = 0; i < names.size(); i++) {
            kw.put(names.get(i), args[positional + i]);
        }
        return call(callable, self, args, positional, kw);
    }

    private RuntimeException notCallable(long callable) {
        return space.errors().typeError("'" + space.typeName(callable) + "' object is not callable");
    }

    private static long[] prepend(long self, long[] args, int nargs) {
        if (self == Values.NULL) {
            return nargs == args.length ? args : java.util.Arrays.copyOf(args, nargs);
        }
        long[] all = new long[nargs + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, nargs);
        return all;
    }

    private long instantiate(long classValue, PyClass cls, long[] args, int nargs, PyDict kwargs) {
        long instance = space.newInstance(classValue, args, nargs);
        long init = cls.lookup(initName);
        if (init == Values.NULL || !(heap.get(init) instanceof PyFunction f)) {
            if ((nargs > 0 || (kwargs != null && kwargs.size() > 0)) && !cls.isExceptionClass()) {
                throw space.errors().typeError(cls.name() + "() takes no arguments");
            }
            return instance;
        }
        roots.push(instance);
        try {
            long result = callFunction(f, init, prepend(instance, args, nargs), kwargs);
            if (result != Values.NONE) {
                throw space.errors().typeError("__init__() should return None, not '" + space.typeName(result) + "'");
            }
            return instance;
        } finally {
            roots.pop();
        }
    }

    /** Runs a Python function in a nested interpreter invocation. */
    long callFunction(PyFunction f, long funcValue, long[] args, PyDict kwargs) {
        long[] locals = ArgumentBinder.bind(space, f, args, kwargs);
        RuntimeCode code = f.code();
        checkSpace(code);
        Frame frame = frames.push(code, funcValue, f.globals(), null, true);
        for (int i = 0; i < locals.length; i++) {
            frames.stack.set(frame.fp + i, locals[i]);
        }
        return runEntry();
    }

    /** Runs a class body with {@code namespace} as its LOAD_NAME/STORE_NAME dict. */
    void runClassBody(PyFunction body, long funcValue, Globals.Namespace namespace) {
        checkSpace(body.code());
        frames.push(body.code(), funcValue, body.globals(), namespace, true);
        runEntry();
    }

    /** Runs the current (entry) frame to its end; a failure is rethrown as PyError. */
    long runEntry() {
        boolean outer = frames.beginInvocation();
        long result;
        try {
            result = Tier1Interpreter.run(vm);
        } finally {
            frames.endInvocation(outer);
        }
        if (result == Values.NULL) {
            throw exceptions.asError(exceptions.takePending());
        }
        return result;
    }

    void checkSpace(RuntimeCode code) {
        if (!frames.hasSpaceFor(code)) {
            throw space.errors().raise(BuiltinException.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    /**
     * push_frame (CALL_PY_EXACT_ARGS): the arguments become the callee's first locals and the caller
     * resumes after the CALL with callable, self_or_null and args popped (also when a trace made the
     * call and the callee returns in tier 1).
     */
    void pushFrame(long funcValue, long self, int argsSlot, int nargs) {
        PyFunction f = (PyFunction) heap.get(funcValue);
        Frame caller = frames.current();
        caller.sp = argsSlot - 2;
        if (caller.resumeIp == caller.instrIp) {
            // A trace saved the call's own unit as where to resume (its target); tier 1 saved the next.
            caller.resumeIp = FunctionVersions.returnIp(caller.code.code(), caller.instrIp);
        }
        boolean method = self != Values.NULL;
        // the guard checked that these arguments are exactly the parameters, so only the other locals need clearing
        Frame callee = frames.push(f.code(), funcValue, f.globals(), null, false, method ? nargs + 1 : nargs);
        int local = callee.fp;
        if (method) {
            frames.stack.set(local++, self);
        }
        // the callee's locals start above the caller's whole frame, so this copy never overlaps
        for (int i = 0; i < nargs; i++) {
            frames.stack.set(local + i, frames.stack.get(argsSlot + i));
        }
    }
}
