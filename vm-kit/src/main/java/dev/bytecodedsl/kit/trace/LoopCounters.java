package dev.bytecodedsl.kit.trace;

/**
 * The VM's hot-loop counter in a JUMP_BACKWARD's inline cache: its encoding (CPython's backoff
 * counter, or anything else) is the VM's own. The kit only asks to back it off when a loop could
 * not get a trace or its executor died, so that the next attempt comes later.
 */
@FunctionalInterface
public interface LoopCounters {
    /** Backs off the counter of the JUMP_BACKWARD whose own code unit is {@code jumpIp}. */
    void backOff(char[] code, int jumpIp);
}
