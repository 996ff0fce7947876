// Generated from input.def by the cases generator (tier 2). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The runtime as the uop interpreter sees it: tier 1's context plus uop statistics.
 */
public interface UopContext extends InterpreterContext {
    /**
     * One execution of a uop (only called when statistics are enabled).
     */
    void countUop(int uop);
}
