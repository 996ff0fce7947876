package dev.bytecodedsl.runtime.builtins;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.os.Stdout;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.PyDict;
import dev.bytecodedsl.runtime.object.PyFloat;
import dev.bytecodedsl.runtime.object.PyStr;
import dev.bytecodedsl.runtime.value.Values;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The bodies of the builtin functions that are not types: print, len, abs, min, max, sum, repr, round, sorted, chr, ord, isinstance. */
final class BuiltinFunctions {
    private final ObjectSpace space;
    private final Args args;
    private final PrintStream out;

    BuiltinFunctions(ObjectSpace space, PrintStream out) {
        this.space = space;
        this.args = new Args(space);
        this.out = out;
    }

    /** print(*values, sep=' ', end='\n', flush=False); {@code file} is not supported. */
    long print(long self, long[] a, int n, PyDict kw) {
        String sep = separator(args.keyword("print", kw, "sep", "end", "flush"), " ", "sep");
        String end = separator(args.keyword("print", kw, "end", "sep", "flush"), "\n", "end");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(space.reprs().str(a[i]));
        }
        sb.append(end);
        out.print(sb);
        long flush = args.keyword("print", kw, "flush", "sep", "end");
        if (flush != Values.NULL && space.comparisons().isTrue(flush)) {
            out.flush();
        }
        if (out instanceof Stdout stdout && stdout.takeFailure() instanceof IOException e) {
            throw writeError(e);
        }
        return Values.NONE;
    }

    /** A failed write to stdout as CPython reports it: a closed pipe is {@code [Errno 32] Broken pipe}. */
    private PyError writeError(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Broken pipe")) {
            return space.errors().raise(BuiltinException.BROKEN_PIPE_ERROR, "[Errno 32] Broken pipe");
        }
        return space.errors().raise(BuiltinException.OS_ERROR, message);
    }

    private String separator(long v, String dflt, String name) {
        if (v == Values.NULL || v == Values.NONE) {
            return dflt;
        }
        if (Values.isObject(v) && space.heap().get(v) instanceof PyStr s) {
            return s.value();
        }
        throw space.errors().typeError(name + " must be None or a string, not " + space.typeName(v));
    }

    long len(long self, long[] a, int n, PyDict kw) {
        args.one("len", n, kw);
        return space.newInt(space.sequences().length(a[0]));
    }

    long abs(long self, long[] a, int n, PyDict kw) {
        args.one("abs", n, kw);
        return space.numbers().abs(a[0]);
    }

    long repr(long self, long[] a, int n, PyDict kw) {
        args.one("repr", n, kw);
        return space.newStr(space.reprs().repr(a[0]));
    }

    long min(long self, long[] a, int n, PyDict kw) {
        return extreme("min", (int) DslConstants.COMPARE_LT, a, n, kw);
    }

    long max(long self, long[] a, int n, PyDict kw) {
        return extreme("max", (int) DslConstants.COMPARE_GT, a, n, kw);
    }

    /** min/max over one iterable or several arguments; the first of equal extremes wins. */
    private long extreme(String name, int comparison, long[] a, int n, PyDict kw) {
        args.noKeywords(name, kw);
        if (n == 0) {
            throw space.errors().typeError(name + " expected at least 1 argument, got 0");
        }
        long[] items = n == 1 ? space.iteration().toArray(a[0]) : a;
        int count = n == 1 ? items.length : n;
        if (count == 0) {
            throw space.errors().valueError(name + "() arg is an empty sequence");
        }
        long best = items[0];
        for (int i = 1; i < count; i++) {
            if (space.comparisons().compareSlow(comparison, items[i], best)) {
                best = items[i];
            }
        }
        return best;
    }

    /** sum(iterable, start=0), adding small ints without allocation until one overflows. */
    long sum(long self, long[] a, int n, PyDict kw) {
        args.between("sum", n, 1, 2);
        long start = n > 1 ? a[1] : args.keyword("sum", kw, "start");
        long total = start == Values.NULL ? Values.smallInt(0) : start;
        if (Values.isObject(total) && space.heap().get(total) instanceof PyStr) {
            throw space.errors().typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        long it = space.iteration().getIter(a[0]);
        for (long x = space.iteration().next(it); x != Values.NULL; x = space.iteration().next(it)) {
            total = space.numbers().binaryOp((int) DslConstants.NB_ADD, total, x);
        }
        return total;
    }

    /** round(number, ndigits=None): half-even, on the exact binary value of floats (as CPython). */
    long round(long self, long[] a, int n, PyDict kw) {
        args.noKeywords("round", kw);
        args.between("round", n, 1, 2);
        long x = a[0];
        long digits = Args.optional(a, n, 1, Values.NONE);
        boolean isFloat = Values.isFloat(x) || Values.isHandle(x) && space.heap().get(x) instanceof PyFloat;
        if (!isFloat && !space.numbers().isInt(x)) {
            throw space.errors().typeError("type " + space.typeName(x) + " doesn't define __round__ method");
        }
        if (digits == Values.NONE) {
            return isFloat ? space.conversions().floatToInt(Math.rint(space.heap().floatValue(x)))
                    : space.numbers().positive(x);
        }
        long nd = space.conversions().asIndex(digits, BuiltinException.OVERFLOW_ERROR);
        if (isFloat) {
            return space.newFloat(roundFloat(space.heap().floatValue(x), nd));
        }
        if (nd >= 0) {
            return space.numbers().positive(x);
        }
        BigDecimal rounded = new BigDecimal(space.numbers().ints().toBig(x))
                .setScale((int) Math.max(nd, -400_000), RoundingMode.HALF_EVEN);
        return space.newInt(rounded.toBigInteger());
    }

    private static double roundFloat(double d, long ndigits) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0 || ndigits > 330) {
            return d;
        }
        if (ndigits < -330) {
            return Math.copySign(0.0, d);
        }
        double r = new BigDecimal(d).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        return r == 0.0 ? Math.copySign(0.0, d) : r;
    }

    long sorted(long self, long[] a, int n, PyDict kw) {
        if (n != 1) {
            throw space.errors().typeError("sorted expected 1 argument, got " + n);
        }
        long list = space.iteration().toList(a[0]);
        ListMethods.sort(space, args, "sorted", space.heap().list(list), kw);
        return list;
    }

    long chr(long self, long[] a, int n, PyDict kw) {
        args.one("chr", n, kw);
        if (!space.numbers().isInt(a[0])) {
            throw space.errors().typeError("'" + space.typeName(a[0]) + "' object cannot be interpreted as an integer");
        }
        long c = space.conversions().asIndex(a[0], BuiltinException.OVERFLOW_ERROR);
        if (c < 0 || c > Character.MAX_CODE_POINT) {
            throw space.errors().valueError("chr() arg not in range(0x110000)");
        }
        return space.strings().ofCodePoint((int) c);
    }

    long ord(long self, long[] a, int n, PyDict kw) {
        args.one("ord", n, kw);
        if (!(Values.isObject(a[0]) && space.heap().get(a[0]) instanceof PyStr s)) {
            throw space.errors().typeError("ord() expected string of length 1, but " + space.typeName(a[0]) + " found");
        }
        if (s.length() != 1) {
            throw space.errors().typeError("ord() expected a character, but string of length " + s.length() + " found");
        }
        return Values.smallInt(s.codePointAt(0));
    }

    long isinstance(long self, long[] a, int n, PyDict kw) {
        args.noKeywords("isinstance", kw);
        args.between("isinstance", n, 2, 2);
        return Values.fromBool(space.attributes().isInstance(a[0], a[1]));
    }
}
