package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.generated.jit.JitStencilsX86_64Linux;
import dev.bytecodedsl.generated.jit.Stencil;

/**
 * The stencil table for the machine the VM runs on. Only x86-64 Linux is run natively (the other
 * targets' tables are generated and checked at the table level); another host is a clear error
 * rather than a silent fall back to the uop interpreter.
 */
public final class HostStencils implements StencilTable {
    public static final String HOST_TRIPLE = JitStencilsX86_64Linux.TARGET;

    private HostStencils() {
    }

    public static StencilTable table() {
        // Asked without touching Libc: its downcall handles cost start-up time, paid only once a
        // trace is compiled.
        String arch = System.getProperty("os.arch");
        String os = System.getProperty("os.name");
        if (!(arch.equals("amd64") || arch.equals("x86_64")) || !os.startsWith("Linux")) {
            throw new JitException("the JIT runs on x86-64 Linux only (this is " + arch + " " + os + ")");
        }
        return new HostStencils();
    }

    @Override
    public String triple() {
        return JitStencilsX86_64Linux.TARGET;
    }

    @Override
    public Stencil shim() {
        return JitStencilsX86_64Linux.shim();
    }

    @Override
    public Stencil stencil(int uop) {
        try {
            return JitStencilsX86_64Linux.stencil(uop);
        } catch (IllegalArgumentException notATier2Uop) {
            return null;
        }
    }

    @Override
    public String disassembly(int uop) {
        return JitStencilsX86_64Linux.disassembly(uop);
    }
}
