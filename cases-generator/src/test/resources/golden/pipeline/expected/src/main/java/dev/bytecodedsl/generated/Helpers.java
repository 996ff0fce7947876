// Generated from bytecodes.def by the cases generator (tier 1). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
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
     * {@code binary_op}, escaping (input.def:7:23)
     */
    long binaryOp(long op, long lhs, long rhs);

    /**
     * {@code call}, escaping (input.def:8:23)
     */
    long call(long callable, int args, long nargs);

    /**
     * {@code push_frame}, escaping (input.def:10:22)
     */
    void pushFrame(long callable, int args, long nargs);

    /**
     * {@code unwind_exception}, escaping (input.def:11:22)
     */
    void unwindException();
}
