package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.value.Values;

/** list.append, pop, insert, extend, index, count, reverse, sort, copy, remove, clear. */
final class ListMethods {
    private ListMethods() {
    }

    static MethodTable table(ObjectSpace space, Args args) {
        MethodTable t = new MethodTable(space, "list");
        t.add("append", (self, a, n, kw) -> {
            args.one("list.append", n, kw);
            list(space, self).append(a[0]);
            return Values.NONE;
        });
        t.add("extend", (self, a, n, kw) -> {
            args.one("list.extend", n, kw);
            long[] items = space.iteration().toArray(a[0]);
            list(space, self).appendAll(items, 0, items.length);
            return Values.NONE;
        });
        t.add("pop", (self, a, n, kw) -> {
            args.noKeywords("list.pop", kw);
            args.between("pop", n, 0, 1);
            PyList l = list(space, self);
            if (l.size() == 0) {
                throw space.errors().indexError("pop from empty list");
            }
            long i = n == 0 ? -1 : space.conversions().asSsize(a[0], BuiltinException.INDEX_ERROR);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw space.errors().indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.add("insert", (self, a, n, kw) -> {
            args.noKeywords("list.insert", kw);
            args.between("insert", n, 2, 2);
            PyList l = list(space, self);
            long i = space.conversions().asSsize(a[0], BuiltinException.OVERFLOW_ERROR);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), a[1]);
            return Values.NONE;
        });
        t.add("index", (self, a, n, kw) -> {
            args.noKeywords("list.index", kw);
            args.between("index", n, 1, 3);
            PyList l = list(space, self);
            int start = n > 1 ? clampIndex(space, a[1], l.size()) : 0;
            int stop = n > 2 ? clampIndex(space, a[2], l.size()) : l.size();
            for (int i = start; i < stop && i < l.size(); i++) {
                long x = l.get(i);
                if (x == a[0] || space.comparisons().equal(x, a[0])) {
                    return Values.smallInt(i);
                }
            }
            throw space.errors().valueError(space.reprs().repr(a[0]) + " is not in list");
        });
        t.add("count", (self, a, n, kw) -> {
            args.one("list.count", n, kw);
            PyList l = list(space, self);
            int count = 0;
            for (int i = 0; i < l.size(); i++) {
                long x = l.get(i);
                if (x == a[0] || space.comparisons().equal(x, a[0])) {
                    count++;
                }
            }
            return Values.smallInt(count);
        });
        t.add("remove", (self, a, n, kw) -> {
            args.one("list.remove", n, kw);
            PyList l = list(space, self);
            int i = space.sequences().indexOf(l, a[0]);
            if (i < 0) {
                throw space.errors().valueError("list.remove(x): x not in list");
            }
            l.remove(i);
            return Values.NONE;
        });
        t.add("reverse", (self, a, n, kw) -> {
            args.none("list.reverse", n, kw);
            list(space, self).reverse();
            return Values.NONE;
        });
        t.add("clear", (self, a, n, kw) -> {
            args.none("list.clear", n, kw);
            list(space, self).clear();
            return Values.NONE;
        });
        t.add("copy", (self, a, n, kw) -> {
            args.none("list.copy", n, kw);
            PyList l = list(space, self);
            return space.newList(l.toArray(), l.size());
        });
        t.add("sort", (self, a, n, kw) -> {
            if (n != 0) {
                throw space.errors().typeError("sort() takes no positional arguments");
            }
            sort(space, args, "sort", list(space, self), kw);
            return Values.NONE;
        });
        return t;
    }

    /** list.sort's keywords: {@code reverse}; {@code key} only as None (calling Python is the VM's). */
    static void sort(ObjectSpace space, Args args, String function, PyList l, dev.bytecodedsl.runtime.object.PyDict kw) {
        long key = args.keyword(function, kw, "key", "reverse");
        if (key != Values.NULL && key != Values.NONE) {
            throw space.errors().raise(BuiltinException.NOT_IMPLEMENTED_ERROR, function + "() with a key function");
        }
        long reverse = args.keyword(function, kw, "reverse", "key");
        boolean descending = reverse != Values.NULL && space.comparisons().isTrue(reverse);
        long[] items = l.toArray();
        Sorting.sort(items, items.length, descending, space.comparisons());
        l.setAll(items, items.length);
    }

    private static int clampIndex(ObjectSpace space, long v, int size) {
        long i = space.conversions().asIndex(v, BuiltinException.OVERFLOW_ERROR);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }

    private static PyList list(ObjectSpace space, long self) {
        return space.heap().list(self);
    }
}
