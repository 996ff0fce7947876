package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.runtime.ObjectSpace;

/**
 * Float arithmetic with CPython's semantics (Objects/floatobject.c): {@code //} and {@code %} take
 * the sign of the divisor and agree with each other ({@code x == (x // y) * y + x % y} up to
 * rounding), and the zero-division and overflow errors carry CPython's messages. Works on unboxed
 * doubles; boxing is the caller's job.
 */
public final class FloatOps {
    private final ObjectSpace space;

    FloatOps(ObjectSpace space) {
        this.space = space;
    }

    /**
     * {@code x op y} for a non-in-place arithmetic NB_* code; the bitwise and shift operators are
     * not float operators (the caller raises TypeError for them).
     */
    public double binary(int op, double x, double y) {
        return switch (op) {
            case (int) DslConstants.NB_ADD -> x + y;
            case (int) DslConstants.NB_SUBTRACT -> x - y;
            case (int) DslConstants.NB_MULTIPLY -> x * y;
            case (int) DslConstants.NB_TRUE_DIVIDE -> {
                if (y == 0.0) {
                    throw space.errors().zeroDivision("float division by zero");
                }
                yield x / y;
            }
            case (int) DslConstants.NB_FLOOR_DIVIDE -> floorDivide(x, y);
            case (int) DslConstants.NB_REMAINDER -> remainder(x, y);
            case (int) DslConstants.NB_POWER -> power(x, y);
            default -> throw new IllegalArgumentException("not a float operator: " + op);
        };
    }

    /** Whether {@code op} (non-in-place NB_*) is defined on floats. */
    public static boolean isFloatOperator(int op) {
        return op == DslConstants.NB_ADD || op == DslConstants.NB_SUBTRACT || op == DslConstants.NB_MULTIPLY
                || op == DslConstants.NB_TRUE_DIVIDE || op == DslConstants.NB_FLOOR_DIVIDE
                || op == DslConstants.NB_REMAINDER || op == DslConstants.NB_POWER;
    }

    /** Python's float {@code %}: the result has the divisor's sign. */
    public double remainder(double x, double y) {
        if (y == 0.0) {
            throw space.errors().zeroDivision("float modulo");
        }
        double mod = x % y; // fmod
        if (mod != 0.0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    /** Python's float {@code //}: CPython's float_divmod, so it agrees with {@link #remainder}. */
    public double floorDivide(double x, double y) {
        if (y == 0.0) {
            throw space.errors().zeroDivision("float floor division by zero");
        }
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0 && (y < 0) != (mod < 0)) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floor = Math.floor(div);
            if (div - floor > 0.5) {
                floor += 1.0;
            }
            return floor;
        }
        return Math.copySign(0.0, x / y);
    }

    /**
     * {@code x ** y} following CPython's float_pow special cases (C's pow differs from Java's for
     * NaN and infinite operands). A negative base with a fractional exponent has a complex result
     * in Python, which the subset does not have: ValueError.
     */
    public double power(double x, double y) {
        if (y == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0.0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(x)) {
            boolean oddInteger = isOddInteger(y);
            if (y > 0.0) {
                return oddInteger ? x : Math.abs(x);
            }
            return oddInteger ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0.0) {
            if (y < 0.0) {
                throw space.errors().zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(y) ? x : 0.0;
        }
        if (x < 0.0 && y != Math.floor(y)) {
            throw space.errors().valueError("negative number cannot be raised to a fractional power");
        }
        // HotSpot's Math.pow intrinsic agrees with glibc's pow (CPython's) on the reference tables,
        // where fdlibm's StrictMath.pow is off by an ulp in a few cases
        double result = Math.pow(x, y);
        if (Double.isInfinite(result)) {
            throw space.errors().overflow("(34, 'Numerical result out of range')");
        }
        return result;
    }

    private static boolean isOddInteger(double y) {
        return y == Math.floor(y) && Math.abs(y) < 0x1p53 && ((long) y & 1) != 0;
    }
}
