package dev.bytecodedsl.kit.jit;


import java.lang.foreign.MemorySegment;

/**
 * Writes one hole: {@code kind}'s encoding of {@code value} (the symbol's address plus the addend)
 * into {@code bytes} at {@code offset}, whose run-time address is {@code place} (PC-relative kinds
 * subtract it). One case per {@link HoleKind} of docs/jit-abi.md; the switch is exhaustive, so a
 * kind added to the contract does not compile until it is patched here.
 */
public final class HolePatcher {
    private HolePatcher() {
    }

    public static void patch(MemorySegment bytes, long offset, HoleKind kind, long value, long place) {
        switch (kind) {
            case X86_64_ABS64 -> X86_64Patches.abs64(bytes, offset, value, place);
            case X86_64_ABS32 -> X86_64Patches.abs32(bytes, offset, value, place);
            case X86_64_ABS32S -> X86_64Patches.abs32s(bytes, offset, value, place);
            case X86_64_PC32 -> X86_64Patches.pc32(bytes, offset, value, place);
            case AARCH64_ABS64 -> Aarch64Patches.abs64(bytes, offset, value, place);
            case AARCH64_ADR_PREL_PG_HI21 -> Aarch64Patches.adrPrelPgHi21(bytes, offset, value, place);
            case AARCH64_ADD_ABS_LO12_NC -> Aarch64Patches.addAbsLo12Nc(bytes, offset, value, place);
            case AARCH64_LDST8_ABS_LO12_NC -> Aarch64Patches.ldstAbsLo12Nc(bytes, offset, value, 0);
            case AARCH64_LDST16_ABS_LO12_NC -> Aarch64Patches.ldstAbsLo12Nc(bytes, offset, value, 1);
            case AARCH64_LDST32_ABS_LO12_NC -> Aarch64Patches.ldstAbsLo12Nc(bytes, offset, value, 2);
            case AARCH64_LDST64_ABS_LO12_NC -> Aarch64Patches.ldstAbsLo12Nc(bytes, offset, value, 3);
            case AARCH64_LDST128_ABS_LO12_NC -> Aarch64Patches.ldstAbsLo12Nc(bytes, offset, value, 4);
            case AARCH64_CALL26, AARCH64_JUMP26 -> Aarch64Patches.branch26(bytes, offset, value, place);
            case AARCH64_CONDBR19 -> Aarch64Patches.condBranch19(bytes, offset, value, place);
            case AARCH64_MOVW_UABS_G0_NC -> Aarch64Patches.movwUabs(bytes, offset, value, 0);
            case AARCH64_MOVW_UABS_G1_NC -> Aarch64Patches.movwUabs(bytes, offset, value, 1);
            case AARCH64_MOVW_UABS_G2_NC -> Aarch64Patches.movwUabs(bytes, offset, value, 2);
            case AARCH64_MOVW_UABS_G3 -> Aarch64Patches.movwUabs(bytes, offset, value, 3);
        }
    }
}
