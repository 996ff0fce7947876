package dev.bytecodedsl.python.compile;

/**
 * A program nested deeper than the front end goes, reported as CPython reports it: nesting deeper
 * than its parser's stack is {@code MemoryError}, deeper than its compiler's recursion limit is
 * {@code RecursionError}. Thrown instead of a diagnostic because, like CPython's, it is not a
 * SyntaxError: no file position, just the exception line.
 */
public final class CompilationLimitError extends RuntimeException {
    /** CPython's compiler recursion limit: 3 x the default recursion limit of 1000. */
    public static final int MAX_DEPTH = 3000;

    private CompilationLimitError(String pythonLine) {
        super(pythonLine, null, false, false);
    }

    public static CompilationLimitError recursion() {
        return new CompilationLimitError("RecursionError: maximum recursion depth exceeded during compilation");
    }

    public static CompilationLimitError memory() {
        return new CompilationLimitError("MemoryError");
    }

    /** The line CPython prints (and the whole of its report). */
    public String pythonLine() {
        return getMessage();
    }
}
