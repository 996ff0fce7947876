package dev.bytecodedsl.cases.generate.java;

import dev.bytecodedsl.cases.analysis.Slot;
import dev.bytecodedsl.cases.analysis.StackSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an op's stack items are, as Java expressions relative to a stack-pointer variable. Inputs
 * sit below the stack pointer, bottom to top; outputs replace them from the same base. Sizes may
 * depend on {@code oparg} (arrays, conditional items), so positions are symbolic.
 */
public final class StackAccess {

    private final String stackPointer;

    public StackAccess(String stackPointer) {
        this.stackPointer = stackPointer;
    }

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

    /** The slot index at {@code delta} from the stack pointer (negative: below it). */
    public String at(StackSize delta) {
        if (delta.isConstant()) {
            long c = delta.constant();
            return c == 0 ? stackPointer : c < 0 ? stackPointer + " - " + -c : stackPointer + " + " + c;
        }
        return stackPointer + " + " + JavaExpressions.lower(delta);
    }
}
