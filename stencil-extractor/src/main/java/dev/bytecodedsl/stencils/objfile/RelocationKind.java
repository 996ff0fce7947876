package dev.bytecodedsl.stencils.objfile;

/**
 * The relocations the extractor understands, named by what they compute rather than by format. Each
 * reader maps its native types here; a native type with no entry is {@link #UNKNOWN}, which the
 * hole extraction reports as an error naming the uop, the relocation and the offset.
 */
public enum RelocationKind {
    // x86-64
    X86_64_ABS64,
    X86_64_ABS32,
    X86_64_ABS32S,
    /** S + A - P, 4 bytes (PC32, PLT32, COFF REL32). */
    X86_64_PC32,
    /** GOT entry of S + A - P, 4 bytes (GOTPCREL, GOTPCRELX, REX_GOTPCRELX; COFF REL32 to __imp_S). */
    X86_64_GOT_PC32,
    // AArch64
    AARCH64_ABS64,
    AARCH64_ADR_PAGE21,
    AARCH64_ADD_LO12,
    AARCH64_LDST8_LO12,
    AARCH64_LDST16_LO12,
    AARCH64_LDST32_LO12,
    AARCH64_LDST64_LO12,
    AARCH64_LDST128_LO12,
    AARCH64_CALL26,
    AARCH64_JUMP26,
    AARCH64_CONDBR19,
    AARCH64_MOVW_G0_NC,
    AARCH64_MOVW_G1_NC,
    AARCH64_MOVW_G2_NC,
    AARCH64_MOVW_G3,
    /** ADRP of the page of S's GOT entry. */
    AARCH64_GOT_PAGE21,
    /** LDR (64-bit) of S's GOT entry, low 12 bits. */
    AARCH64_GOT_LD64_LO12,
    UNKNOWN
}
