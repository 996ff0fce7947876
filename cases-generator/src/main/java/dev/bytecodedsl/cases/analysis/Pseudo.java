package dev.bytecodedsl.cases.analysis;

import java.util.List;
import java.util.Set;

/** A pseudo-instruction: the compiler emits it, the assembler replaces it by one of its targets. */
public record Pseudo(String name, int opcode, List<Slot> inputs, List<Slot> outputs, Set<Flag> flags,
        List<String> targets) {

    public Pseudo {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        flags = Set.copyOf(flags);
        targets = List.copyOf(targets);
    }

    public StackSize popped() {
        return StackEffects.total(inputs);
    }

    public StackSize pushed() {
        return StackEffects.total(outputs);
    }
}
