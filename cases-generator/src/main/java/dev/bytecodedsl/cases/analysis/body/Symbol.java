package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Stmt;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.Optional;

/**
 * A name a body can refer to. The type is empty when the declaration names an unknown type (already
 * reported), so uses of the name are not reported a second time.
 */
sealed interface Symbol {

    String name();

    Optional<DslType> type();

    /** For "already defined" messages: what the name is and where it was declared. */
    String describe(SourcePos from);

    /** The instruction's argument: an int that bodies only read. */
    record Oparg() implements Symbol {
        @Override
        public String name() {
            return "oparg";
        }

        @Override
        public Optional<DslType> type() {
            return Optional.of(DslType.INT);
        }

        @Override
        public String describe(SourcePos from) {
            return "the instruction's oparg";
        }
    }

    record Constant(Definition.ConstDecl decl, Optional<DslType> type) implements Symbol {
        @Override
        public String name() {
            return decl.name();
        }

        @Override
        public String describe(SourcePos from) {
            return "constant at " + Positions.relative(decl.pos(), from);
        }
    }

    /** {@code name/N}: inline-cache code units read as one int. */
    record CacheEntry(StackEffect.CacheEntry item) implements Symbol {
        @Override
        public String name() {
            return item.name();
        }

        @Override
        public Optional<DslType> type() {
            return Optional.of(DslType.INT);
        }

        @Override
        public String describe(SourcePos from) {
            return "cache entry at " + Positions.relative(item.pos(), from);
        }
    }

    /**
     * A named stack item. An input and an output with the same name are one variable (a pass-through),
     * which is why both items are kept: the input makes it readable, the output makes it writable.
     */
    record StackValue(
            String name, Optional<DslType> type, Optional<StackEffect.StackItem> input, Optional<StackEffect.StackItem> output)
            implements Symbol {

        boolean isPassThrough() {
            return input.isPresent() && output.isPresent();
        }

        /** "input" or "output": the word messages use for it (a pass-through is an input). */
        String role() {
            return input.isPresent() ? "input" : "output";
        }

        @Override
        public String describe(SourcePos from) {
            StackEffect.StackItem item = input.or(() -> output).orElseThrow();
            return role() + " at " + Positions.relative(item.pos(), from);
        }
    }

    /** A parameter of a {@code func}: read-only, like the inputs of an op. */
    record Parameter(Definition.Param param, Optional<DslType> type) implements Symbol {
        @Override
        public String name() {
            return param.name();
        }

        @Override
        public String describe(SourcePos from) {
            return "parameter at " + Positions.relative(param.pos(), from);
        }
    }

    record Local(Stmt.LocalDecl decl, Optional<DslType> type) implements Symbol {
        @Override
        public String name() {
            return decl.name();
        }

        @Override
        public String describe(SourcePos from) {
            return "local at " + Positions.relative(decl.pos(), from);
        }
    }
}
