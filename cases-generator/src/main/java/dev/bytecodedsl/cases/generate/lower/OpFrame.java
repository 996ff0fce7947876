package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.cases.analysis.CacheSlot;
import dev.bytecodedsl.cases.analysis.Op;
import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import dev.bytecodedsl.cases.analysis.body.Reachability;
import dev.bytecodedsl.grammar.ast.Statements;
import dev.bytecodedsl.cases.generate.DslReferences;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One op's frame, for every back end: read the inputs from the stack, read the cache entries,
 * declare the outputs, run the body, write the outputs back and move the stack pointer. So the stack
 * in memory is exact between ops: an escaping helper, an error, an exit or a frame switch never sees
 * values that live only in locals. Pass-through outputs are not rewritten, so a guard costs its loads
 * and nothing more. Positions are relative to the stack pointer at the op's entry. A back end
 * supplies how each step is written ({@link Target}); which steps an op has is decided here only.
 */
public final class OpFrame {

    /** How a back end writes each step of the frame. */
    public interface Target<S> {
        /** Opens the op's block, headed by a comment naming its definition. */
        void open(S out, String definition);

        void close(S out);

        /** Declares a used input: an item loaded from {@code position}, or an array based there. */
        void readInput(S out, Slot slot, StackSize position);

        /** Declares a used cache entry as a local of its name. */
        void readCache(S out, CacheSlot cache);

        /** Declares an output that is no input: a zeroed item, or an array based at {@code position}. */
        void declareOutput(S out, Slot slot, StackSize position);

        /** The op's body. */
        void body(S out, StackSize popped);

        /** Stores an output item at {@code position} (under its condition, if any). */
        void writeOutput(S out, Slot slot, StackSize position);

        /** Stores the local named after a {@linkplain CacheSlot#written written} cache entry back. */
        void writeCache(S out, CacheSlot cache);

        /** Moves the stack pointer by {@code delta} slots. */
        void moveStackPointer(S out, StackSize delta);
    }

    private OpFrame() {}

    /** Writes {@code op}'s frame; returns whether its body can complete normally (else nothing follows it). */
    public static <S> boolean write(S out, Op op, Target<S> target) {
        target.open(out, DslReferences.of(op.definition()));
        StackSize popped = StackLayout.total(op.inputs());
        List<StackSize> inputOffsets = StackLayout.offsets(op.inputs());
        for (int i = 0; i < op.inputs().size(); i++) {
            Slot input = op.inputs().get(i);
            if (!input.item().isUnused()) {
                target.readInput(out, input, inputOffsets.get(i).minus(popped));
            }
        }
        for (CacheSlot cache : op.caches()) {
            if (!cache.entry().isUnused()) {
                target.readCache(out, cache);
            }
        }
        List<StackSize> outputOffsets = StackLayout.offsets(op.outputs());
        for (int i = 0; i < op.outputs().size(); i++) {
            Slot output = op.outputs().get(i);
            if (!output.item().isUnused() && input(op, output.name()).isEmpty()) {
                target.declareOutput(out, output, outputOffsets.get(i).minus(popped));
            }
        }
        target.body(out, popped);
        boolean completes = Reachability.completesNormally(op.definition().body());
        if (completes) {
            // After a body that always leaves (goto, ERROR_NO_POP...) nothing is written: Java rejects
            // unreachable code, and C would only carry dead stores.
            Set<String> assigned = Statements.assignedNames(op.definition().body());
            for (int i = 0; i < op.outputs().size(); i++) {
                Slot output = op.outputs().get(i);
                StackSize position = outputOffsets.get(i).minus(popped);
                if (writesBack(op, output, position, assigned)) {
                    target.writeOutput(out, output, position);
                }
            }
            for (CacheSlot cache : op.caches()) {
                if (cache.written()) {
                    target.writeCache(out, cache);
                }
            }
            StackSize delta = StackLayout.total(op.outputs()).minus(popped);
            if (!delta.isConstant() || delta.constant() != 0) {
                target.moveStackPointer(out, delta);
            }
        }
        target.close(out);
        return completes;
    }

    /**
     * Whether an output item is stored after the body: not when unused, not for arrays (written
     * element by element by the body, or passed through where they were), and not for an input
     * passed through in place that the body does not assign.
     */
    private static boolean writesBack(Op op, Slot output, StackSize position, Set<String> assigned) {
        if (output.item().isUnused()) {
            return false;
        }
        Optional<StackSize> inputPosition = input(op, output.name()).map(i -> inputPosition(op, i));
        boolean inPlace = inputPosition.isPresent() && inputPosition.get().sameAs(position);
        if (output.item().isArray()) {
            if (inputPosition.isPresent() && !inPlace) {
                throw new IllegalStateException(op.name() + ": array '" + output.name() + "' moves on the stack");
            }
            return false;
        }
        return !inPlace || assigned.contains(output.name());
    }

    /** The input a same-named output passes through, if any. */
    public static Optional<Slot> input(Op op, String name) {
        return op.inputs().stream().filter(s -> !s.item().isUnused() && s.name().equals(name)).findFirst();
    }

    /** Where an input sits, relative to the stack pointer at the op's entry. */
    public static StackSize inputPosition(Op op, Slot input) {
        int index = op.inputs().indexOf(input);
        return StackLayout.offsets(op.inputs()).get(index).minus(StackLayout.total(op.inputs()));
    }
}
