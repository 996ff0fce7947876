package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.diagnostics.SourcePos;

/** Formats positions inside messages. */
final class Positions {

    private Positions() {}

    /** {@code line:col} when in the same file as the message (the usual case), else the full position. */
    static String relative(SourcePos pos, SourcePos from) {
        return pos.file().equals(from.file()) ? pos.line() + ":" + pos.column() : pos.toString();
    }
}
