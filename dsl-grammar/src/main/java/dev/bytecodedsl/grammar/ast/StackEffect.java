package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * A stack effect {@code (inputs -- outputs)}. Inputs may include inline-cache entries
 * ({@code name/N}); they are listed in source order with the stack items.
 */
public record StackEffect(SourcePos pos, List<EffectItem> inputs, List<EffectItem> outputs) {

    public StackEffect {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public List<StackItem> stackInputs() {
        return inputs.stream().filter(StackItem.class::isInstance).map(StackItem.class::cast).toList();
    }

    public List<StackItem> stackOutputs() {
        return outputs.stream().filter(StackItem.class::isInstance).map(StackItem.class::cast).toList();
    }

    public List<CacheEntry> cacheEntries() {
        return inputs.stream().filter(CacheEntry.class::isInstance).map(CacheEntry.class::cast).toList();
    }

    /** One item of a stack effect. */
    public sealed interface EffectItem {
        SourcePos pos();

        String name();

        default boolean isUnused() {
            return name().equals("unused");
        }
    }

    /** {@code name/N}: N 16-bit inline-cache code units following the instruction. */
    public record CacheEntry(SourcePos pos, String name, int size) implements EffectItem {}

    /**
     * A stack slot: {@code name}, {@code name: Type}, {@code name[size]} (an array whose size is an
     * expression of {@code oparg}) or {@code name if (cond)} (present only when cond holds).
     */
    public record StackItem(
            SourcePos pos, String name, Optional<TypeRef> type, Optional<Expr> arraySize, Optional<Expr> condition)
            implements EffectItem {

        public boolean isArray() {
            return arraySize.isPresent();
        }
    }
}
