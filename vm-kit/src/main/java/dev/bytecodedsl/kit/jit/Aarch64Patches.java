package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;

/**
 * AArch64 hole encodings, after the ELF for the Arm 64-bit Architecture (AAELF64) relocation
 * table: each patches the immediate field of the little-endian instruction word at the hole and
 * keeps the other bits. {@code value} is S + A, {@code place} is P. Range and alignment checks
 * are those the static linker makes; the {@code _NC} forms are "no check" by definition.
 */
final class Aarch64Patches {
    private Aarch64Patches() {
    }

    static void abs64(MemorySegment bytes, long offset, long value, long place) {
        bytes.set(JAVA_LONG_UNALIGNED, offset, value);
    }

    /** ADRP: Page(S+A) - Page(P), in 4 KiB pages, signed 21 bits (immlo at 29..30, immhi at 5..23). */
    static void adrPrelPgHi21(MemorySegment bytes, long offset, long value, long place) {
        long pages = ((value & ~0xFFFL) - (place & ~0xFFFL)) >> 12;
        if (pages < -(1L << 20) || pages >= 1L << 20) {
            throw X86_64Patches.outOfRange("AARCH64_ADR_PREL_PG_HI21", pages, "of +-2^20 pages from the hole");
        }
        int immlo = (int) (pages & 0x3);
        int immhi = (int) ((pages >> 2) & 0x7FFFF);
        patchWord(bytes, offset, (0x3 << 29) | (0x7FFFF << 5), immlo << 29 | immhi << 5);
    }

    /** ADD (immediate): the low 12 bits of S+A at 10..21. */
    static void addAbsLo12Nc(MemorySegment bytes, long offset, long value, long place) {
        patchWord(bytes, offset, 0xFFF << 10, (int) (value & 0xFFF) << 10);
    }

    /**
     * LDR/STR (unsigned offset) of {@code 1 << scale} bytes: the low 12 bits of S+A divided by
     * the access size; they must be a multiple of it.
     */
    static void ldstAbsLo12Nc(MemorySegment bytes, long offset, long value, int scale) {
        long low = value & 0xFFF;
        if ((low & ((1L << scale) - 1)) != 0) {
            throw new JitException("AARCH64_LDST" + (8 << scale) + "_ABS_LO12_NC hole value 0x"
                    + Long.toHexString(value) + " is not aligned to " + (1 << scale) + " bytes");
        }
        patchWord(bytes, offset, 0xFFF << 10, (int) (low >> scale) << 10);
    }

    /** B and BL: (S+A-P) / 4 in 26 signed bits, so +-128 MiB, 4-byte aligned. */
    static void branch26(MemorySegment bytes, long offset, long value, long place) {
        long delta = value - place;
        if ((delta & 3) != 0 || delta < -(1L << 27) || delta >= 1L << 27) {
            throw X86_64Patches.outOfRange("AARCH64_CALL26/JUMP26", delta, "+-128 MiB (4-aligned) from the hole");
        }
        patchWord(bytes, offset, 0x3FFFFFF, (int) (delta >> 2) & 0x3FFFFFF);
    }

    /** B.cond, CBZ/CBNZ: (S+A-P) / 4 in 19 signed bits at 5..23, so +-1 MiB, 4-byte aligned. */
    static void condBranch19(MemorySegment bytes, long offset, long value, long place) {
        long delta = value - place;
        if ((delta & 3) != 0 || delta < -(1L << 20) || delta >= 1L << 20) {
            throw X86_64Patches.outOfRange("AARCH64_CONDBR19", delta, "+-1 MiB (4-aligned) from the hole");
        }
        patchWord(bytes, offset, 0x7FFFF << 5, ((int) (delta >> 2) & 0x7FFFF) << 5);
    }

    /** MOVZ/MOVK: bits [16 * group, 16 * group + 16) of S+A at 5..20. */
    static void movwUabs(MemorySegment bytes, long offset, long value, int group) {
        int imm16 = (int) (value >>> (16 * group)) & 0xFFFF;
        patchWord(bytes, offset, 0xFFFF << 5, imm16 << 5);
    }

    private static void patchWord(MemorySegment bytes, long offset, int mask, int field) {
        int word = bytes.get(JAVA_INT_UNALIGNED, offset);
        bytes.set(JAVA_INT_UNALIGNED, offset, (word & ~mask) | field);
    }
}
