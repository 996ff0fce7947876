package dev.bytecodedsl.kit.trace;

/**
 * A trace compiled to machine code by a {@link TraceBackend}. Runs with the uop interpreter's
 * contract ({@link TraceRunner}); closing frees the code.
 */
public interface NativeTrace<C> extends TraceRunner<C>, AutoCloseable {
    @Override
    void close();
}
