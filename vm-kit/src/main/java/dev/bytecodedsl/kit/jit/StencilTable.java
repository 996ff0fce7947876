package dev.bytecodedsl.kit.jit;

import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One target's stencils as the compiler needs them: the shim and each uop's stencil (null when the
 * extractor produced none for that uop). Each generated {@code JitStencils*} class offers itself
 * as one ({@code TABLE}, made with {@link #of}); tests pass small hand-made tables.
 */
public interface StencilTable {
    /** The target triple the stencils were built for, e.g. {@code x86_64-unknown-linux-gnu}. */
    String triple();

    Stencil shim();

    /**
     * The loop counter: adds one to {@code JitState.loop_closes} and falls through. With statistics
     * on, the compiler lays it out in front of a trace's loop close, so machine code counts its
     * loop's iterations only then (docs/jit-abi.md); it has no holes.
     */
    Stencil loopCounter();

    /** The stencil of uop number {@code uop} (of the VM's {@code Uops}), or null. */
    Stencil stencil(int uop);

    /** The clang disassembly of the uop's stencil, for dumps (may be empty). */
    String disassembly(int uop);

    /**
     * A generated table's static methods as a table: {@code stencil} and {@code disassembly} throw
     * {@link IllegalArgumentException} for a uop without a stencil, which becomes null here.
     */
    static StencilTable of(String triple, Supplier<Stencil> shim, Supplier<Stencil> loopCounter,
                           IntFunction<Stencil> stencil, IntFunction<String> disassembly) {
        return new StencilTable() {
            @Override
            public String triple() {
                return triple;
            }

            @Override
            public Stencil shim() {
                return shim.get();
            }

            @Override
            public Stencil loopCounter() {
                return loopCounter.get();
            }

            @Override
            public Stencil stencil(int uop) {
                try {
                    return stencil.apply(uop);
                } catch (IllegalArgumentException notATier2Uop) {
                    return null;
                }
            }

            @Override
            public String disassembly(int uop) {
                return disassembly.apply(uop);
            }
        };
    }
}
