package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyList;
import dev.bytecodedsl.runtime.object.PyObject;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.object.PyTuple;
import dev.bytecodedsl.runtime.value.Values;

import java.util.Locale;

/** str.join, split, upper, lower, strip, startswith, endswith, replace, find, count. */
final class StrMethods {
    private StrMethods() {
    }

    static MethodTable table(ObjectSpace space, Args args) {
        MethodTable t = new MethodTable(space, "str");
        t.add("join", (self, a, n, kw) -> {
            args.one("str.join", n, kw);
            return space.newStr(join(space, str(space, self).value(), a[0]));
        });
        t.add("split", (self, a, n, kw) -> {
            args.between("split", n, 0, 2);
            long sep = n > 0 ? a[0] : orNone(args.keyword("split", kw, "sep", "maxsplit"));
            long max = n > 1 ? a[1] : args.keyword("split", kw, "maxsplit", "sep");
            int maxSplit = max == Values.NULL ? -1
                    : (int) Math.clamp(space.conversions().asIndex(max, BuiltinException.OVERFLOW_ERROR), -1, Integer.MAX_VALUE);
            String s = str(space, self).value();
            return sep == Values.NONE ? splitWhitespace(space, s, maxSplit)
                    : splitOn(space, s, argStr(space, "must be str or None", sep), maxSplit);
        });
        t.add("upper", (self, a, n, kw) -> {
            args.none("str.upper", n, kw);
            return space.newStr(str(space, self).value().toUpperCase(Locale.ROOT));
        });
        t.add("lower", (self, a, n, kw) -> {
            args.none("str.lower", n, kw);
            return space.newStr(str(space, self).value().toLowerCase(Locale.ROOT));
        });
        t.add("strip", (self, a, n, kw) -> {
            args.noKeywords("str.strip", kw);
            args.between("strip", n, 0, 1);
            long chars = Args.optional(a, n, 0, Values.NONE);
            String s = str(space, self).value();
            String set = chars == Values.NONE ? null : argStr(space, "must be None or str", chars);
            return space.newStr(strip(s, set));
        });
        t.add("startswith", (self, a, n, kw) -> {
            args.noKeywords("str.startswith", kw);
            args.between("startswith", n, 1, 1);
            return affix(space, "startswith", str(space, self).value(), a[0], true);
        });
        t.add("endswith", (self, a, n, kw) -> {
            args.noKeywords("str.endswith", kw);
            args.between("endswith", n, 1, 1);
            return affix(space, "endswith", str(space, self).value(), a[0], false);
        });
        t.add("replace", (self, a, n, kw) -> {
            args.noKeywords("str.replace", kw);
            args.between("replace", n, 2, 3);
            String s = str(space, self).value();
            String old = argStr(space, "replace() argument 1 must be str", a[0]);
            String replacement = argStr(space, "replace() argument 2 must be str", a[1]);
            long count = n > 2 ? space.conversions().asIndex(a[2], BuiltinException.OVERFLOW_ERROR) : -1;
            return space.newStr(replace(s, old, replacement, count));
        });
        t.add("find", (self, a, n, kw) -> {
            args.noKeywords("str.find", kw);
            args.between("find", n, 1, 2);
            PyStr s = str(space, self);
            String sub = argStr(space, "must be str", a[0]);
            int from = 0;
            if (n > 1) {
                // str.find(sub, start): a negative start counts from the end, as in slices
                long start = space.conversions().asIndex(a[1], BuiltinException.OVERFLOW_ERROR);
                start = start < 0 ? Math.max(0, start + s.length()) : start;
                if (start > s.length()) {
                    return Values.smallInt(-1);
                }
                from = s.charOffset((int) start);
            }
            int at = s.value().indexOf(sub, from);
            return Values.smallInt(at < 0 ? -1 : s.value().codePointCount(0, at));
        });
        t.add("count", (self, a, n, kw) -> {
            args.noKeywords("str.count", kw);
            args.between("count", n, 1, 1);
            PyStr s = str(space, self);
            String sub = argStr(space, "must be str", a[0]);
            if (sub.isEmpty()) {
                return Values.smallInt(s.length() + 1);
            }
            int count = 0;
            for (int at = s.value().indexOf(sub); at >= 0; at = s.value().indexOf(sub, at + sub.length())) {
                count++;
            }
            return Values.smallInt(count);
        });
        return t;
    }

    private static long orNone(long v) {
        return v == Values.NULL ? Values.NONE : v;
    }

    private static PyStr str(ObjectSpace space, long self) {
        return space.heap().str(self);
    }

    /** A str argument, else TypeError "{what}, not int". */
    private static String argStr(ObjectSpace space, String what, long v) {
        if (Values.isObject(v) && space.heap().get(v) instanceof PyStr s) {
            return s.value();
        }
        throw space.errors().typeError(what + ", not " + space.typeName(v));
    }

    private static String join(ObjectSpace space, String separator, long iterable) {
        long[] items = space.iteration().toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(Values.isHandle(items[i]) && space.heap().get(items[i]) instanceof PyStr s)) {
                throw space.errors().typeError("sequence item " + i + ": expected str instance, "
                        + space.typeName(items[i]) + " found");
            }
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(s.value());
        }
        return sb.toString();
    }

    /** Python's str.isspace for one character. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static long splitWhitespace(ObjectSpace space, String s, int maxSplit) {
        PyList result = new PyList();
        int i = 0;
        int splits = 0;
        while (true) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                break;
            }
            if (maxSplit >= 0 && splits == maxSplit) {
                result.append(space.newStr(s.substring(i))); // the rest keeps its trailing space
                break;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            result.append(space.newStr(s.substring(start, i)));
            splits++;
        }
        return space.heap().allocate(result);
    }

    private static long splitOn(ObjectSpace space, String s, String sep, int maxSplit) {
        if (sep.isEmpty()) {
            throw space.errors().valueError("empty separator");
        }
        PyList result = new PyList();
        int start = 0;
        int splits = 0;
        for (int at = s.indexOf(sep); at >= 0 && (maxSplit < 0 || splits < maxSplit); at = s.indexOf(sep, start)) {
            result.append(space.newStr(s.substring(start, at)));
            start = at + sep.length();
            splits++;
        }
        result.append(space.newStr(s.substring(start)));
        return space.heap().allocate(result);
    }

    private static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && stripped(s.charAt(start), chars)) {
            start++;
        }
        while (end > start && stripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    private static long affix(ObjectSpace space, String method, String s, long affix, boolean prefix) {
        if (Values.isHandle(affix)) {
            // instanceof, not a pattern switch, which costs a hidden class at start-up (docs/benchmarks.md)
            PyObject obj = space.heap().get(affix);
            if (obj instanceof PyStr p) {
                return Values.fromBool(prefix ? s.startsWith(p.value()) : s.endsWith(p.value()));
            } else if (obj instanceof PyTuple options) {
                for (long option : options.toArray()) {
                    if (affix(space, method, s, option, prefix) == Values.TRUE) {
                        return Values.TRUE;
                    }
                }
                return Values.FALSE;
            }
        }
        throw space.errors().typeError(method + " first arg must be str or a tuple of str, not " + space.typeName(affix));
    }

    private static String replace(String s, String old, String replacement, long count) {
        if (count < 0) {
            return s.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder();
        int start = 0;
        long done = 0;
        if (old.isEmpty()) {
            // CPython inserts the replacement before every character and at the end
            for (int i = 0; i <= s.length() && done < count; i++, done++) {
                sb.append(s, start, i).append(replacement);
                start = i;
            }
            return sb.append(s, start, s.length()).toString();
        }
        for (int at = s.indexOf(old); at >= 0 && done < count; at = s.indexOf(old, start), done++) {
            sb.append(s, start, at).append(replacement);
            start = at + old.length();
        }
        return sb.append(s, start, s.length()).toString();
    }
}
