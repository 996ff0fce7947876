package dev.bytecodedsl.cases.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the generators need, derived from the DSL: immutable and deterministic (the same
 * input gives equal lists in the same order with the same numbers). No list follows the order of the
 * source, so moving a definition changes no generated file (issue 15).
 *
 * @param instructions tier-1 instructions ordered by opcode
 * @param ops          every op and inst body, ordered by name
 * @param families     ordered by the family head's name
 * @param pseudos      ordered by opcode
 * @param uops         tier-2 uops ordered by id
 * @param overrides    the optimizer's abstract cases from overrides files (none without one)
 */
public record Analysis(
        Declarations declarations,
        List<Instruction> instructions,
        List<Op> ops,
        List<Uop> uops,
        List<Family> families,
        List<Pseudo> pseudos,
        Overrides overrides) {

    /** Opcode 0 is never an instruction: it marks inline-cache code units. */
    public static final int CACHE_OPCODE = 0;
    public static final String CACHE_NAME = "CACHE";
    /** Pseudo-instructions are numbered from here; real opcodes must stay below (8-bit). */
    public static final int FIRST_PSEUDO_OPCODE = 256;

    public Analysis {
        instructions = List.copyOf(instructions);
        ops = ops.stream().sorted(Comparator.comparing(Op::name)).toList();
        uops = List.copyOf(uops);
        families = families.stream().sorted(Comparator.comparing(Family::head)).toList();
        pseudos = pseudos.stream().sorted(Comparator.comparingInt(Pseudo::opcode)).toList();
    }

    /**
     * Every opcode, real or pseudo, is below this (the size of tables indexed by opcode). Numbers may
     * have gaps: the number lock keeps retired names' numbers free.
     */
    public int opcodeLimit() {
        return pseudos.stream().mapToInt(Pseudo::opcode).max().orElse(FIRST_PSEUDO_OPCODE - 1) + 1;
    }

    /** The highest uop id (0 when there are none); ids may have gaps, like opcodes. */
    public int maxUopId() {
        return uops.stream().mapToInt(Uop::id).max().orElse(0);
    }

    public Optional<Instruction> instruction(String name) {
        return instructions.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<Uop> uop(String name) {
        return uops.stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public Map<String, Uop> uopsByName() {
        return uops.stream().collect(Collectors.toMap(Uop::name, Function.identity()));
    }
}
