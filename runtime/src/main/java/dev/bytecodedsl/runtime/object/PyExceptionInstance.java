package dev.bytecodedsl.runtime.object;

import java.util.function.LongConsumer;

/**
 * An instance of BaseException or a subclass: an ordinary instance plus {@code args} (a tuple,
 * set from the constructor arguments as CPython's BaseException.__new__ does) and a traceback
 * slot the VM owns.
 */
public final class PyExceptionInstance extends PyInstance {
    private long args;
    private Object traceback;

    public PyExceptionInstance(long classValue, PyClass cls, long argsTuple) {
        super(classValue, cls);
        this.args = argsTuple;
    }

    /** The args tuple's handle. */
    public long args() {
        return args;
    }

    public void setArgs(long argsTuple) {
        this.args = argsTuple;
    }

    /** Whatever the VM records as this exception's traceback (null until raised). */
    public Object traceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    @Override
    public void traceValues(LongConsumer visitor) {
        super.traceValues(visitor);
        visitor.accept(args);
    }
}
