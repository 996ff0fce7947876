package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.generated.jit.Stencil;

/**
 * One target's stencils as the compiler needs them: the shim and each uop's stencil (null when the
 * extractor produced none for that uop). The generated {@code JitStencils*} classes are adapted to
 * this by {@link HostStencils}; tests pass small hand-made tables.
 */
public interface StencilTable {
    /** The target triple the stencils were built for, e.g. {@code x86_64-unknown-linux-gnu}. */
    String triple();

    Stencil shim();

    /** The stencil of uop number {@code uop} (of {@code Uops}), or null. */
    Stencil stencil(int uop);

    /** The clang disassembly of the uop's stencil, for dumps (may be empty). */
    String disassembly(int uop);
}
