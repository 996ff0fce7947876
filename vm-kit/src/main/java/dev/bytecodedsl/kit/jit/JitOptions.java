package dev.bytecodedsl.kit.jit;

import java.io.PrintStream;

/**
 * How a VM's {@link Jit} behaves (the flags named are the Python VM's, which sets these from its
 * command line).
 *
 * @param fallback run traces containing a uop without a stencil on the uop interpreter instead of
 *                 failing (--jit-fallback)
 * @param dump     where --jit-dump prints each trace's machine code and holes, or null
 * @param all      compile every trace, also loops bound by helper calls ({@link HelperBoundLoops}; --jit-all)
 */
public record JitOptions(boolean fallback, PrintStream dump, boolean all) {
}
