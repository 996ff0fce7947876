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
}
