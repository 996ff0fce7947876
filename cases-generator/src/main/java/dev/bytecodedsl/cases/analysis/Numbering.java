package dev.bytecodedsl.cases.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic, stable numbers. Names in the {@link NumberLock} keep their numbers; the others
 * get the lowest numbers the lock leaves free, taken in a fixed order: generic instructions in name
 * order, then specialized ones by family head and name (from 1: opcode 0 marks cache units),
 * pseudo-instructions in name order from 256, uops in name order from 1. Without a lock this is
 * one run of consecutive numbers per kind. Specialized opcodes are not kept above generic ones (a
 * new generic instruction would have to move them): {@code OpcodeMetadata.isSpecialized} says which
 * they are.
 */
final class Numbering {

    private Numbering() {}

    /**
     * @param names          every instruction name
     * @param familyOfMember specialized instruction -> its family head
     * @return name -> opcode, in opcode order
     */
    static Map<String, Integer> opcodes(Set<String> names, Map<String, String> familyOfMember, NumberLock lock) {
        List<String> generic = new ArrayList<>();
        List<String> specialized = new ArrayList<>();
        for (String name : names) {
            (familyOfMember.containsKey(name) ? specialized : generic).add(name);
        }
        generic.sort(Comparator.naturalOrder());
        specialized.sort(Comparator.comparing((String name) -> familyOfMember.get(name))
                .thenComparing(Comparator.naturalOrder()));
        List<String> order = new ArrayList<>(generic);
        order.addAll(specialized);
        return assign(order, NumberLock.Kind.OPCODE, lock);
    }

    static Map<String, Integer> pseudoOpcodes(Set<String> names, NumberLock lock) {
        return assign(names.stream().sorted().toList(), NumberLock.Kind.PSEUDO, lock);
    }

    /** @param names every uop name (replicas included) */
    static Map<String, Integer> uops(Set<String> names, NumberLock lock) {
        return assign(names.stream().sorted().toList(), NumberLock.Kind.UOP, lock);
    }

    /**
     * Locked names keep their numbers; the others, in {@code order}, take the lowest numbers from
     * {@code kind.first()} that no lock line holds (retired lines included). Numbers may run past
     * {@code kind.last()}: callers report that with the definition's position.
     *
     * @return name -> number, in number order
     */
    private static Map<String, Integer> assign(List<String> order, NumberLock.Kind kind, NumberLock lock) {
        Set<Integer> taken = lock.numbers(kind);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int next = kind.first();
        for (String name : order) {
            var locked = lock.number(kind, name);
            if (locked.isPresent()) {
                numbers.put(name, locked.getAsInt());
                continue;
            }
            while (taken.contains(next)) {
                next++;
            }
            numbers.put(name, next++);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        numbers.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
