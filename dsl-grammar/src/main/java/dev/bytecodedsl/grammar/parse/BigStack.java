package dev.bytecodedsl.grammar.parse;

import dev.bytecodedsl.diagnostics.DslException;

/**
 * Runs a task on a thread with a large stack. The stack is reserved address space, committed only
 * as deep recursion touches it, so it costs nothing for ordinary input.
 */
public final class BigStack {

    /** Enough for every stage's recursion over a 100,000-term left-associative chain. */
    public static final long STACK_BYTES = 1L << 30;

    /** A task that may report DSL errors. */
    @FunctionalInterface
    public interface Task<T> {
        T run() throws DslException;
    }

    /** Whether the current thread is one this class started (nested calls then run in place). */
    private static final ThreadLocal<Boolean> ON_BIG_STACK = ThreadLocal.withInitial(() -> false);

    private BigStack() {}

    /**
     * Runs {@code task} to completion and returns its result, rethrowing what it threw. On a thread
     * this class started (the pipeline calling the parser) it runs in place: the stack is big already.
     */
    public static <T> T call(Task<T> task) throws DslException {
        if (ON_BIG_STACK.get()) {
            return task.run();
        }
        var outcome = new Object() {
            T result;
            Throwable thrown;
        };
        Thread thread = new Thread(null, () -> {
            ON_BIG_STACK.set(true);
            try {
                outcome.result = task.run();
            } catch (Throwable t) {
                outcome.thrown = t;
            }
        }, "casegen-pipeline", STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The task cannot be cancelled halfway; finish it, then restore the interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        switch (outcome.thrown) {
            case null -> {
                return outcome.result;
            }
            case DslException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(outcome.thrown);
        }
    }
}
