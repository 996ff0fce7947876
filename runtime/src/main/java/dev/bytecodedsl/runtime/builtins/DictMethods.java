package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyDictIter;
import dev.bytecodedsl.runtime.object.PyDictView;
import dev.bytecodedsl.runtime.value.Values;

/** dict.keys, values, items, get, pop, update, setdefault, copy, clear. */
final class DictMethods {
    private DictMethods() {
    }

    static MethodTable table(ObjectSpace space, Args args) {
        MethodTable t = new MethodTable(space, "dict");
        t.add("keys", (self, a, n, kw) -> view(space, args, "dict.keys", self, n, kw, PyDictIter.Kind.KEYS));
        t.add("values", (self, a, n, kw) -> view(space, args, "dict.values", self, n, kw, PyDictIter.Kind.VALUES));
        t.add("items", (self, a, n, kw) -> view(space, args, "dict.items", self, n, kw, PyDictIter.Kind.ITEMS));
        t.add("get", (self, a, n, kw) -> {
            args.noKeywords("dict.get", kw);
            args.between("get", n, 1, 2);
            long v = dict(space, self).get(a[0]);
            return v != Values.NULL ? v : Args.optional(a, n, 1, Values.NONE);
        });
        t.add("pop", (self, a, n, kw) -> {
            args.noKeywords("dict.pop", kw);
            args.between("pop", n, 1, 2);
            long v = dict(space, self).remove(a[0]);
            if (v != Values.NULL) {
                return v;
            }
            if (n == 2) {
                return a[1];
            }
            throw space.errors().keyError(a[0]);
        });
        t.add("setdefault", (self, a, n, kw) -> {
            args.noKeywords("dict.setdefault", kw);
            args.between("setdefault", n, 1, 2);
            PyDict d = dict(space, self);
            long v = d.get(a[0]);
            if (v != Values.NULL) {
                return v;
            }
            long dflt = Args.optional(a, n, 1, Values.NONE);
            d.put(a[0], dflt);
            return dflt;
        });
        t.add("update", (self, a, n, kw) -> {
            if (n > 1) {
                throw space.errors().typeError("update expected at most 1 argument, got " + n);
            }
            PyDict d = dict(space, self);
            if (n == 1) {
                space.mappings().update(d, a[0]);
            }
            if (kw != null) {
                space.mappings().updateFromDict(d, kw);
            }
            return Values.NONE;
        });
        t.add("copy", (self, a, n, kw) -> {
            args.none("dict.copy", n, kw);
            return space.heap().allocate(space.mappings().copy(dict(space, self)));
        });
        t.add("clear", (self, a, n, kw) -> {
            args.none("dict.clear", n, kw);
            dict(space, self).clear();
            return Values.NONE;
        });
        return t;
    }

    private static long view(ObjectSpace space, Args args, String name, long self, int n,
                             dev.bytecodedsl.runtime.object.PyDict kw, PyDictIter.Kind kind) {
        args.none(name, n, kw);
        return space.heap().allocate(new PyDictView(self, dict(space, self), kind));
    }

    private static PyDict dict(ObjectSpace space, long self) {
        return space.heap().dict(self);
    }
}
