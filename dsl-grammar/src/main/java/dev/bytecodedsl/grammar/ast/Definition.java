package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/** A top-level definition of a DSL file. */
public sealed interface Definition {

    SourcePos pos();

    String name();

    /** {@code type Value;}: an opaque 64-bit word type (Java {@code long}, C {@code uint64_t}). */
    record TypeDecl(SourcePos pos, String name) implements Definition {}

    /** {@code const int NB_ADD = 0;} */
    record ConstDecl(SourcePos pos, TypeRef type, String name, Expr value) implements Definition {}

    /**
     * {@code extern escaping Value binary_op(int op, Value lhs, Value rhs);}: a helper function the
     * runtime provides. {@code escaping} means it may run arbitrary code (allocate, call back into
     * the interpreter, raise), which is what the analyzer's ESCAPES flag and the {@code pure} check use.
     * {@code cold} means it is called only on slow paths ({@code box_float} for a float without an
     * immediate form), so the JIT's admission policy does not count its call sites as upcalls a loop makes.
     */
    record HelperDecl(SourcePos pos, TypeRef returnType, String name, List<Param> params, boolean escaping,
                      boolean cold)
            implements Definition {
        public HelperDecl {
            params = List.copyOf(params);
        }
    }

    /**
     * {@code func double float_value(Value v) { ... }}: a helper function written in the body
     * language. The interpreters call it as a Java method, the stencils as a {@code static inline} C
     * function, so machine code runs it without leaving native code.
     */
    record FunctionDef(SourcePos pos, TypeRef returnType, String name, List<Param> params, Stmt.Block body)
            implements Definition {
        public FunctionDef {
            params = List.copyOf(params);
        }
    }

    /** A helper or function parameter; {@code steal} means the helper takes ownership, consuming the argument. */
    record Param(SourcePos pos, TypeRef type, String name, boolean steals) {}

    /** {@code inst(NAME, (...)) { body }} or {@code op(_NAME, (...)) { body }}. */
    record InstructionDef(
            SourcePos pos, Kind kind, String name, List<Annotation> annotations, StackEffect effect, Stmt.Block body)
            implements Definition {

        public enum Kind {
            INST,
            OP
        }

        public InstructionDef {
            annotations = List.copyOf(annotations);
        }

        public boolean has(Annotation.Kind annotation) {
            return annotations.stream().anyMatch(a -> a.kind() == annotation);
        }

        public Optional<Annotation> annotation(Annotation.Kind annotation) {
            return annotations.stream().filter(a -> a.kind() == annotation).findFirst();
        }
    }

    /** {@code macro(NAME) = _A + unused/1 + _B;} */
    record MacroDef(SourcePos pos, String name, List<MacroPart> parts) implements Definition {
        public MacroDef {
            parts = List.copyOf(parts);
        }
    }

    /** One part of a macro: an op (or inst) by name, or a skip over unused inline-cache entries. */
    sealed interface MacroPart {
        SourcePos pos();

        record OpRef(SourcePos pos, String name) implements MacroPart {}

        record CacheSkip(SourcePos pos, int size) implements MacroPart {}
    }

    /** {@code family(NAME, CACHE_SIZE) = { SPEC_1, SPEC_2 };} -- the head is the instruction NAME. */
    record FamilyDef(SourcePos pos, String name, Expr cacheSize, List<NameRef> members) implements Definition {
        public FamilyDef {
            members = List.copyOf(members);
        }
    }

    /** {@code pseudo(NAME, (stack effect), (FLAGS)) = { TARGET_1, TARGET_2 };} */
    record PseudoDef(SourcePos pos, String name, StackEffect effect, List<NameRef> flags, List<NameRef> targets)
            implements Definition {
        public PseudoDef {
            flags = List.copyOf(flags);
            targets = List.copyOf(targets);
        }
    }

    /** {@code label(error) { body }}: a shared exit path reached with {@code goto}. */
    record LabelDef(SourcePos pos, String name, Stmt.Block body) implements Definition {}

    /** A name written in a list (family members, pseudo targets and flags), with its position. */
    record NameRef(SourcePos pos, String name) {}
}
