package dev.bytecodedsl.runtime;

/**
 * A Python exception raised by Java code. It carries the exception instance's Value; the VM turns
 * it into "pending exception + NULL result" at the helper boundary. It has no Java stack trace:
 * raising is control flow here (e.g. every failed dict lookup behind {@code except KeyError}), and
 * filling in a stack trace would dominate its cost.
 *
 * <p>The exception object is already allocated when a PyError is thrown, so the VM must make it a
 * root (e.g. its pending-exception slot) before the next collection.
 */
public final class PyError extends RuntimeException {
    private final long exception;

    /**
     * @param exception   the exception instance's handle
     * @param description for Java-side diagnostics only, e.g. {@code KeyError: 'x'} (may be null)
     */
    public PyError(long exception, String description) {
        super(description, null, false, false);
        this.exception = exception;
    }

    /** The exception instance (a handle of a {@code PyExceptionInstance}). */
    public long exception() {
        return exception;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
