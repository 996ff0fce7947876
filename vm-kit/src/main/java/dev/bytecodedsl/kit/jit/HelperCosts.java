package dev.bytecodedsl.kit.jit;

import java.util.Set;

/**
 * What a helper call site costs the JIT's admission policy ({@link HelperBoundLoops}), from the
 * DSL's declarations: a {@code cold} extern's sites are slow paths and cost nothing; an
 * {@code escaping} one's cost two, because its upcall also syncs the frame both ways and its
 * helpers (frame pushes and pops, allocation, calls) do more Java work; any other costs one.
 *
 * @param cold     {@code JitHelpers.coldHelpers()}
 * @param escaping {@code JitHelpers.escapingHelpers()}
 */
public record HelperCosts(Set<String> cold, Set<String> escaping) {
    /** Every call site costs one: for a VM that declares neither attribute's sets. */
    public static final HelperCosts UNIFORM = new HelperCosts(Set.of(), Set.of());

    public HelperCosts {
        cold = Set.copyOf(cold);
        escaping = Set.copyOf(escaping);
    }

    /** The cost of one call site of {@code helper}. */
    public int siteCost(String helper) {
        if (cold.contains(helper)) {
            return 0;
        }
        return escaping.contains(helper) ? 2 : 1;
    }
}
