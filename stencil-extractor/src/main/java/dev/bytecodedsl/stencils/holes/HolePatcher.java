package dev.bytecodedsl.stencils.holes;

/**
 * Encodes a value into the bytes of a hole, for every {@link HoleKind}: what the runtime does at
 * JIT time and the extractor does at build time for relocations it can resolve itself. {@code
 * value} is the symbol's address plus the addend; {@code place} is the hole's own address (used by
 * the PC-relative kinds). Out-of-range values throw: they would silently corrupt code.
 */
public final class HolePatcher {

    private HolePatcher() {}

    public static void patch(byte[] bytes, int offset, HoleKind kind, long value, long place) {
        switch (kind) {
            case X86_64_ABS64, AARCH64_ABS64 -> putLong(bytes, offset, value);
            case X86_64_ABS32 -> {
                check(kind, value, 0, 0xFFFF_FFFFL);
                putInt(bytes, offset, (int) value);
            }
            case X86_64_ABS32S -> {
                check(kind, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
                putInt(bytes, offset, (int) value);
            }
            case X86_64_PC32 -> {
                long delta = value - place;
                check(kind, delta, Integer.MIN_VALUE, Integer.MAX_VALUE);
                putInt(bytes, offset, (int) delta);
            }
            case AARCH64_ADR_PREL_PG_HI21 -> {
                long pages = (value >> 12) - (place >> 12);
                check(kind, pages, -(1L << 20), (1L << 20) - 1);
                int insn = getInt(bytes, offset) & ~((0x3 << 29) | (0x7FFFF << 5));
                insn |= (int) ((pages & 0x3) << 29) | (int) (((pages >> 2) & 0x7FFFF) << 5);
                putInt(bytes, offset, insn);
            }
            case AARCH64_ADD_ABS_LO12_NC, AARCH64_LDST8_ABS_LO12_NC -> imm12(bytes, offset, value & 0xFFF);
            case AARCH64_LDST16_ABS_LO12_NC -> imm12(bytes, offset, scaled(kind, value, 1));
            case AARCH64_LDST32_ABS_LO12_NC -> imm12(bytes, offset, scaled(kind, value, 2));
            case AARCH64_LDST64_ABS_LO12_NC -> imm12(bytes, offset, scaled(kind, value, 3));
            case AARCH64_LDST128_ABS_LO12_NC -> imm12(bytes, offset, scaled(kind, value, 4));
            case AARCH64_CALL26, AARCH64_JUMP26 -> branch(bytes, offset, kind, value - place, 26, 0);
            case AARCH64_CONDBR19 -> branch(bytes, offset, kind, value - place, 19, 5);
            case AARCH64_MOVW_UABS_G0_NC -> movw(bytes, offset, value, 0);
            case AARCH64_MOVW_UABS_G1_NC -> movw(bytes, offset, value, 16);
            case AARCH64_MOVW_UABS_G2_NC -> movw(bytes, offset, value, 32);
            case AARCH64_MOVW_UABS_G3 -> movw(bytes, offset, value, 48);
        }
    }

    private static long scaled(HoleKind kind, long value, int shift) {
        long low = value & 0xFFF;
        if ((low & ((1L << shift) - 1)) != 0) {
            throw new IllegalArgumentException(kind + ": 0x" + Long.toHexString(value) + " is not aligned to " + (1 << shift));
        }
        return low >> shift;
    }

    private static void imm12(byte[] bytes, int offset, long imm) {
        int insn = getInt(bytes, offset) & ~(0xFFF << 10);
        putInt(bytes, offset, insn | (int) (imm << 10));
    }

    private static void branch(byte[] bytes, int offset, HoleKind kind, long delta, int bits, int shift) {
        if ((delta & 3) != 0) {
            throw new IllegalArgumentException(kind + ": branch distance " + delta + " is not a multiple of 4");
        }
        long words = delta >> 2;
        check(kind, words, -(1L << (bits - 1)), (1L << (bits - 1)) - 1);
        int mask = ((1 << bits) - 1) << shift;
        int insn = getInt(bytes, offset) & ~mask;
        putInt(bytes, offset, insn | (int) ((words << shift) & mask));
    }

    private static void movw(byte[] bytes, int offset, long value, int shift) {
        int insn = getInt(bytes, offset) & ~(0xFFFF << 5);
        putInt(bytes, offset, insn | (int) (((value >>> shift) & 0xFFFF) << 5));
    }

    private static void check(HoleKind kind, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(kind + ": 0x" + Long.toHexString(value) + " is out of range");
        }
    }

    public static int getInt(byte[] b, int o) {
        return (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 | (b[o + 2] & 0xFF) << 16 | (b[o + 3] & 0xFF) << 24;
    }

    public static long getLong(byte[] b, int o) {
        return (getInt(b, o) & 0xFFFF_FFFFL) | ((long) getInt(b, o + 4) << 32);
    }

    public static void putInt(byte[] b, int o, int v) {
        b[o] = (byte) v;
        b[o + 1] = (byte) (v >> 8);
        b[o + 2] = (byte) (v >> 16);
        b[o + 3] = (byte) (v >> 24);
    }

    public static void putLong(byte[] b, int o, long v) {
        putInt(b, o, (int) v);
        putInt(b, o + 4, (int) (v >> 32));
    }
}
