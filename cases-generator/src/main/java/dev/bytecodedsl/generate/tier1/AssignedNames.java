package dev.bytecodedsl.generate.tier1;

import dev.bytecodedsl.ast.Statements;
import dev.bytecodedsl.ast.Stmt;
import java.util.Set;
import java.util.stream.Collectors;

/** The names a body assigns as a whole (not element-wise): an output it never assigns passes through. */
final class AssignedNames {

    private AssignedNames() {}

    static Set<String> of(Stmt body) {
        return Statements.all(body).stream()
                .filter(s -> s instanceof Stmt.Assign a && a.index().isEmpty())
                .map(s -> ((Stmt.Assign) s).target())
                .collect(Collectors.toSet());
    }
}
