package dev.bytecodedsl.stencils.compile;

import dev.bytecodedsl.stencils.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The clang flags for small, self-contained stencils (cf. CPython's {@code Tools/jit/_targets.py}).
 *
 * <p>Every target compiles position-independent code without a PLT ({@code -fpic -fno-plt}; COFF
 * uses {@code dllimport} instead): every external value or helper is then read from a GOT entry
 * (an {@code __imp_} pointer on COFF), which the extractor turns into an 8-byte slot in the
 * stencil's data with an absolute 64-bit hole. That keeps the code's own holes PC-relative and
 * short, reaches helpers anywhere in the address space, and carries full 64-bit operands; only
 * {@code _JIT_CONTINUE}/{@code _JIT_JUMP_TARGET} (hidden, in the same trace) are direct branches,
 * so the trailing jump can be deleted.
 */
public final class CompileFlags {

    private CompileFlags() {}

    public static List<String> of(Target target) {
        List<String> flags = new ArrayList<>(List.of(
                "--target=" + target.triple(),
                "-std=c11",
                "-O3",
                // Tail calls (musttail) need optimization; the rest keeps stencils free of anything
                // that would need a runtime we do not have or relocations we do not patch.
                "-ffreestanding",
                "-fno-stack-protector",
                "-fno-asynchronous-unwind-tables",
                "-fno-unwind-tables",
                "-fno-exceptions",
                "-fno-jump-tables",
                "-fwrapv",
                // Java never fuses a * b + c into one rounding; clang would on AArch64 (FMA).
                "-ffp-contract=off",
                "-fno-common",
                "-fno-strict-aliasing",
                "-fno-ident",
                "-Werror=implicit-function-declaration",
                // The DSL's nesting limits (200 brackets) keep lowered C below 1,024 nested
                // brackets (a DSL_DIV operand nests up to four deep); clang's default stops at 256.
                "-fbracket-depth=1024",
                "-Wno-unused-variable",
                "-Wno-unused-function",
                "-c"));
        switch (target.format()) {
            case ELF -> flags.addAll(List.of("-fpic", "-fno-plt"));
            // Mach-O arm64 is always PIC; GOT loads come by default.
            case MACHO -> flags.add("-fno-plt");
            // COFF: no PIC flag; dllimport gives the __imp_ indirection.
            case COFF -> { }
        }
        if (!target.isX86_64()) {
            // No calls to outlined atomics helpers (libgcc) in a freestanding stencil.
            flags.add("-mno-outline-atomics");
        }
        return List.copyOf(flags);
    }
}
