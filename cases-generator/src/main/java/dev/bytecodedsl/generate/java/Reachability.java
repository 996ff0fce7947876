package dev.bytecodedsl.generate.java;

import dev.bytecodedsl.ast.Stmt;

/**
 * Whether a body can run to its end, by Java's rules: Java rejects code after a statement that
 * cannot complete normally, so emission stops after a body that always leaves the instruction.
 */
public final class Reachability {

    private Reachability() {}

    public static boolean completesNormally(Stmt statement) {
        return switch (statement) {
            case Stmt.Block b -> b.statements().isEmpty() || completesNormally(b.statements().getLast());
            case Stmt.Goto g -> false;
            case Stmt.ErrorNoPop e -> false;
            case Stmt.DispatchSameOparg d -> false;
            case Stmt.DispatchExtendedOparg d -> false;
            case Stmt.If i -> i.otherwise().isEmpty() || completesNormally(i.then())
                    || completesNormally(i.otherwise().get());
            default -> true;
        };
    }
}
