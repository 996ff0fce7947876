package dev.bytecodedsl.cases.generate.lower;

import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an op's stack items are. Inputs sit below the stack pointer, bottom to top; outputs replace
 * them from the same base. Sizes may depend on {@code oparg} (arrays, conditional items), so
 * positions are symbolic; each back end spells them.
 */
public final class StackLayout {

    private StackLayout() {}

    /** Offsets of each slot from the base (the lowest input), in order. */
    public static List<StackSize> offsets(List<Slot> slots) {
        List<StackSize> offsets = new ArrayList<>();
        StackSize offset = StackSize.ZERO;
        for (Slot slot : slots) {
            offsets.add(offset);
            offset = offset.plus(slot.size());
        }
        return offsets;
    }

    public static StackSize total(List<Slot> slots) {
        return slots.stream().map(Slot::size).reduce(StackSize.ZERO, StackSize::plus);
    }
}
