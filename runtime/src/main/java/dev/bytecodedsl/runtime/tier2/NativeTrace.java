package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.UopContext;

/**
 * A trace compiled to machine code by a {@link TraceBackend}. Runs with the uop interpreter's
 * contract: returns the index of the uop that left the trace (the frame's saved state set to its
 * target) or {@code UopInterpreter.LEFT_THROUGH_LABEL}. Closing frees the code.
 */
public interface NativeTrace extends AutoCloseable {
    int run(UopContext ctx, int sp);

    @Override
    void close();
}
