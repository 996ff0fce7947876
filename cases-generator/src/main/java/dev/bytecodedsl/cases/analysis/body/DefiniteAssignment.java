package dev.bytecodedsl.cases.analysis.body;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.grammar.ast.StackEffect;
import dev.bytecodedsl.grammar.ast.Stmt;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks that every output the body must produce is assigned on every path reaching the end of the
 * body: the generated code pushes it there, and neither Java nor C would catch a missing value the
 * same way. Outputs that need no assignment: {@code unused}, arrays (written element by element),
 * and pass-throughs (they already hold the input).
 */
final class DefiniteAssignment extends ForwardFlow<DefiniteAssignment.Assigned> {

    /** The outputs assigned on every path so far; an unreachable path has assigned everything. */
    record Assigned(boolean unreachable, Set<Symbol> symbols) {
        Assigned {
            symbols = Set.copyOf(symbols);
        }

        boolean has(Symbol symbol) {
            return unreachable || symbols.contains(symbol);
        }
    }

    private static final Assigned UNREACHABLE = new Assigned(true, Set.of());

    private final Resolution resolution;

    DefiniteAssignment(Resolution resolution) {
        this.resolution = resolution;
    }

    void check(Definition.InstructionDef def, Scopes.StackValues stack, Diagnostics diagnostics) {
        Assigned end = run(def.body(), new Assigned(false, Set.of()));
        for (StackEffect.StackItem output : def.effect().stackOutputs()) {
            Symbol.StackValue value = stack.byName().get(output.name());
            boolean needsAssignment = !output.isUnused() && !output.isArray() && value != null && !value.isPassThrough();
            if (needsAssignment && !end.has(value)) {
                diagnostics.error(output.pos(), "output '" + output.name() + "' of '" + def.name()
                        + "' is not assigned on every path");
            }
        }
    }

    @Override
    protected Assigned unreachable() {
        return UNREACHABLE;
    }

    @Override
    protected Assigned join(Assigned a, Assigned b) {
        if (a.unreachable()) {
            return b;
        }
        if (b.unreachable()) {
            return a;
        }
        Set<Symbol> both = new HashSet<>(a.symbols());
        both.retainAll(b.symbols());
        return new Assigned(false, both);
    }

    @Override
    protected Assigned assigned(Stmt.Assign assign, Assigned in) {
        // Writing one element does not assign a whole variable.
        if (in.unreachable() || assign.index().isPresent()) {
            return in;
        }
        return resolution.target(assign).map(target -> {
            Set<Symbol> more = new HashSet<>(in.symbols());
            more.add(target);
            return new Assigned(false, more);
        }).orElse(in);
    }
}
