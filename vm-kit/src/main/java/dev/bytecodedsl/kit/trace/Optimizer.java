package dev.bytecodedsl.kit.trace;

/**
 * The seam between projection and execution: rewrites a projected trace of one code object before
 * it is installed (the VM binds what its optimizer needs of that code: constants, locals, ...). The
 * result is a plain {@link Trace} of the same shape. {@link #IDENTITY} installs the projection as
 * it is.
 */
@FunctionalInterface
public interface Optimizer {
    Optimizer IDENTITY = trace -> trace;

    Trace optimize(Trace trace);

    /**
     * The optimizer for a side trace that starts in a callee a trace of this code called (the
     * function {@code calleeVersion}) and returns to this code. By default there is none: such a
     * side trace is installed as projected.
     */
    default Optimizer inCallee(long calleeVersion) {
        return IDENTITY;
    }

    /**
     * The optimizer for a trace of this code that returns from the frame it started in to a caller,
     * the function {@code callerVersion}, and goes on there. By default there is none.
     */
    default Optimizer returningTo(long callerVersion) {
        return IDENTITY;
    }
}
