package dev.bytecodedsl.stencils.lower;

import dev.bytecodedsl.diagnostics.SourcePos;

/**
 * A body construct the C lowering cannot express for a stencil, or a name C cannot use. It carries
 * the construct's position, so the build reports {@code file:line:col} with the source line.
 */
public final class LoweringException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourcePos pos;

    public LoweringException(SourcePos pos, String message) {
        super(message);
        this.pos = pos;
    }

    public SourcePos pos() {
        return pos;
    }
}
