package dev.bytecodedsl.python.repr;

import java.math.BigDecimal;

/**
 * repr(float) exactly as CPython prints it: the shortest digit string that round-trips, laid out
 * in fixed notation when the decimal exponent is in [-4, 16) and in scientific notation
 * ({@code 1e+16}, {@code 1.5e-05}) otherwise, with ".0" added to integral fixed values.
 *
 * <p>The digits come from {@link Double#toString(double)}, which since JDK 19 produces the shortest
 * round-tripping decimal, with one exception: when a single digit would do, it may pick a closer
 * two-digit decimal ({@code 4.9E-324} where Python prints {@code 5e-324}), so two-digit results are
 * checked for a one-digit alternative.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    /** Shortest digits and the decimal point position: value = 0.DIGITS * 10^point. */
    private record Decimal(String digits, int point) {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        if (d == 0.0) {
            return sign + "0.0";
        }
        Decimal dec = shortest(Math.abs(d));
        return sign + layout(dec.digits(), dec.point());
    }

    private static String layout(String digits, int point) {
        int exponent = point - 1;
        if (exponent < -4 || exponent >= 16) {
            StringBuilder sb = new StringBuilder();
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            return sb.append(abs).toString();
        }
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length()) + ".0";
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    /** The shortest round-tripping digits of a positive finite double. */
    private static Decimal shortest(double d) {
        Decimal dec = parseJava(Double.toString(d));
        if (dec.digits().length() == 2) {
            Decimal one = oneDigitAlternative(d, dec);
            if (one != null) {
                return one;
            }
        }
        return dec;
    }

    /** Java's output "ddd.ddd" or "d.dddE[-]n", as digits without leading/trailing zeros and a point. */
    private static Decimal parseJava(String s) {
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + exponent;
        int leading = 0;
        while (leading < digits.length() - 1 && digits.charAt(leading) == '0') {
            leading++;
        }
        digits = digits.substring(leading);
        point -= leading;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(digits.substring(0, end), point);
    }

    /**
     * A one-digit decimal that also rounds to d (Python prefers it for being shorter), the closer
     * of the two candidates around the two-digit one when both do.
     */
    private static Decimal oneDigitAlternative(double d, Decimal two) {
        int first = two.digits().charAt(0) - '0';
        Decimal down = new Decimal(String.valueOf(first), two.point());
        Decimal up = first == 9 ? new Decimal("1", two.point() + 1) : new Decimal(String.valueOf(first + 1), two.point());
        boolean downOk = roundTrips(down, d);
        boolean upOk = roundTrips(up, d);
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(d);
            return value(down).subtract(exact).abs().compareTo(value(up).subtract(exact).abs()) <= 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static BigDecimal value(Decimal dec) {
        return new BigDecimal(new java.math.BigInteger(dec.digits()), dec.digits().length() - dec.point());
    }

    private static boolean roundTrips(Decimal dec, double d) {
        return Double.parseDouble("0." + dec.digits() + "E" + dec.point()) == d;
    }
}
