package dev.bytecodedsl.ast;

import dev.bytecodedsl.diag.SourcePos;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An annotation written before {@code inst} or {@code op}, e.g. {@code pure} or {@code replicate(8)}. */
public record Annotation(SourcePos pos, Kind kind, int argument) {

    public enum Kind {
        /** Rewrites tier-1 code (quickening); tier 1 only. */
        SPECIALIZING(false),
        /** No side effects: may be constant-folded by evaluating the body on constant inputs. */
        PURE(false),
        /** Checks an assumption and leaves the trace when it fails; a candidate for guard elimination. */
        GUARD(false),
        /** In an optimizer overrides file: replaces the default abstract case of the uop. */
        OVERRIDE(false),
        /** Tier 2 gets N copies with the oparg baked in (NAME_0 ... NAME_{N-1}). */
        REPLICATE(true),
        /** Only in the tier-1 interpreter. */
        TIER1(false),
        /** Only in tier 2 (a uop that no tier-1 instruction uses directly). */
        TIER2(false);

        private final boolean takesArgument;

        Kind(boolean takesArgument) {
            this.takesArgument = takesArgument;
        }

        public boolean takesArgument() {
            return takesArgument;
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
        return kind.takesArgument ? kind.spelling() + "(" + argument + ")" : kind.spelling();
    }
}
