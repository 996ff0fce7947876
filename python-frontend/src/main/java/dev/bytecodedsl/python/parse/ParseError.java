package dev.bytecodedsl.python.parse;

import dev.bytecodedsl.diagnostics.SourcePos;

/**
 * An error that ends parsing: the first syntax error, or brackets nested past the tokenizer's
 * limit. {@link PythonParser} turns it into the file's last diagnostic; what was reported before it
 * (indentation errors, unsupported constructs) stays reported.
 */
final class ParseError extends RuntimeException {
    private final SourcePos pos;

    ParseError(SourcePos pos, String message) {
        super(message, null, false, false);
        this.pos = pos;
    }

    SourcePos pos() {
        return pos;
    }
}
