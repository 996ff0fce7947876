package dev.bytecodedsl.python.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;

/** One parsed {@code .py} file. */
public record Module(SourcePos pos, List<Stmt> body) {
    public Module {
        body = List.copyOf(body);
    }
}
