package dev.bytecodedsl.kit.jit;

/**
 * The JIT cannot do what was asked: a hole value out of its relocation's range, a uop without a
 * stencil, a host without stencil tables, a failed system call. Always a clear one-line message;
 * the VM reports it as an internal error (never a JVM crash from running half-patched code).
 */
public final class JitException extends RuntimeException {
    public JitException(String message) {
        super(message);
    }
}
