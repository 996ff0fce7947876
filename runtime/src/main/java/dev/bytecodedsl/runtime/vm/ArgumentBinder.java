package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a Python function's parameters, with CPython 3.11's TypeError messages. */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /** The parameter values, in parameter order; throws TypeError when the call does not fit. */
    static long[] bind(ObjectSpace space, PyFunction f, long[] args, PyDict kwargs) {
        RuntimeCode code = f.code();
        int params = code.argCount();
        PyTuple defaults = f.hasDefaults() ? space.heap().tuple(f.defaults()) : null;
        int nDefaults = defaults == null ? 0 : defaults.size();
        if (args.length > params) {
            throw space.errors().typeError(f.qualname() + "() takes " + takes(params - nDefaults, params)
                    + " positional argument" + (params == 1 && nDefaults == 0 ? "" : "s") + " but " + args.length
                    + (args.length == 1 ? " was" : " were") + " given");
        }
        long[] locals = new long[params];
        System.arraycopy(args, 0, locals, 0, args.length);
        if (kwargs != null) {
            bindKeywords(space, f, kwargs, locals, args.length);
        }
        List<String> missing = new ArrayList<>();
        for (int i = args.length; i < params; i++) {
            if (locals[i] != Values.NULL) {
                continue;
            }
            int d = i - (params - nDefaults);
            if (d >= 0) {
                locals[i] = defaults.get(d);
            } else {
                missing.add("'" + code.localName(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw space.errors().typeError(f.qualname() + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
        return locals;
    }

    private static void bindKeywords(ObjectSpace space, PyFunction f, PyDict kwargs, long[] locals, int positional) {
        RuntimeCode code = f.code();
        for (int e = 0; e < kwargs.entryLimit(); e++) {
            long key = kwargs.entryKey(e);
            if (key == Values.NULL) {
                continue;
            }
            String name = space.heap().str(key).value();
            int index = -1;
            for (int i = 0; i < code.argCount(); i++) {
                if (code.localName(i).equals(name)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw space.errors().typeError(f.qualname() + "() got an unexpected keyword argument '" + name + "'");
            }
            if (index < positional || locals[index] != Values.NULL) {
                throw space.errors().typeError(f.qualname() + "() got multiple values for argument '" + name + "'");
            }
            locals[index] = kwargs.entryValue(e);
        }
    }

    private static String takes(int required, int params) {
        return required == params ? Integer.toString(params) : "from " + required + " to " + params;
    }

    /** 'a'; 'a' and 'b'; 'a', 'b', and 'c' */
    private static String joinNames(List<String> names) {
        int n = names.size();
        if (n == 1) {
            return names.getFirst();
        }
        if (n == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, n - 1)) + ", and " + names.get(n - 1);
    }
}
