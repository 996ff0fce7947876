package dev.bytecodedsl.kit.trace;

/**
 * What running one uop returns, in the generated uop interpreter and in compiled traces alike
 * (docs/jit-abi.md): go on, leave the trace, check the eval breaker, or leave through a label
 * ({@link #FIRST_LABEL} + the label's index in name order).
 */
public final class UopStatus {
    /** Continue with the next uop. */
    public static final int NEXT = 0;
    /** Leave the trace to the uop's target (a guard failed, a deopt, {@code _EXIT_TRACE}). */
    public static final int EXIT = 1;
    /** The eval breaker is pending: handle it, then continue with the next uop. */
    public static final int CHECK_EVAL_BREAKER = 2;
    /** The status of the first label in name order; label {@code i} is {@code FIRST_LABEL + i}. */
    public static final int FIRST_LABEL = 3;

    private UopStatus() {
    }
}
