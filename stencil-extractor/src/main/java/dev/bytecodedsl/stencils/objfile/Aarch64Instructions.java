package dev.bytecodedsl.stencils.objfile;

/**
 * What the formats without per-instruction relocation types (Mach-O {@code PAGEOFF12}, COFF
 * {@code PAGEOFFSET_12L}) leave to the instruction: whether a low-12-bits relocation patches an ADD
 * or a load/store, and of which access size (the immediate is scaled by it).
 */
final class Aarch64Instructions {

    private Aarch64Instructions() {}

    static RelocationKind low12Kind(int insn) {
        if ((insn & 0x1F000000) == 0x11000000) {
            return RelocationKind.AARCH64_ADD_LO12; // ADD/ADDS (immediate), 32 or 64 bit
        }
        if ((insn & 0x3B000000) != 0x39000000) {
            return RelocationKind.UNKNOWN; // not a load/store with an unsigned 12-bit offset
        }
        int size = insn >>> 30;
        boolean vector = (insn & (1 << 26)) != 0;
        if (vector && size == 0 && (insn & (1 << 23)) != 0) {
            return RelocationKind.AARCH64_LDST128_LO12;
        }
        return switch (size) {
            case 0 -> RelocationKind.AARCH64_LDST8_LO12;
            case 1 -> RelocationKind.AARCH64_LDST16_LO12;
            case 2 -> RelocationKind.AARCH64_LDST32_LO12;
            default -> RelocationKind.AARCH64_LDST64_LO12;
        };
    }
}
