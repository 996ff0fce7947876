package dev.bytecodedsl.kit.jit;

/**
 * How a hole is patched: which bytes, which encoding (docs/jit-abi.md). The one list of kinds: the
 * stencil extractor maps relocations onto it when it builds tables, and {@link HolePatcher} encodes
 * every kind when the JIT patches (the extractor, too, for relocations it resolves itself).
 * GOT-relative relocations never appear: the extractor rewrites them into data slots with an ABS64
 * hole.
 */
public enum HoleKind {
    X86_64_ABS64("8 bytes, little-endian: value", false),
    X86_64_ABS32("4 bytes: value, which must fit in 32 bits zero-extended", false),
    X86_64_ABS32S("4 bytes: value, which must fit in 32 bits sign-extended", false),
    X86_64_PC32("4 bytes: value minus the hole's address, which must fit in 32 bits signed", true),
    AARCH64_ABS64("8 bytes, little-endian: value", false),
    AARCH64_ADR_PREL_PG_HI21("ADRP immediate: page(value) - page(hole address), 21 bits of 4 KiB pages", true),
    AARCH64_ADD_ABS_LO12_NC("ADD immediate: value bits 11..0", false),
    AARCH64_LDST8_ABS_LO12_NC("LDR/STR (byte) immediate: value bits 11..0", false),
    AARCH64_LDST16_ABS_LO12_NC("LDR/STR (halfword) immediate: value bits 11..1", false),
    AARCH64_LDST32_ABS_LO12_NC("LDR/STR (word) immediate: value bits 11..2", false),
    AARCH64_LDST64_ABS_LO12_NC("LDR/STR (doubleword) immediate: value bits 11..3", false),
    AARCH64_LDST128_ABS_LO12_NC("LDR/STR (quadword) immediate: value bits 11..4", false),
    AARCH64_CALL26("BL immediate: (value - hole address) / 4, 26 bits signed", true),
    AARCH64_JUMP26("B immediate: (value - hole address) / 4, 26 bits signed", true),
    AARCH64_CONDBR19("B.cond/CBZ/CBNZ immediate: (value - hole address) / 4, 19 bits signed", true),
    AARCH64_MOVW_UABS_G0_NC("MOVZ/MOVK immediate: value bits 15..0", false),
    AARCH64_MOVW_UABS_G1_NC("MOVZ/MOVK immediate: value bits 31..16", false),
    AARCH64_MOVW_UABS_G2_NC("MOVZ/MOVK immediate: value bits 47..32", false),
    AARCH64_MOVW_UABS_G3("MOVZ/MOVK immediate: value bits 63..48", false);

    private final String encoding;
    private final boolean pcRelative;

    HoleKind(String encoding, boolean pcRelative) {
        this.encoding = encoding;
        this.pcRelative = pcRelative;
    }

    /** What the kind writes, in words (for docs and generated listings). */
    public String encoding() {
        return encoding;
    }

    /** Whether the field is relative to the hole's own address (a far target needs a trampoline). */
    public boolean isPcRelative() {
        return pcRelative;
    }
}
