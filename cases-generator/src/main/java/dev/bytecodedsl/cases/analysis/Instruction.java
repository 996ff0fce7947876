package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tier-1 instruction ({@code inst} or {@code macro}) with its opcode, composed stack effect and
 * cache layout.
 *
 * @param parts        the ops and cache skips it executes, in order (an inst is one op)
 * @param inputs       what it pops, bottom to top (inputs of its ops not fed by earlier ops)
 * @param outputs      what it pushes, bottom to top
 * @param family       the family head when this is a specialized form
 * @param tier2Blocker why it cannot be projected into a trace; empty when it can
 */
public record Instruction(
        String name,
        SourcePos pos,
        int opcode,
        List<Part> parts,
        List<Slot> inputs,
        List<Slot> outputs,
        Set<Flag> flags,
        Optional<String> family,
        Optional<String> tier2Blocker) {

    public Instruction {
        parts = List.copyOf(parts);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        flags = Set.copyOf(flags);
    }

    /** One step of an instruction; offsets are in code units from the first cache entry. */
    public sealed interface Part {
        int cacheOffset();

        int cacheSize();

        record OpPart(Op op, int cacheOffset) implements Part {
            @Override
            public int cacheSize() {
                return op.cacheSize();
            }
        }

        record CacheSkip(int cacheSize, int cacheOffset) implements Part {}
    }

    public int cacheSize() {
        return parts.stream().mapToInt(Part::cacheSize).sum();
    }

    public StackSize popped() {
        return StackEffects.total(inputs);
    }

    public StackSize pushed() {
        return StackEffects.total(outputs);
    }

    public List<Op> ops() {
        return parts.stream()
                .filter(Part.OpPart.class::isInstance)
                .map(p -> ((Part.OpPart) p).op())
                .toList();
    }

    /**
     * The ops a trace executes for this instruction: all but the specializing ones, each tier-1-only
     * op replaced by the uop that stands in for it ({@code replaces}).
     */
    public List<Op> tier2Ops() {
        return ops().stream().filter(op -> !isSkippedInTier2(op)).map(op -> op.inTier2().orElse(op)).toList();
    }

    /**
     * The ops a trace executes for this instruction where it jumps: {@link #tier2Ops} with each
     * jumping op's {@code taken} stand-in; empty when no op has one.
     */
    public List<Op> takenTier2Ops() {
        if (ops().stream().noneMatch(op -> op.takenReplacement().isPresent())) {
            return List.of();
        }
        return ops().stream().filter(op -> !isSkippedInTier2(op)).map(op -> op.inTier2Taken().orElse(op)).toList();
    }

    /** Specializing ops rewrite tier-1 code and mean nothing in a trace, so projection drops them. */
    public static boolean isSkippedInTier2(Op op) {
        return op.definition().has(dev.bytecodedsl.grammar.ast.Annotation.Kind.SPECIALIZING);
    }

    public boolean isSpecialized() {
        return family.isPresent();
    }
}
