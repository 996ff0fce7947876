package dev.bytecodedsl.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic numbers. Opcode 0 marks cache units; generic instructions come next in name order,
 * then specialized ones ordered by family head and name (so "is this specialized?" is one
 * comparison), then pseudo-instructions from 256. Uops are numbered from 1 in name order.
 */
final class Numbering {

    private Numbering() {}

    /**
     * @param names          every instruction name
     * @param familyOfMember specialized instruction -> its family head
     * @return name -> opcode, in opcode order
     */
    static Map<String, Integer> opcodes(Set<String> names, Map<String, String> familyOfMember) {
        List<String> generic = new ArrayList<>();
        List<String> specialized = new ArrayList<>();
        for (String name : names) {
            (familyOfMember.containsKey(name) ? specialized : generic).add(name);
        }
        generic.sort(Comparator.naturalOrder());
        specialized.sort(Comparator.comparing((String name) -> familyOfMember.get(name))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> opcodes = new LinkedHashMap<>();
        int next = Analysis.CACHE_OPCODE + 1;
        for (String name : generic) {
            opcodes.put(name, next++);
        }
        for (String name : specialized) {
            opcodes.put(name, next++);
        }
        return opcodes;
    }

    static Map<String, Integer> pseudoOpcodes(Set<String> names) {
        Map<String, Integer> opcodes = new LinkedHashMap<>();
        int next = Analysis.FIRST_PSEUDO_OPCODE;
        for (String name : names.stream().sorted().toList()) {
            opcodes.put(name, next++);
        }
        return opcodes;
    }
}
