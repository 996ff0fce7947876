// Generated from bytecodes.def by the cases generator (stencils). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

/**
 * How a hole is patched: which bytes, which encoding (docs/jit-abi.md). GOT-relative
 * relocations never appear: the extractor turns them into data slots with an ABS64 hole.
 */
public enum HoleKind {
    /**
     * 8 bytes, little-endian: value.
     */
    X86_64_ABS64,

    /**
     * 4 bytes: value, which must fit in 32 bits zero-extended.
     */
    X86_64_ABS32,

    /**
     * 4 bytes: value, which must fit in 32 bits sign-extended.
     */
    X86_64_ABS32S,

    /**
     * 4 bytes: value minus the hole's address, which must fit in 32 bits signed.
     */
    X86_64_PC32,

    /**
     * 8 bytes, little-endian: value.
     */
    AARCH64_ABS64,

    /**
     * ADRP immediate: page(value) - page(hole address), 21 bits of 4 KiB pages.
     */
    AARCH64_ADR_PREL_PG_HI21,

    /**
     * ADD immediate: value bits 11..0.
     */
    AARCH64_ADD_ABS_LO12_NC,

    /**
     * LDR/STR (byte) immediate: value bits 11..0.
     */
    AARCH64_LDST8_ABS_LO12_NC,

    /**
     * LDR/STR (halfword) immediate: value bits 11..1.
     */
    AARCH64_LDST16_ABS_LO12_NC,

    /**
     * LDR/STR (word) immediate: value bits 11..2.
     */
    AARCH64_LDST32_ABS_LO12_NC,

    /**
     * LDR/STR (doubleword) immediate: value bits 11..3.
     */
    AARCH64_LDST64_ABS_LO12_NC,

    /**
     * LDR/STR (quadword) immediate: value bits 11..4.
     */
    AARCH64_LDST128_ABS_LO12_NC,

    /**
     * BL immediate: (value - hole address) / 4, 26 bits signed.
     */
    AARCH64_CALL26,

    /**
     * B immediate: (value - hole address) / 4, 26 bits signed.
     */
    AARCH64_JUMP26,

    /**
     * B.cond/CBZ/CBNZ immediate: (value - hole address) / 4, 19 bits signed.
     */
    AARCH64_CONDBR19,

    /**
     * MOVZ/MOVK immediate: value bits 15..0.
     */
    AARCH64_MOVW_UABS_G0_NC,

    /**
     * MOVZ/MOVK immediate: value bits 31..16.
     */
    AARCH64_MOVW_UABS_G1_NC,

    /**
     * MOVZ/MOVK immediate: value bits 47..32.
     */
    AARCH64_MOVW_UABS_G2_NC,

    /**
     * MOVZ/MOVK immediate: value bits 63..48.
     */
    AARCH64_MOVW_UABS_G3
}
