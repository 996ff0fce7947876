package dev.bytecodedsl.runtime.jit;

/**
 * The stencil table for the machine the VM runs on. Only x86-64 Linux is run natively (the other
 * targets' tables are generated and checked at the table level); anything else, or missing
 * tables, is a clear error rather than a silent fall back to the uop interpreter.
 */
public final class HostStencils {
    public static final String HOST_TRIPLE = "x86_64-unknown-linux-gnu";

    private HostStencils() {
    }

    public static StencilTable table() {
        String arch = System.getProperty("os.arch");
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            throw new JitException("the JIT runs on x86-64 Linux only (this is " + arch + ")");
        }
        Libc.requireLinux();
        throw new JitException("no stencil tables for " + HOST_TRIPLE
                + " in generated/ (they are built with clang-19: ./casegen generate)");
    }
}
