package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.value.Values;

/** Argument-count and keyword checks with CPython's messages (which differ by calling convention). */
final class Args {
    private final ObjectSpace space;

    Args(ObjectSpace space) {
        this.space = space;
    }

    /** METH_NOARGS: {@code list.copy() takes no arguments (1 given)}. */
    void none(String name, int nargs, PyDict kwargs) {
        noKeywords(name, kwargs);
        if (nargs != 0) {
            throw space.errors().typeError(name + "() takes no arguments (" + nargs + " given)");
        }
    }

    /** METH_O: {@code len() takes exactly one argument (2 given)}. */
    void one(String name, int nargs, PyDict kwargs) {
        noKeywords(name, kwargs);
        if (nargs != 1) {
            throw space.errors().typeError(name + "() takes exactly one argument (" + nargs + " given)");
        }
    }

    /** Argument clinic: {@code pop expected at most 1 argument, got 2}, {@code insert expected 2 arguments, got 1}. */
    void between(String name, int nargs, int min, int max) {
        if (nargs >= min && nargs <= max) {
            return;
        }
        String bound;
        int n;
        if (min == max) {
            bound = "";
            n = min;
        } else if (nargs < min) {
            bound = "at least ";
            n = min;
        } else {
            bound = "at most ";
            n = max;
        }
        throw space.errors().typeError(name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s")
                + ", got " + nargs);
    }

    void noKeywords(String name, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw space.errors().typeError(name + "() takes no keyword arguments");
        }
    }

    /** The keyword argument {@code name}, or NULL; rejects keywords outside {@code allowed}. */
    long keyword(String function, PyDict kwargs, String name, String... allowed) {
        if (kwargs == null) {
            return Values.NULL;
        }
        for (int i = 0; i < kwargs.entryLimit(); i++) {
            long key = kwargs.entryKey(i);
            if (key == Values.NULL) {
                continue;
            }
            String k = space.heap().str(key).value();
            if (!k.equals(name) && !java.util.Arrays.asList(allowed).contains(k)) {
                throw space.errors().typeError("'" + k + "' is an invalid keyword argument for " + function + "()");
            }
        }
        return kwargs.get(space.strings().intern(name));
    }

    /** The argument at i, or {@code dflt} when fewer were passed. */
    static long optional(long[] args, int nargs, int i, long dflt) {
        return i < nargs ? args[i] : dflt;
    }
}
