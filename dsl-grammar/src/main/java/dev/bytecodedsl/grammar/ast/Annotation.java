package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An annotation written before {@code inst} or {@code op}, e.g. {@code pure}, {@code replicate(8)} or
 * {@code replaces(_POP_JUMP_IF_FALSE)}.
 *
 * @param argument the count of a counting annotation, else 0
 * @param target   the op a naming annotation refers to, else empty
 */
public record Annotation(SourcePos pos, Kind kind, int argument, String target) {

    /** What goes between the parentheses. */
    public enum Argument {
        NONE,
        COUNT,
        NAME
    }

    public enum Kind {
        /** Rewrites tier-1 code (quickening); tier 1 only. */
        SPECIALIZING(Argument.NONE),
        /** No side effects: may be constant-folded by evaluating the body on constant inputs. */
        PURE(Argument.NONE),
        /** Checks an assumption and leaves the trace when it fails; a candidate for guard elimination. */
        GUARD(Argument.NONE),
        /** In an optimizer overrides file: replaces the default abstract case of the uop. */
        OVERRIDE(Argument.NONE),
        /** Tier 2 gets N copies with the oparg baked in (NAME_0 ... NAME_{N-1}). */
        REPLICATE(Argument.COUNT),
        /** Only in the tier-1 interpreter. */
        TIER1(Argument.NONE),
        /** Only in tier 2 (a uop that no tier-1 instruction uses directly). */
        TIER2(Argument.NONE),
        /**
         * This tier-2 op stands in for the named tier-1-only op when an instruction is projected into
         * a trace (e.g. a guard that exits where a conditional jump would be taken).
         */
        REPLACES(Argument.NAME),
        /**
         * This tier-2 op stands in for the named tier-1-only op where that op's jump is taken: a side
         * trace that starts at a branch exit runs it and continues at the jump target. The named op
         * must jump by exactly {@code JUMPBY(oparg)}.
         */
        TAKEN(Argument.NAME);

        private final Argument argument;

        Kind(Argument argument) {
            this.argument = argument;
        }

        public Argument argument() {
            return argument;
        }

        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> bySpelling(String spelling) {
            return Arrays.stream(values()).filter(k -> k.spelling().equals(spelling)).findFirst();
        }
    }

    @Override
    public String toString() {
        return switch (kind.argument) {
            case NONE -> kind.spelling();
            case COUNT -> kind.spelling() + "(" + argument + ")";
            case NAME -> kind.spelling() + "(" + target + ")";
        };
    }
}
