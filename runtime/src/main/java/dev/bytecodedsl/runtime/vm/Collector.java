package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.object.Heap;

import java.util.function.LongConsumer;

/**
 * Runs the heap's mark-sweep collection at instruction boundaries (the eval breaker), with the VM's
 * roots: every live frame's locals and value stack up to its saved stack pointer, its function and
 * namespaces, the pending and handled exceptions, the builtins and the values helpers hold across
 * nested invocations. Constants, names and builtins are pinned when loaded. In stress mode it
 * collects at every eval-breaker check.
 */
final class Collector {
    private final Heap heap;
    private final Frames frames;
    private final Exceptions exceptions;
    private final Globals globals;
    private final TempRoots roots;
    private final boolean stress;
    private final EvalBreaker breaker = new EvalBreaker();

    Collector(Heap heap, Frames frames, Exceptions exceptions, Globals globals, TempRoots roots, boolean stress) {
        this.heap = heap;
        this.frames = frames;
        this.exceptions = exceptions;
        this.globals = globals;
        this.roots = roots;
        this.stress = stress;
        heap.onCollectionWanted(breaker::set);
        if (stress || heap.wantsCollection()) {
            breaker.set();
        }
    }

    EvalBreaker breaker() {
        return breaker;
    }

    boolean wanted() {
        return breaker.pending();
    }

    void collect() {
        heap.collect(this::visitRoots);
        if (!stress) {
            breaker.clear();
        }
    }

    private void visitRoots(LongConsumer mark) {
        for (Frame f = frames.current(); f != null; f = f.previous) {
            for (int slot = f.fp; slot < f.sp; slot++) {
                mark.accept(frames.stack.get(slot));
            }
            mark.accept(f.function);
            mark.accept(f.globals.dictValue());
            if (f.namespace != null) {
                mark.accept(f.namespace.dictValue());
            }
        }
        mark.accept(exceptions.pending());
        mark.accept(exceptions.handled());
        mark.accept(globals.builtins().dictValue());
        roots.visit(mark);
    }
}
