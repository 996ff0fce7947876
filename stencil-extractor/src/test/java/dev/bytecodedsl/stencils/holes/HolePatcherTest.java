package dev.bytecodedsl.stencils.holes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Each patch kind against encodings checked by hand (the AArch64 ones checked with llvm-mc-19 --show-encoding). */
class HolePatcherTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static int patched(int insn, HoleKind kind, long value, long place) {
        byte[] bytes = new byte[4];
        HolePatcher.putInt(bytes, 0, insn);
        HolePatcher.patch(bytes, 0, kind, value, place);
        return HolePatcher.getInt(bytes, 0);
    }

    @Test
    void x86Abs64IsLittleEndian() {
        byte[] bytes = new byte[8];
        HolePatcher.patch(bytes, 0, HoleKind.X86_64_ABS64, 0x1122334455667788L, 0);
        assertArrayEquals(hex("8877665544332211"), bytes);
    }

    @Test
    void x86Pc32IsRelativeToTheHole() {
        // jmp rel32 at 0x1000: the displacement field at 0x1001, addend -4 already in the value.
        byte[] bytes = hex("e900000000");
        HolePatcher.patch(bytes, 1, HoleKind.X86_64_PC32, 0x2000 - 4, 0x1001);
        assertArrayEquals(hex("e9fb0f0000"), bytes); // 0x2000 - 0x1005 = 0xffb
    }

    @Test
    void x86Pc32OutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> HolePatcher.patch(new byte[4], 0, HoleKind.X86_64_PC32, 1L << 40, 0));
        assertThrows(IllegalArgumentException.class,
                () -> HolePatcher.patch(new byte[4], 0, HoleKind.X86_64_ABS32, -1, 0));
    }

    @Test
    void aarch64Adrp() {
        // adrp x8, <page> at 0x10000 -> target 0x23456789: 0x13 pages forward = immlo 3, immhi 4
        assertEquals(0xF0000088, patched(0x90000008, HoleKind.AARCH64_ADR_PREL_PG_HI21, 0x23456789L, 0x23443000L));
        assertEquals(0xB0000008, patched(0x90000008, HoleKind.AARCH64_ADR_PREL_PG_HI21, 0x2000, 0x1000));
    }

    @Test
    void aarch64Low12() {
        assertEquals(0x911E2108, patched(0x91000108, HoleKind.AARCH64_ADD_ABS_LO12_NC, 0x12345788L, 0)); // add x8, x8, #0x788
        assertEquals(0xF940F108, patched(0xF9400108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, 0x1E0, 0)); // ldr x8, [x8, #0x1e0]
        assertThrows(IllegalArgumentException.class,
                () -> patched(0xF9400108, HoleKind.AARCH64_LDST64_ABS_LO12_NC, 0x1E4, 0));
    }

    @Test
    void aarch64Branches() {
        assertEquals(0x14000004, patched(0x14000000, HoleKind.AARCH64_JUMP26, 0x1010, 0x1000)); // b +16
        assertEquals(0x97FFFFFF, patched(0x94000000, HoleKind.AARCH64_CALL26, 0x0FFC, 0x1000)); // bl -4
        assertEquals(0x54000081, patched(0x54000001, HoleKind.AARCH64_CONDBR19, 0x1010, 0x1000)); // b.ne +16
    }

    @Test
    void aarch64Movw() {
        long value = 0x1234_5678_9ABC_DEF0L;
        assertEquals(0xD29BDE00, patched(0xD2800000, HoleKind.AARCH64_MOVW_UABS_G0_NC, value, 0)); // movz x0, #0xdef0
        assertEquals(0xF2B35780, patched(0xF2A00000, HoleKind.AARCH64_MOVW_UABS_G1_NC, value, 0)); // movk x0, #0x9abc, lsl 16
        assertEquals(0xF2CACF00, patched(0xF2C00000, HoleKind.AARCH64_MOVW_UABS_G2_NC, value, 0)); // movk x0, #0x5678, lsl 32
        assertEquals(0xF2E24680, patched(0xF2E00000, HoleKind.AARCH64_MOVW_UABS_G3, value, 0)); // movk x0, #0x1234, lsl 48
    }
}
