// Generated from input.def by the cases generator (tier 1). Do not edit.
// To change it, edit input.def and run: ./casegen generate
package dev.bytecodedsl.generated;

/**
 * The helpers declared with {@code extern} in bytecodes.def, implemented by the runtime.
 * <p>Types: Value and int are {@code long}, double is {@code double}, bool is {@code boolean}.
 * An array parameter ({@code Value[]}) is the {@code int} index of its first slot in the
 * native value stack ({@link InterpreterContext#stack()}); output arrays are written there.
 * Conventions (escaping, steal, error results) are those of the bytecodes.def header.
 */
public interface Helpers {
    /**
     * {@code extern binary_op}, escaping
     */
    long binaryOp(long op, long lhs, long rhs);

    /**
     * {@code extern call}, escaping
     */
    long call(long callable, int args, long nargs);

    /**
     * {@code extern push_frame}, escaping
     */
    void pushFrame(long callable, int args, long nargs);

    /**
     * {@code extern unwind_exception}, escaping
     */
    void unwindException();
}
