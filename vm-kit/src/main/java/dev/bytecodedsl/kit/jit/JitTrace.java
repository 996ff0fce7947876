package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A trace's compiled code, runnable until closed (its executor died or the VM closed), with its
 * exit links (docs/jit-abi.md, "Linked exits"): the traces its exits jump to, and the exits of
 * other traces that jump to it, which are cut before its code is freed.
 */
final class JitTrace<C extends FrameContext> implements NativeTrace<C> {
    /** Exit {@code exit} of {@code from} jumps into a trace's entry. */
    private record Link<C extends FrameContext>(JitTrace<C> from, int exit) {
    }

    private final int id;
    private final Trace trace;
    private final CompiledCode code;
    private final ExitLinks links;
    private final NativeExecution<C> execution;
    private final boolean linksExits;
    private final Consumer<JitTrace<C>> onClose;
    private final Map<Integer, JitTrace<C>> outgoing = new HashMap<>();
    private final List<Link<C>> incoming = new ArrayList<>();
    private Executor<C> owner;
    /** Closed: no longer run or linked to; its code is freed once no run is in progress. */
    private boolean closed;

    /** @param linksExits whether {@link #link} writes links (off with statistics: all exits go through Java) */
    JitTrace(int id, Trace trace, CompiledCode code, ExitLinks links, NativeExecution<C> execution,
             boolean linksExits, Consumer<JitTrace<C>> onClose) {
        this.id = id;
        this.trace = trace;
        this.code = code;
        this.links = links;
        this.execution = execution;
        this.linksExits = linksExits;
        this.onClose = onClose;
    }

    @Override
    public int run(C ctx, int sp) {
        if (!isLive()) {
            throw new IllegalStateException("running a freed trace");
        }
        return execution.run(this, ctx, sp);
    }

    @Override
    public Executor<C> leftFrom() {
        return execution.leaving().owner;
    }

    @Override
    public void ownedBy(Executor<C> executor) {
        this.owner = executor;
    }

    @Override
    public void link(int exit, NativeTrace<C> next) {
        if (!linksExits || !(next instanceof JitTrace<C> target) || !isLive() || !target.isLive()) {
            return;
        }
        cut(exit);
        links.set(exit, target.code.entry(0));
        outgoing.put(exit, target);
        target.incoming.add(new Link<>(this, exit));
    }

    /** Whether exit {@code exit} jumps into another trace (tests). */
    boolean isLinked(int exit) {
        return links.get(exit) != 0;
    }

    /** Exit {@code exit} returns to the runtime again. */
    private void cut(int exit) {
        JitTrace<C> target = outgoing.remove(exit);
        if (target != null) {
            links.set(exit, 0);
            target.incoming.remove(new Link<>(this, exit));
        }
    }

    int id() {
        return id;
    }

    Trace trace() {
        return trace;
    }

    CompiledCode code() {
        return code;
    }

    private boolean isLive() {
        return !closed && code.memory().isExecutable();
    }

    /**
     * No machine code jumps here from now on, and this trace's own links are cut. Its code is
     * unmapped (and its id forgotten) once no run is in progress: a linked exit may have entered it
     * without an executor's entry, and a helper it called may be what closes it (recursion through
     * an invalidating call).
     */
    @Override
    public void close() {
        if (isLive()) {
            closed = true;
            for (Link<C> in : List.copyOf(incoming)) {
                in.from().cut(in.exit());
            }
            for (int exit : List.copyOf(outgoing.keySet())) {
                cut(exit);
            }
            execution.whenIdle(() -> {
                code.memory().close();
                onClose.accept(this);
            });
        }
    }
}
