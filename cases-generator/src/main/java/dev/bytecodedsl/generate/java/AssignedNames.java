package dev.bytecodedsl.generate.java;

import dev.bytecodedsl.ast.Statements;
import dev.bytecodedsl.ast.Stmt;
import java.util.Set;
import java.util.stream.Collectors;

/** The names a body assigns as a whole (not element-wise): an output it never assigns passes through. */
public final class AssignedNames {

    private AssignedNames() {}

    public static Set<String> of(Stmt body) {
        return Statements.all(body).stream()
                .filter(s -> s instanceof Stmt.Assign a && a.index().isEmpty())
                .map(s -> ((Stmt.Assign) s).target())
                .collect(Collectors.toSet());
    }
}
