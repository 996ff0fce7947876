package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyClass;
import dev.bytecodedsl.runtime.value.Values;

/**
 * The builtin {@code __build_class__(body, name[, base])}: runs the class body with a fresh
 * namespace (LOAD_NAME/STORE_NAME) and makes a class of it.
 */
final class ClassBuilder {
    private final ObjectSpace space;
    private final Globals globals;
    private final Calls calls;
    private final TempRoots roots;

    ClassBuilder(ObjectSpace space, Globals globals, Calls calls, TempRoots roots) {
        this.space = space;
        this.globals = globals;
        this.calls = calls;
        this.roots = roots;
    }

    long build(long[] args, int nargs) {
        if (nargs < 2 || !(space.heap().get(args[0]) instanceof PyFunction body)) {
            throw space.errors().typeError("__build_class__: func must be a function");
        }
        String name = space.heap().str(args[1]).value();
        long baseValue = Values.NULL;
        PyClass base = null;
        if (nargs > 2) {
            if (!(space.heap().get(args[2]) instanceof PyClass c)) {
                throw space.errors().typeError("bases must be types");
            }
            baseValue = args[2];
            base = c;
        }
        long dictValue = space.newDict();
        roots.push(dictValue);
        try {
            calls.runClassBody(body, args[0], globals.namespace(dictValue));
        } finally {
            roots.pop();
        }
        return space.heap().allocate(PyClass.user(name, "__main__", baseValue, base, space.heap().dict(dictValue)));
    }
}
