package dev.bytecodedsl.kit.trace;

/**
 * What a VM tells trace projection about its calls: which function a specialized call site calls,
 * as the call's inline cache names it (CPython reads the function version there and looks the
 * function up in its function version cache). The kit knows no functions, only that the call
 * instruction's expansion ends in the _PUSH_FRAME role and that the callee's code starts at unit 0.
 */
@FunctionalInterface
public interface Callees {
    /** Projection stops at every call. */
    Callees NONE = (code, ip) -> null;

    /**
     * The callee of the call instruction whose own code unit (after any EXTENDED_ARG prefix) is
     * {@code ip} in {@code code}, or null when it is not known (the site is not specialized, or the
     * function is no longer in the VM's cache).
     */
    Callee callee(char[] code, int ip);

    /**
     * A function a call site calls: the version its guard checks (which becomes the operand of the
     * _PUSH_FRAME uop, so the optimizer can find the callee's code too) and its code units.
     */
    record Callee(long version, char[] code) {
    }
}
