package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.python.repr.FloatRepr;
import dev.bytecodedsl.python.repr.StrRepr;

import java.math.BigInteger;
import java.util.List;

/**
 * A constant of a code object. Records compare by value, which is how the compiler shares equal
 * constants within one code object (as CPython does): {@code 1}, {@code 1.0} and {@code True} stay
 * distinct because their types differ, and {@code 0.0}/{@code -0.0} because records compare doubles
 * bit-wise.
 */
public sealed interface Constant {

    /** Python's {@code repr} of the constant, used by the disassembler. */
    String repr();

    /** Python's truthiness of the constant, for tests the compiler decides ({@code while True:}). */
    boolean truth();

    /** Calls the {@link Visitor} method for this constant's record. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of constant, for the runtime's loader: exhaustive like a pattern switch,
     * without its start-up cost (see {@code Expr.Visitor}).
     */
    interface Visitor<R> {
        R visitInt(IntConst c);
        R visitFloat(FloatConst c);
        R visitStr(StrConst c);
        R visitBool(BoolConst c);
        R visitNone(NoneConst c);
        R visitTuple(TupleConst c);
        R visitCode(CodeConst c);
    }

    /** Any int; the runtime picks the small-int or big-int representation. */
    record IntConst(BigInteger value) implements Constant {
        @Override
        public String repr() {
            return value.toString();
        }

        @Override
        public boolean truth() {
            return value.signum() != 0;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInt(this);
        }
    }

    record FloatConst(double value) implements Constant {
        @Override
        public String repr() {
            return FloatRepr.repr(value);
        }

        @Override
        public boolean truth() {
            return value != 0.0;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFloat(this);
        }
    }

    record StrConst(String value) implements Constant {
        @Override
        public String repr() {
            return StrRepr.repr(value);
        }

        @Override
        public boolean truth() {
            return !value.isEmpty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitStr(this);
        }
    }

    record BoolConst(boolean value) implements Constant {
        @Override
        public String repr() {
            return value ? "True" : "False";
        }

        @Override
        public boolean truth() {
            return value;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBool(this);
        }
    }

    record NoneConst() implements Constant {
        @Override
        public String repr() {
            return "None";
        }

        @Override
        public boolean truth() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNone(this);
        }
    }

    /** A tuple of constants: keyword names for CALL_KW, constant defaults, folded tuple displays. */
    record TupleConst(List<Constant> items) implements Constant {
        public TupleConst {
            items = List.copyOf(items);
        }

        @Override
        public String repr() {
            List<String> parts = items.stream().map(Constant::repr).toList();
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        }

        @Override
        public boolean truth() {
            return !items.isEmpty();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    /** A nested function or class body, turned into a function by MAKE_FUNCTION. */
    record CodeConst(CodeObject code) implements Constant {
        @Override
        public String repr() {
            return "<code object " + code.name() + ", file \"" + code.filename() + "\", line " + code.firstLine() + ">";
        }

        /** Code objects are shared only when they are the same object. */
        @Override
        public boolean equals(Object other) {
            return other instanceof CodeConst c && c.code == code;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(code);
        }

        @Override
        public boolean truth() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitCode(this);
        }
    }
}
