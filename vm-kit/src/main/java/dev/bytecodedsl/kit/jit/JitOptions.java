package dev.bytecodedsl.kit.jit;

import java.io.PrintStream;

/**
 * How a VM's {@link Jit} behaves. The kit names no VM's flags: a VM that wants its own in the JIT's
 * messages hands them over ({@code fallbackFlag}).
 *
 * @param fallback     run traces containing a uop without a stencil on the uop interpreter instead
 *                     of failing
 * @param dump         where each trace's machine code and holes are printed, or null
 * @param all          compile every trace, also loops bound by helper calls ({@link HelperBoundLoops})
 * @param fallbackFlag how the VM's user turns {@code fallback} on (e.g. a command-line flag), named in
 *                     the error a missing stencil raises; null when the VM has none to name
 * @param stats        count the uops machine code executes and its helper upcalls ({@link JitStats});
 *                     off, machine code and upcalls count nothing
 */
public record JitOptions(boolean fallback, PrintStream dump, boolean all, String fallbackFlag, boolean stats) {
    /** Options whose messages name no flag, without statistics. */
    public JitOptions(boolean fallback, PrintStream dump, boolean all) {
        this(fallback, dump, all, null, false);
    }

    /** Options without statistics. */
    public JitOptions(boolean fallback, PrintStream dump, boolean all, String fallbackFlag) {
        this(fallback, dump, all, fallbackFlag, false);
    }

    /** The hint a missing stencil's error ends with. */
    String fallbackHint() {
        return fallbackFlag == null ? "with fallback on, such traces run on the uop interpreter"
                : fallbackFlag + " runs such traces on the uop interpreter";
    }
}
