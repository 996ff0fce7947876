package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;

/** An expression of the body language. Types are checked by the analyzer, not the parser. */
public sealed interface Expr {

    /** Where a diagnostic about this node points: operators point at the operator itself. */
    SourcePos pos();

    /** Where the whole expression starts, for diagnostics about the expression as a whole. */
    default SourcePos start() {
        return switch (this) {
            case Binary b -> b.left().start();
            case Index i -> i.array().start();
            case Conditional c -> c.condition().start();
            default -> pos();
        };
    }

    /** A 64-bit integer literal (decimal or hex; hex literals may use all 64 bits). */
    record IntLit(SourcePos pos, long value) implements Expr {}

    record FloatLit(SourcePos pos, double value) implements Expr {}

    record BoolLit(SourcePos pos, boolean value) implements Expr {}

    /** A reference to oparg, a stack item, a cache entry, a local or a constant. */
    record Name(SourcePos pos, String name) implements Expr {}

    /** A call of a declared helper or a built-in intrinsic. */
    record Call(SourcePos pos, String callee, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code array[index]}: an element of a stack array. */
    record Index(SourcePos pos, Expr array, Expr index) implements Expr {}

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {}

    record Binary(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** {@code cond ? a : b} */
    record Conditional(SourcePos pos, Expr condition, Expr ifTrue, Expr ifFalse) implements Expr {}
}
