package dev.bytecodedsl.python.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * An expression of the Python subset. Operator nodes point at their operator, so a runtime error
 * (ZeroDivisionError at {@code a // b}) can name the exact place.
 */
public sealed interface Expr {

    SourcePos pos();

    record Name(SourcePos pos, String id) implements Expr {}

    /** Ints are unbounded in Python; the compiler picks the small-int or big-int representation. */
    record IntLit(SourcePos pos, BigInteger value) implements Expr {}

    record FloatLit(SourcePos pos, double value) implements Expr {}

    /** The decoded value: escapes resolved and adjacent literals already concatenated. */
    record StrLit(SourcePos pos, String value) implements Expr {}

    record BoolLit(SourcePos pos, boolean value) implements Expr {}

    record NoneLit(SourcePos pos) implements Expr {}

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {}

    record Binary(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {}

    /** {@code body if test else orElse}: only one of the branches is evaluated. */
    record IfExp(SourcePos pos, Expr test, Expr body, Expr orElse) implements Expr {}

    /** {@code a or b or c} is one node with three operands, evaluated left to right. */
    record BoolOp(SourcePos pos, BoolOpKind op, List<Expr> operands) implements Expr {
        public BoolOp {
            operands = List.copyOf(operands);
        }
    }

    /**
     * A comparison chain: {@code a < b <= c} means {@code a < b and b <= c} with {@code b} evaluated
     * once, so it cannot be two nested binary nodes. {@code ops.size() == comparators.size()}.
     */
    record Compare(SourcePos pos, Expr left, List<CompareOp> ops, List<Expr> comparators) implements Expr {
        public Compare {
            ops = List.copyOf(ops);
            comparators = List.copyOf(comparators);
        }
    }

    record Call(SourcePos pos, Expr callee, List<Expr> args, List<Keyword> keywords) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }
    }

    /** {@code name=value} in a call. */
    record Keyword(SourcePos pos, String name, Expr value) {}

    record Attribute(SourcePos pos, Expr value, String name) implements Expr {}

    /** {@code value[index]}; for {@code a[i:j]} the index is a {@link Slice}. */
    record Subscript(SourcePos pos, Expr value, Expr index) implements Expr {}

    /** Only ever the index of a {@link Subscript}; omitted bounds are empty, as in Python's ast. */
    record Slice(SourcePos pos, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step)
            implements Expr {}

    record ListDisplay(SourcePos pos, List<Expr> elements) implements Expr {
        public ListDisplay {
            elements = List.copyOf(elements);
        }
    }

    record TupleDisplay(SourcePos pos, List<Expr> elements) implements Expr {
        public TupleDisplay {
            elements = List.copyOf(elements);
        }
    }

    record DictDisplay(SourcePos pos, List<DictEntry> entries) implements Expr {
        public DictDisplay {
            entries = List.copyOf(entries);
        }
    }

    record DictEntry(SourcePos pos, Expr key, Expr value) {}
}
