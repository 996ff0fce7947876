package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.python.compile.ExceptionTableEntry;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.object.PyExceptionInstance;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.value.Values;

/**
 * The thread's exception state (the pending exception of a failed helper and the exception being
 * handled) and unwinding through the exception tables of the frames.
 */
final class Exceptions {
    private final ObjectSpace space;
    private final Frames frames;
    private long pending = Values.NULL;
    private long handled = Values.NONE;

    Exceptions(ObjectSpace space, Frames frames) {
        this.space = space;
        this.frames = frames;
    }

    long pending() {
        return pending;
    }

    long handled() {
        return handled;
    }

    void setHandled(long exc) {
        handled = exc;
    }

    boolean isPending() {
        return pending != Values.NULL;
    }

    /** Makes a thrown Python exception pending; the helper then returns its failure value. */
    long fail(PyError e) {
        pending = e.exception();
        return Values.NULL;
    }

    /** fail() for helpers returning bool. */
    boolean failFalse(PyError e) {
        pending = e.exception();
        return false;
    }

    /** fail() for helpers returning int (-1 on error). */
    long failInt(PyError e) {
        pending = e.exception();
        return -1;
    }

    void raise(long exc) {
        pending = exc;
    }

    /** Takes the pending exception (a nested invocation's failure, to rethrow as PyError). */
    long takePending() {
        long exc = pending;
        pending = Values.NULL;
        return exc;
    }

    PyError asError(long exc) {
        return new PyError(exc, null);
    }

    /** raise_unbound_local: CPython 3.11's message. */
    void raiseUnboundLocal(String name) {
        raise(space.errors().raise(BuiltinException.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value").exception());
    }

    /** `raise` (n = 0) or `raise exc` where exc is an exception instance or class. */
    void raiseValue(long value, Calls calls) {
        if (value == Values.NULL) {
            if (handled == Values.NONE) {
                raise(space.errors().runtimeError("No active exception to reraise").exception());
            } else {
                raise(handled);
            }
            return;
        }
        PyObject o = Values.isObject(value) ? space.heap().get(value) : null;
        // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
        if (o instanceof PyExceptionInstance) {
            raise(value);
        } else if (o instanceof PyClass c && c.isExceptionClass()) {
            raise(calls.call(value, Values.NULL, new long[0], 0, null));
        } else {
            raise(space.errors().typeError("exceptions must derive from BaseException").exception());
        }
    }

    /**
     * unwind_exception: records the current frame in the traceback, then looks for a handler,
     * popping frames until one has a handler or the invocation's entry frame is gone.
     */
    void unwind() {
        if (pending == Values.NULL) {
            // a helper failed without an exception: a VM bug, reported as CPython's SystemError would be
            pending = space.errors().runtimeError("error return without exception set").exception();
        }
        long exc = pending;
        Traceback tb = traceback(exc);
        while (true) {
            Frame f = frames.current();
            if (tb != null) {
                tb.record(f);
            }
            ExceptionTableEntry handler = f.code.handlerFor(f.instrIp);
            if (handler != null) {
                f.sp = f.stackBase + handler.depth();
                if (handler.lasti()) {
                    frames.stack.set(f.sp++, Values.smallInt(f.instrIp));
                }
                frames.stack.set(f.sp++, exc);
                f.resumeIp = handler.target();
                pending = Values.NULL;
                return;
            }
            boolean last = f.entry;
            frames.pop(Values.NULL);
            if (last) {
                return;
            }
        }
    }

    /**
     * {@code exc} raised where the innermost live frame stopped and not caught: a Java error (the
     * Java heap or the object table running out) left the interpreters without unwinding, so every
     * frame still on the stack goes into its traceback, innermost first, as unwinding would have
     * recorded them.
     */
    long escapedThroughFrames(long exc) {
        Traceback tb = traceback(exc);
        for (Frame f = frames.current(); f != null && tb != null; f = f.previous) {
            tb.record(f);
        }
        return exc;
    }

    private Traceback traceback(long exc) {
        if (space.heap().get(exc) instanceof PyExceptionInstance e) {
            if (!(e.traceback() instanceof Traceback tb)) {
                Traceback fresh = new Traceback();
                e.setTraceback(fresh);
                return fresh;
            }
            return tb;
        }
        return null;
    }
}
