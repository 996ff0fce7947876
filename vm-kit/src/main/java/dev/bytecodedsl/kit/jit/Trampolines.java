package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.HexFormat;

/**
 * Far jumps for PC-relative references to helpers: an upcall stub may lie beyond the +-2 GiB of a
 * {@code call rel32} (or the +-128 MiB of {@code bl}) from the trace's mapping, so such holes go
 * through a trampoline in the same mapping that jumps to the full 64-bit address. Encodings from
 * llvm-mc-19 --show-encoding: x86-64 {@code jmpq *(%rip)} followed by the address; AArch64
 * {@code ldr x16, #8; br x16} followed by the address (x16 is the intra-procedure-call scratch
 * register, free at a call).
 */
final class Trampolines {
    /** Every trampoline takes this many bytes (the x86-64 one is padded). */
    static final int SIZE = 16;

    private static final byte[] X86_64 = HexFormat.of().parseHex("ff2500000000");
    private static final byte[] AARCH64 = HexFormat.of().parseHex("50000058" + "00021fd6");

    private Trampolines() {
    }

    /** Writes a trampoline to {@code target} at {@code offset}, for the target triple's architecture. */
    static void write(MemorySegment bytes, long offset, String triple, long target) {
        byte[] jump = triple.startsWith("x86_64") ? X86_64 : AARCH64;
        MemorySegment.copy(jump, 0, bytes, JAVA_BYTE, offset, jump.length);
        bytes.set(JAVA_LONG_UNALIGNED, offset + jump.length, target);
    }
}
