package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * x86-64 hole encodings (the ELF relocations R_X86_64_64, _32, _32S and _PC32; the extractor maps
 * _PLT32 and the GOT forms onto these). {@code value} is the symbol's address plus the addend,
 * {@code place} the hole's own address. Little-endian fields; a value that does not fit is a
 * {@link JitException}, never truncated.
 */
final class X86_64Patches {
    private X86_64Patches() {
    }

    static void abs64(MemorySegment bytes, long offset, long value, long place) {
        bytes.set(JAVA_LONG_UNALIGNED, offset, value);
    }

    /** Zero-extended 32 bits: the value must be in [0, 2^32). */
    static void abs32(MemorySegment bytes, long offset, long value, long place) {
        if (value >>> 32 != 0) {
            throw outOfRange("X86_64_ABS32", value, "[0, 2^32)");
        }
        bytes.set(JAVA_INT_UNALIGNED, offset, (int) value);
    }

    /** Sign-extended 32 bits: the value must be in [-2^31, 2^31). */
    static void abs32s(MemorySegment bytes, long offset, long value, long place) {
        if (value != (int) value) {
            throw outOfRange("X86_64_ABS32S", value, "[-2^31, 2^31)");
        }
        bytes.set(JAVA_INT_UNALIGNED, offset, (int) value);
    }

    /** PC-relative 32 bits: {@code value - place} must be in [-2^31, 2^31). */
    static void pc32(MemorySegment bytes, long offset, long value, long place) {
        long delta = value - place;
        if (delta != (int) delta) {
            throw outOfRange("X86_64_PC32", delta, "[-2^31, 2^31) from the hole");
        }
        bytes.set(JAVA_INT_UNALIGNED, offset, (int) delta);
    }

    static JitException outOfRange(String kind, long value, String range) {
        return new JitException(kind + " hole value 0x" + Long.toHexString(value) + " is out of range " + range);
    }
}
