package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.PyBigInt;
import dev.bytecodedsl.runtime.value.Values;

import java.math.BigInteger;

/**
 * Integer arithmetic with Python semantics: arbitrary precision, floor division and modulo,
 * {@code **} with a negative exponent giving a float. Small-int operands take allocation-free
 * paths; a result leaves the small range only by becoming a {@link PyBigInt}, and big results that
 * fit are normalized back to small ints.
 */
public final class IntOps {
    /** |x| <= 2^53: the int converts to a double exactly. */
    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private final ObjectSpace space;

    IntOps(ObjectSpace space) {
        this.space = space;
    }

    /** The value of an int-like Value (small int, bool, big int) as a BigInteger. */
    public BigInteger toBig(long v) {
        if (Values.isSmallInt(v)) {
            return BigInteger.valueOf(Values.smallIntValue(v));
        }
        if (v == Values.TRUE) {
            return BigInteger.ONE;
        }
        if (v == Values.FALSE) {
            return BigInteger.ZERO;
        }
        return space.heap().bigInt(v).value();
    }

    /** float(i) for an int-like Value, with CPython's OverflowError for huge ints. */
    public double toDouble(long v) {
        if (Values.isSmallInt(v)) {
            return Values.smallIntValue(v);
        }
        if (Values.isBool(v)) {
            return v == Values.TRUE ? 1.0 : 0.0;
        }
        double d = space.heap().bigInt(v).value().doubleValue();
        if (Double.isInfinite(d)) {
            throw space.errors().overflow("int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code x op y} for two small-int payloads; {@code op} is a non-in-place NB_* code. Allocates only
     * when the result is a big int (or a float for {@code /} and negative powers).
     */
    public long smallBinary(int op, long x, long y) {
        switch (op) {
            case (int) DslConstants.NB_ADD:
                return space.newInt(x + y); // 63-bit payloads: the long sum cannot overflow
            case (int) DslConstants.NB_SUBTRACT:
                return space.newInt(x - y);
            case (int) DslConstants.NB_MULTIPLY: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return space.newInt(lo);
                }
                return space.newInt(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
            }
            case (int) DslConstants.NB_FLOOR_DIVIDE:
                if (y == 0) {
                    throw space.errors().zeroDivision("integer division or modulo by zero");
                }
                return space.newInt(Math.floorDiv(x, y)); // SMALL_INT_MIN / -1 = 2^62 still fits a long
            case (int) DslConstants.NB_REMAINDER:
                if (y == 0) {
                    throw space.errors().zeroDivision("integer modulo by zero");
                }
                return Values.smallInt(Math.floorMod(x, y));
            case (int) DslConstants.NB_TRUE_DIVIDE:
                if (y == 0) {
                    throw space.errors().zeroDivision("division by zero");
                }
                if (Math.abs(x) <= EXACT_DOUBLE_LIMIT && Math.abs(y) <= EXACT_DOUBLE_LIMIT) {
                    return space.newFloat((double) x / (double) y);
                }
                return space.newFloat(trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y)));
            case (int) DslConstants.NB_AND:
                return Values.smallInt(x & y);
            case (int) DslConstants.NB_OR:
                return Values.smallInt(x | y);
            case (int) DslConstants.NB_XOR:
                return Values.smallInt(x ^ y);
            case (int) DslConstants.NB_LSHIFT:
                return shiftLeft(x, y);
            case (int) DslConstants.NB_RSHIFT:
                if (y < 0) {
                    throw space.errors().valueError("negative shift count");
                }
                return Values.smallInt(x >> Math.min(y, 63));
            case (int) DslConstants.NB_POWER:
                return power(x, y);
            default:
                return bigBinary(op, BigInteger.valueOf(x), BigInteger.valueOf(y));
        }
    }

    /** {@code a op y} for int-like Values of which at least one is big. */
    public long binary(int op, long a, long b) {
        a = boolAsInt(a);
        b = boolAsInt(b);
        if (Values.isSmallInt(a) && Values.isSmallInt(b)) {
            return smallBinary(op, Values.smallIntValue(a), Values.smallIntValue(b));
        }
        return bigBinary(op, toBig(a), toBig(b));
    }

    /** True and False as the small ints 1 and 0 (bool is a subclass of int). */
    private static long boolAsInt(long v) {
        return v == Values.TRUE ? Values.smallInt(1) : v == Values.FALSE ? Values.smallInt(0) : v;
    }

    private long bigBinary(int op, BigInteger x, BigInteger y) {
        return switch (op) {
            case (int) DslConstants.NB_ADD -> space.newInt(x.add(y));
            case (int) DslConstants.NB_SUBTRACT -> space.newInt(x.subtract(y));
            case (int) DslConstants.NB_MULTIPLY -> space.newInt(x.multiply(y));
            case (int) DslConstants.NB_FLOOR_DIVIDE -> {
                if (y.signum() == 0) {
                    throw space.errors().zeroDivision("integer division or modulo by zero");
                }
                yield space.newInt(floorDiv(x, y));
            }
            case (int) DslConstants.NB_REMAINDER -> {
                if (y.signum() == 0) {
                    throw space.errors().zeroDivision("integer modulo by zero");
                }
                yield space.newInt(floorMod(x, y));
            }
            case (int) DslConstants.NB_TRUE_DIVIDE -> {
                if (y.signum() == 0) {
                    throw space.errors().zeroDivision("division by zero");
                }
                yield space.newFloat(trueDivide(x, y));
            }
            case (int) DslConstants.NB_AND -> space.newInt(x.and(y));
            case (int) DslConstants.NB_OR -> space.newInt(x.or(y));
            case (int) DslConstants.NB_XOR -> space.newInt(x.xor(y));
            case (int) DslConstants.NB_LSHIFT -> {
                if (y.signum() < 0) {
                    throw space.errors().valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    yield Values.smallInt(0);
                }
                yield space.newInt(x.shiftLeft(shiftCount(y)));
            }
            case (int) DslConstants.NB_RSHIFT -> {
                if (y.signum() < 0) {
                    throw space.errors().valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    yield Values.smallInt(x.signum() < 0 ? -1 : 0);
                }
                yield space.newInt(x.shiftRight(y.intValue()));
            }
            case (int) DslConstants.NB_POWER -> {
                if (y.signum() < 0) {
                    yield space.newFloat(space.numbers().floats().power(toDoubleChecked(x), toDoubleChecked(y)));
                }
                yield space.newInt(x.pow(exponent(x, y)));
            }
            default -> throw new IllegalArgumentException("not an int operator: " + op);
        };
    }

    private long shiftLeft(long x, long count) {
        if (count < 0) {
            throw space.errors().valueError("negative shift count");
        }
        if (x == 0) {
            return Values.smallInt(0);
        }
        if (count < 62) {
            long shifted = x << count;
            if ((shifted >> count) == x && Values.fitsSmallInt(shifted)) {
                return Values.smallInt(shifted);
            }
        }
        return space.newInt(BigInteger.valueOf(x).shiftLeft(shiftCount(BigInteger.valueOf(count))));
    }

    private int shiftCount(BigInteger count) {
        if (count.bitLength() > 31) {
            throw space.errors().overflow("too many digits in integer");
        }
        return count.intValue();
    }

    private long power(long base, long exp) {
        if (exp < 0) {
            return space.newFloat(space.numbers().floats().power(base, exp));
        }
        // square-and-multiply in longs while nothing overflows; BigInteger only for big results
        long result = 1;
        long b = base;
        long e = exp;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, b);
                long lo = result * b;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    break;
                }
                result = lo;
            }
            e >>= 1;
            if (e == 0) {
                return space.newInt(result);
            }
            long hi = Math.multiplyHigh(b, b);
            long lo = b * b;
            if (hi != 0 || lo < 0) {
                break;
            }
            b = lo;
        }
        BigInteger x = BigInteger.valueOf(base);
        return space.newInt(x.pow(exponent(x, BigInteger.valueOf(exp))));
    }

    /** The exponent as an int; bases other than 0 and ±1 with a huge exponent cannot be represented. */
    private int exponent(BigInteger base, BigInteger exp) {
        if (exp.bitLength() <= 31) {
            return exp.intValue();
        }
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            return exp.testBit(0) ? 1 : 2; // 0, 1 and -1 only depend on the parity (0**2 == 0)
        }
        throw space.errors().raise(dev.bytecodedsl.runtime.object.BuiltinException.MEMORY_ERROR, "");
    }

    private double toDoubleChecked(BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw space.errors().overflow("int too large to convert to float");
        }
        return d;
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorMod(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            return r.add(y);
        }
        return r;
    }

    /**
     * x / y correctly rounded (for normal results): a quotient of 55-56 significant bits whose
     * lowest bit is sticky (set when the division was inexact) rounds to 53 bits exactly as the
     * infinitely precise quotient would.
     */
    double trueDivide(BigInteger x, BigInteger y) {
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger n = x.abs();
        BigInteger d = y.abs();
        if (n.signum() == 0) {
            return y.signum() < 0 ? -0.0 : 0.0; // as 0.0 / y
        }
        int shift = n.bitLength() - d.bitLength() - 55;
        if (shift > 0) {
            d = d.shiftLeft(shift);
        } else {
            n = n.shiftLeft(-shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        long q = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        double result = Math.scalb((double) q, shift);
        if (Double.isInfinite(result)) {
            throw space.errors().overflow("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    /** -v for an int-like Value. */
    public long negate(long v) {
        if (Values.isSmallInt(v)) {
            return space.newInt(-Values.smallIntValue(v));
        }
        return space.newInt(toBig(v).negate());
    }

    /** ~v for an int-like Value. */
    public long invert(long v) {
        if (Values.isSmallInt(v)) {
            return Values.smallInt(~Values.smallIntValue(v));
        }
        return space.newInt(toBig(v).not());
    }

    /** abs(v) for an int-like Value. */
    public long abs(long v) {
        if (Values.isSmallInt(v)) {
            return space.newInt(Math.abs(Values.smallIntValue(v)));
        }
        return space.newInt(toBig(v).abs());
    }

    /** The sign of an int-like Value: -1, 0 or 1. */
    public int signum(long v) {
        if (Values.isSmallInt(v)) {
            return Long.signum(Values.smallIntValue(v));
        }
        return toBig(v).signum();
    }
}
