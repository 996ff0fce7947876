package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A JIT's compiled traces that are still alive, by id: the id is patched into a trace's exits
 * ({@code _JIT_TRACE_ID}), which store it on leaving, so after linked exits the runtime finds the
 * trace that left. Ids are not reused (a freed trace's id finds nothing).
 */
final class LiveTraces<C extends FrameContext> {
    private final List<JitTrace<C>> byId = new ArrayList<>();

    /** The id the next trace added gets. */
    int nextId() {
        return byId.size();
    }

    void add(JitTrace<C> trace) {
        if (trace.id() != byId.size()) {
            throw new IllegalStateException("trace " + trace.id() + " added as " + byId.size());
        }
        byId.add(trace);
    }

    /** The live trace with id {@code id}. */
    JitTrace<C> get(int id) {
        JitTrace<C> trace = id >= 0 && id < byId.size() ? byId.get(id) : null;
        if (trace == null) {
            throw new JitException("machine code left from trace " + id + ", which is not alive");
        }
        return trace;
    }

    void remove(JitTrace<C> trace) {
        byId.set(trace.id(), null);
    }

    List<JitTrace<C>> all() {
        return byId.stream().filter(t -> t != null).toList();
    }
}
