package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.grammar.ast.Expr;
import java.util.List;

/**
 * What names, calls and array elements mean where an expression appears, already in the target
 * language: metadata tables see only {@code oparg} and constants; interpreter and stencil bodies
 * also see locals, stack items, cache entries, helpers and the frame.
 */
public interface ExpressionNames {
    String name(Expr.Name name);

    String call(Expr.Call call, List<String> loweredArgs);

    /** Element {@code index} of the stack array named by {@code array}. */
    String element(Expr array, String loweredIndex);
}
