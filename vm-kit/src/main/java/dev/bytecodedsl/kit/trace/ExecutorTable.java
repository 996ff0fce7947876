package dev.bytecodedsl.kit.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One code object's executors, indexed by ENTER_EXECUTOR's oparg. Capped at 256 so the index fits
 * the 8-bit oparg: EXTENDED_ARG prefixes (in a VM that has them) before the replaced JUMP_BACKWARD stay in the code and
 * only add high bits, which {@link #get} masks off. Slots are never reused, so an index in the
 * code always names the executor installed there.
 */
public final class ExecutorTable<C> {
    public static final int MAX_EXECUTORS = 256;

    private final List<Executor<C>> executors = new ArrayList<>();

    public boolean isFull() {
        return executors.size() >= MAX_EXECUTORS;
    }

    /** The index the next executor gets. */
    public int nextIndex() {
        return executors.size();
    }

    public int add(Executor<C> executor) {
        if (isFull()) {
            throw new IllegalStateException("executor table full");
        }
        executors.add(executor);
        return executors.size() - 1;
    }

    /** The executor an ENTER_EXECUTOR oparg names (its low 8 bits). */
    public Executor<C> get(int oparg) {
        return executors.get(oparg & 0xFF);
    }

    public List<Executor<C>> all() {
        return Collections.unmodifiableList(executors);
    }
}
