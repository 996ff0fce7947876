package dev.bytecodedsl.stencils.objfile;

/** An object file the readers cannot make sense of (truncated, unexpected layout). */
public final class ObjectFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectFormatException(String message) {
        super(message);
    }
}
