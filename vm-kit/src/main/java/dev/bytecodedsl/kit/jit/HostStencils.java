package dev.bytecodedsl.kit.jit;

/**
 * Picks the stencil table for the machine the VM runs on. Only x86-64 Linux is run natively (the
 * other targets' tables are generated and checked at the table level); another host is a clear
 * error rather than a silent fall back to the uop interpreter.
 */
public final class HostStencils {
    /** The one triple the JIT runs natively. */
    public static final String HOST_TRIPLE = "x86_64-unknown-linux-gnu";

    private HostStencils() {
    }

    /** Whether this JVM runs on a host the JIT can run native code on. */
    public static boolean supported() {
        // Asked without touching libc: its downcall handles cost start-up time, paid only once a
        // trace is compiled.
        String arch = System.getProperty("os.arch");
        return (arch.equals("amd64") || arch.equals("x86_64")) && System.getProperty("os.name").startsWith("Linux");
    }

    /** The table among {@code tables} built for this host; a {@link JitException} when there is none. */
    public static StencilTable select(StencilTable... tables) {
        if (!supported()) {
            throw new JitException("the JIT runs on x86-64 Linux only (this is " + System.getProperty("os.arch") + " "
                    + System.getProperty("os.name") + ")");
        }
        for (StencilTable table : tables) {
            if (table.triple().equals(HOST_TRIPLE)) {
                return table;
            }
        }
        throw new JitException("no stencil table for " + HOST_TRIPLE + " (the VM's stencilTargets must include it)");
    }
}
