package dev.bytecodedsl.runtime.object;

import dev.bytecodedsl.runtime.PyError;

/** The Java implementation of a builtin function, method or type constructor. */
@FunctionalInterface
public interface BuiltinBody {
    /**
     * @param self   the receiver of a method call, NULL for a plain function call
     * @param args   the positional arguments in {@code args[0..nargs)} (the array may be longer)
     * @param kwargs keyword arguments, or null when there are none
     * @return the result Value (never NULL)
     */
    long call(long self, long[] args, int nargs, PyDict kwargs) throws PyError;
}
