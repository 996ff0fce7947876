package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.List;

/**
 * Composes the stack effects of the ops of a macro, the way CPython's cases generator does: each op
 * pops its inputs first from what earlier ops pushed, then from the instruction's incoming stack.
 * What is left pushed at the end are the instruction's outputs.
 */
final class StackComposer {

    /** The composed effect: inputs and outputs of the whole instruction, bottom to top. */
    record Composed(List<Slot> inputs, List<Slot> outputs) {}

    private StackComposer() {}

    static Composed compose(String instruction, SourcePos pos, List<Op> ops, Diagnostics diagnostics) {
        List<Slot> incoming = new ArrayList<>();
        List<Slot> pending = new ArrayList<>();
        for (Op op : ops) {
            List<Slot> inputs = op.inputs();
            for (int i = inputs.size() - 1; i >= 0; i--) {
                Slot input = inputs.get(i);
                if (pending.isEmpty()) {
                    incoming.addFirst(input);
                    continue;
                }
                Slot produced = pending.removeLast();
                if (!produced.size().sameAs(input.size())) {
                    diagnostics.error(pos, "in '" + instruction + "', op '" + op.name() + "' pops '" + input.name()
                            + "' of size " + input.size() + " but the previous op pushed '" + produced.name()
                            + "' of size " + produced.size());
                }
            }
            pending.addAll(op.outputs());
        }
        return new Composed(incoming, pending);
    }
}
