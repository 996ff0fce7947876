package dev.bytecodedsl.kit;

/**
 * Defined semantics of the DSL's integer arithmetic and intrinsics, for generated Java code of every
 * DSL: where Java's own operators differ from the body language's rules (see the DSL reference's
 * operator table), the lowering calls these. The C side (the stencils' template header) must agree
 * bit for bit. Fixed code, so written once here rather than generated per DSL.
 */
public final class DslMath {
    private DslMath() {
    }

    /**
     * Truncating division; {@code x / 0 == 0}; {@code MIN / -1 == MIN} (as Java defines it).
     */
    public static long div(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    /**
     * Remainder matching {@link #div}: {@code x % 0 == x}, {@code MIN % -1 == 0}.
     */
    public static long rem(long a, long b) {
        return b == 0 ? a : a % b;
    }

    /**
     * Floating-point division (IEEE 754); an overload so lowering needs no types.
     */
    public static double div(double a, double b) {
        return a / b;
    }

    /**
     * Floating-point remainder, truncated like C's {@code fmod}.
     */
    public static double rem(double a, double b) {
        return a % b;
    }

    /**
     * Whether the exact result does not fit in 64 bits (C: {@code __builtin_*_overflow}).
     */
    public static boolean addOverflows(long a, long b) {
        return ((a ^ (a + b)) & (b ^ (a + b))) < 0;
    }

    /**
     * Whether the exact result does not fit in 64 bits (C: {@code __builtin_*_overflow}).
     */
    public static boolean subOverflows(long a, long b) {
        return ((a ^ b) & (a ^ (a - b))) < 0;
    }

    /**
     * Whether the exact result does not fit in 64 bits (C: {@code __builtin_*_overflow}).
     */
    public static boolean mulOverflows(long a, long b) {
        return Math.multiplyHigh(a, b) != ((a * b) >> 63);
    }

    /**
     * A loop condition as a value Java's reachability rules do not look into: a constant
     * {@code while (true)} would make the code after the loop unreachable in Java.
     */
    public static boolean opaque(boolean condition) {
        return condition;
    }
}
