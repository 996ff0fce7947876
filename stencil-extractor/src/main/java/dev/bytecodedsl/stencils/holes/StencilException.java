package dev.bytecodedsl.stencils.holes;

/** A stencil that cannot be built from its object file: unknown relocation, foreign symbol, writable data... */
public final class StencilException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StencilException(String message) {
        super(message);
    }
}
