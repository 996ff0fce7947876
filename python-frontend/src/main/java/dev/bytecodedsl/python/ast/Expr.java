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

    /** Calls the {@link Visitor} method for this node's record. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of expression. The compiler and the analyses walk the tree through a visitor
     * rather than a {@code switch} with type patterns: a pattern switch is linked on first use by
     * {@code SwitchBootstraps.typeSwitch}, which spins a hidden class per call site that the JVM's AOT
     * cache cannot keep, about half a millisecond each on every start-up. A visitor is plain virtual
     * calls and stays exhaustive: a new record must be handled by every visitor before it compiles.
     * Where only a few kinds matter (assignment targets, say), an {@code instanceof} test reads better.
     */
    interface Visitor<R> {
        R visitName(Name node);
        R visitIntLit(IntLit node);
        R visitFloatLit(FloatLit node);
        R visitStrLit(StrLit node);
        R visitBoolLit(BoolLit node);
        R visitNoneLit(NoneLit node);
        R visitUnary(Unary node);
        R visitBinary(Binary node);
        R visitIfExp(IfExp node);
        R visitBoolOp(BoolOp node);
        R visitCompare(Compare node);
        R visitCall(Call node);
        R visitAttribute(Attribute node);
        R visitSubscript(Subscript node);
        R visitSlice(Slice node);
        R visitListDisplay(ListDisplay node);
        R visitTupleDisplay(TupleDisplay node);
        R visitDictDisplay(DictDisplay node);
    }

    record Name(SourcePos pos, String id) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitName(this); }
    }

    /** Ints are unbounded in Python; the compiler picks the small-int or big-int representation. */
    record IntLit(SourcePos pos, BigInteger value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitIntLit(this); }
    }

    record FloatLit(SourcePos pos, double value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitFloatLit(this); }
    }

    /** The decoded value: escapes resolved and adjacent literals already concatenated. */
    record StrLit(SourcePos pos, String value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitStrLit(this); }
    }

    record BoolLit(SourcePos pos, boolean value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBoolLit(this); }
    }

    record NoneLit(SourcePos pos) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitNoneLit(this); }
    }

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitUnary(this); }
    }

    record Binary(SourcePos pos, BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBinary(this); }
    }

    /** {@code body if test else orElse}: only one of the branches is evaluated. */
    record IfExp(SourcePos pos, Expr test, Expr body, Expr orElse) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitIfExp(this); }
    }

    /** {@code a or b or c} is one node with three operands, evaluated left to right. */
    record BoolOp(SourcePos pos, BoolOpKind op, List<Expr> operands) implements Expr {
        public BoolOp {
            operands = List.copyOf(operands);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitBoolOp(this); }
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

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCompare(this); }
    }

    record Call(SourcePos pos, Expr callee, List<Expr> args, List<Keyword> keywords) implements Expr {
        public Call {
            args = List.copyOf(args);
            keywords = List.copyOf(keywords);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitCall(this); }
    }

    /** {@code name=value} in a call. */
    record Keyword(SourcePos pos, String name, Expr value) {}

    record Attribute(SourcePos pos, Expr value, String name) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitAttribute(this); }
    }

    /** {@code value[index]}; for {@code a[i:j]} the index is a {@link Slice}. */
    record Subscript(SourcePos pos, Expr value, Expr index) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitSubscript(this); }
    }

    /** Only ever the index of a {@link Subscript}; omitted bounds are empty, as in Python's ast. */
    record Slice(SourcePos pos, Optional<Expr> lower, Optional<Expr> upper, Optional<Expr> step)
            implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitSlice(this); }
    }

    record ListDisplay(SourcePos pos, List<Expr> elements) implements Expr {
        public ListDisplay {
            elements = List.copyOf(elements);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitListDisplay(this); }
    }

    record TupleDisplay(SourcePos pos, List<Expr> elements) implements Expr {
        public TupleDisplay {
            elements = List.copyOf(elements);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitTupleDisplay(this); }
    }

    record DictDisplay(SourcePos pos, List<DictEntry> entries) implements Expr {
        public DictDisplay {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitDictDisplay(this); }
    }

    record DictEntry(SourcePos pos, Expr key, Expr value) {}
}
