package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.cases.analysis.Declarations;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.TypeRef;
import java.util.Optional;

/**
 * A type of the body language. There are no implicit conversions, so two types are compatible
 * exactly when they are equal (records give structural equality, which arrays rely on).
 */
public sealed interface DslType {

    DslType INT = new Int();
    DslType DOUBLE = new Double();
    DslType BOOL = new Bool();
    DslType VOID = new Void();
    /** The stack word: the type of every stack item written without {@code : Type}. */
    DslType VALUE = new Word(Declarations.VALUE_TYPE);

    /** The type as the DSL spells it; diagnostics print this. */
    String spelling();

    /** 64-bit two's complement, wrapping. */
    record Int() implements DslType {
        @Override
        public String spelling() {
            return "int";
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    /** IEEE 754 binary64. */
    record Double() implements DslType {
        @Override
        public String spelling() {
            return "double";
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    record Bool() implements DslType {
        @Override
        public String spelling() {
            return "bool";
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    /** Only as the result of a helper or intrinsic that returns nothing. */
    record Void() implements DslType {
        @Override
        public String spelling() {
            return "void";
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    /** An opaque 64-bit word type declared with {@code type Name;}: only {@code ==}, {@code !=} and passing. */
    record Word(String name) implements DslType {
        @Override
        public String spelling() {
            return name;
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    /** A stack array ({@code name[n]}) or an array parameter of a helper ({@code Value[]}). */
    record Array(DslType element) implements DslType {
        @Override
        public String spelling() {
            return element.spelling() + "[]";
        }

        @Override
        public String toString() {
            return spelling();
        }
    }

    /** int and double: the operands of arithmetic and ordering. */
    default boolean isNumeric() {
        return this instanceof Int || this instanceof Double;
    }

    /** int, double and bool: what a constant may be. */
    default boolean isScalar() {
        return isNumeric() || this instanceof Bool;
    }

    /**
     * Resolves a written type, reporting {@code unknown type 'X'} when the name is neither built in
     * nor declared. Empty means "unknown, already reported", so callers skip follow-on checks.
     */
    static Optional<DslType> of(TypeRef ref, Declarations declarations, Diagnostics diagnostics) {
        Optional<DslType> type = of(ref, declarations);
        if (type.isEmpty()) {
            diagnostics.error(ref.pos(), "unknown type '" + ref.name() + "'");
        }
        return type;
    }

    /** Resolves a written type without reporting; for places whose declaration is checked elsewhere. */
    static Optional<DslType> of(TypeRef ref, Declarations declarations) {
        Optional<DslType> base = switch (ref.name()) {
            case "int" -> Optional.of(INT);
            case "double" -> Optional.of(DOUBLE);
            case "bool" -> Optional.of(BOOL);
            case "void" -> Optional.of(VOID);
            default -> declarations.types().containsKey(ref.name())
                    ? Optional.of(new Word(ref.name()))
                    : Optional.empty();
        };
        return ref.array() ? base.map(Array::new) : base;
    }
}
