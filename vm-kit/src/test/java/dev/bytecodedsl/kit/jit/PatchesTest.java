package dev.bytecodedsl.kit.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Every patch function against hand-checked encodings: the expected bytes are what
 * {@code llvm-mc-19 --show-encoding} (triples x86_64 and aarch64) prints for the same instruction
 * with the immediate written out, and each test starts from that instruction with a zero field
 * (as clang leaves it at a relocation).
 */
class PatchesTest {
    private static final HexFormat HEX = HexFormat.of();

    private static MemorySegment bytes(String hex) {
        return MemorySegment.ofArray(HEX.parseHex(hex));
    }

    private static String hex(MemorySegment segment) {
        return HEX.formatHex(segment.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
    }

    // ---- x86-64

    @Test
    void x86Abs64FillsAMovabs() {
        MemorySegment code = bytes("48b80000000000000000");           // movabsq $0, %rax
        X86_64Patches.abs64(code, 2, 0x0123456789abcdefL, 0);
        assertEquals("48b8efcdab8967452301", hex(code));              // movabsq $0x123456789abcdef, %rax
    }

    @Test
    void x86Abs32IsZeroExtended() {
        MemorySegment code = bytes("b800000000");                     // movl $0, %eax
        X86_64Patches.abs32(code, 1, 0xdeadbeefL, 0);
        assertEquals("b8efbeadde", hex(code));                        // movl $0xdeadbeef, %eax
        JitException e = assertThrows(JitException.class, () -> X86_64Patches.abs32(code, 1, -1, 0));
        assertEquals("X86_64_ABS32 hole value 0xffffffffffffffff is out of range [0, 2^32)", e.getMessage());
        assertThrows(JitException.class, () -> X86_64Patches.abs32(code, 1, 1L << 32, 0));
    }

    @Test
    void x86Abs32sIsSignExtended() {
        MemorySegment code = bytes("48c7c000000000");                 // movq $0, %rax
        X86_64Patches.abs32s(code, 3, -2, 0);
        assertEquals("48c7c0feffffff", hex(code));                    // movq $-2, %rax
        assertThrows(JitException.class, () -> X86_64Patches.abs32s(code, 3, 0x80000000L, 0));
        assertThrows(JitException.class, () -> X86_64Patches.abs32s(code, 3, -0x80000001L, 0));
    }

    @Test
    void x86Pc32IsRelativeToTheHole() {
        // jmp .+0x1000 at 0 (e9 fb 0f 00 00): the hole at 1, addend -4, so S + A = 0x1000 - 4.
        MemorySegment jmp = bytes("e900000000");
        X86_64Patches.pc32(jmp, 1, 0x1000 - 4, 1);
        assertEquals("e9fb0f0000", hex(jmp));
        // call .-0x10 at 5 (e8 eb ff ff ff): the hole at 6.
        MemorySegment call = bytes("e800000000");
        X86_64Patches.pc32(call, 1, 5 - 0x10 - 4, 6);
        assertEquals("e8ebffffff", hex(call));
        JitException e = assertThrows(JitException.class, () -> X86_64Patches.pc32(call, 1, 1L << 31, 0));
        assertTrue(e.getMessage().startsWith("X86_64_PC32 hole value 0x80000000 is out of range"), e.getMessage());
    }

    // ---- AArch64

    @Test
    void aarch64AdrpGetsThePageDelta() {
        MemorySegment adrp = bytes("01000090");                         // adrp x1, #0
        Aarch64Patches.adrPrelPgHi21(adrp, 0, 0x12345678L, 0x10);      // Page(0x12345678) - Page(0x10)
        assertEquals("211a09b0", hex(adrp));                           // adrp x1, #0x12345000
        MemorySegment back = bytes("01000090");
        Aarch64Patches.adrPrelPgHi21(back, 0, 0x1fff, 0x2000);
        assertEquals("e1fffff0", hex(back));                           // adrp x1, #-0x1000
        assertThrows(JitException.class, () -> Aarch64Patches.adrPrelPgHi21(adrp, 0, 1L << 32, 0));
    }

    @Test
    void aarch64AddTakesTheLow12Bits() {
        MemorySegment add = bytes("62000091");                          // add x2, x3, #0
        Aarch64Patches.addAbsLo12Nc(add, 0, 0x7654_3abcL, 0);
        assertEquals("62f02a91", hex(add));                            // add x2, x3, #0xabc
    }

    @Test
    void aarch64LoadsAndStoresScaleTheLow12Bits() {
        assertLdst("a40040f9", 3, 0x5ab8, "a45c45f9");                 // ldr x4, [x5, #0xab8]
        assertLdst("a40040b9", 2, 0x5abc, "a4bc4ab9");                 // ldr w4, [x5, #0xabc]
        assertLdst("a4004079", 1, 0x5abe, "a47c5579");                 // ldrh w4, [x5, #0xabe]
        assertLdst("a4004039", 0, 0x5abf, "a4fc6a39");                 // ldrb w4, [x5, #0xabf]
        assertLdst("a400c03d", 4, 0x5ab0, "a4acc23d");                 // ldr q4, [x5, #0xab0]
        JitException e = assertThrows(JitException.class,
                () -> Aarch64Patches.ldstAbsLo12Nc(bytes("a40040f9"), 0, 0x5abc, 3));
        assertEquals("AARCH64_LDST64_ABS_LO12_NC hole value 0x5abc is not aligned to 8 bytes", e.getMessage());
    }

    private static void assertLdst(String zero, int scale, long value, String expected) {
        MemorySegment insn = bytes(zero);
        Aarch64Patches.ldstAbsLo12Nc(insn, 0, value, scale);
        assertEquals(expected, hex(insn));
    }

    @Test
    void aarch64BranchesAreWordOffsets() {
        MemorySegment bl = bytes("00000094");                           // bl #0
        Aarch64Patches.branch26(bl, 0, 0x1000 + 0x1234, 0x1000);
        assertEquals("8d040094", hex(bl));                             // bl #0x1234
        Aarch64Patches.branch26(bl, 0, 0x1000 - 8, 0x1000);
        assertEquals("feffff97", hex(bl));                             // bl #-8
        MemorySegment b = bytes("00000014");                            // b #0
        Aarch64Patches.branch26(b, 0, 0x7fffffc, 0);
        assertEquals("ffffff15", hex(b));                              // b #0x7fffffc (the farthest forward)
        assertThrows(JitException.class, () -> Aarch64Patches.branch26(b, 0, 0x8000000, 0));
        assertThrows(JitException.class, () -> Aarch64Patches.branch26(b, 0, 2, 0));
    }

    @Test
    void aarch64ConditionalBranchesAreWordOffsetsIn19Bits() {
        MemorySegment beq = bytes("00000054");                          // b.eq #0
        Aarch64Patches.condBranch19(beq, 0, 0x2000 + 0x1234, 0x2000);
        assertEquals("a0910054", hex(beq));                            // b.eq #0x1234
        MemorySegment bne = bytes("01000054");                          // b.ne #0
        Aarch64Patches.condBranch19(bne, 0, 0x2000 - 8, 0x2000);
        assertEquals("c1ffff54", hex(bne));                            // b.ne #-8
        MemorySegment cbz = bytes("010000b4");                          // cbz x1, #0
        Aarch64Patches.condBranch19(cbz, 0, 0x3fffc, 0);
        assertEquals("e1ff1fb4", hex(cbz));                            // cbz x1, #0x3fffc
        assertThrows(JitException.class, () -> Aarch64Patches.condBranch19(beq, 0, 1L << 20, 0));
    }

    @Test
    void holePatcherDispatchesEveryKind() {
        // One kind of each family through the public entry point; the rest share the functions above.
        MemorySegment call = bytes("e800000000");
        HolePatcher.patch(call, 1, HoleKind.X86_64_PC32, 5 - 0x10 - 4, 6);
        assertEquals("e8ebffffff", hex(call));
        MemorySegment ldr = bytes("a40040f9");
        HolePatcher.patch(ldr, 0, HoleKind.AARCH64_LDST64_ABS_LO12_NC, 0x5ab8, 0);
        assertEquals("a45c45f9", hex(ldr));
        MemorySegment movk = bytes("0600e0f2");
        HolePatcher.patch(movk, 0, HoleKind.AARCH64_MOVW_UABS_G3, 0x1234_0000_0000_0000L, 0);
        assertEquals("8646e2f2", hex(movk));
        for (HoleKind kind : HoleKind.values()) {
            MemorySegment word = MemorySegment.ofArray(new byte[8]);
            HolePatcher.patch(word, 0, kind, 0, 0);                     // zero fits every kind
        }
    }

    @Test
    void aarch64MovwTakesOneHalfwordEach() {
        long value = 0x1234_cafe_dead_beefL;
        assertMovw("060080d2", 0, value, "e6dd97d2");                  // movz x6, #0xbeef
        assertMovw("0600a0f2", 1, value, "a6d5bbf2");                  // movk x6, #0xdead, lsl #16
        assertMovw("0600c0f2", 2, value, "c65fd9f2");                  // movk x6, #0xcafe, lsl #32
        assertMovw("0600e0f2", 3, value, "8646e2f2");                  // movk x6, #0x1234, lsl #48
    }

    private static void assertMovw(String zero, int group, long value, String expected) {
        MemorySegment insn = bytes(zero);
        Aarch64Patches.movwUabs(insn, 0, value, group);
        assertEquals(expected, hex(insn));
    }
}
