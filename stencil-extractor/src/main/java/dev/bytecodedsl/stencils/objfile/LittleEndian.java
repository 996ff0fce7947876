package dev.bytecodedsl.stencils.objfile;

import java.nio.charset.StandardCharsets;

/** Bounds-checked little-endian reads for the hand-written Mach-O and COFF readers. */
final class LittleEndian {

    private final byte[] bytes;

    LittleEndian(byte[] bytes) {
        this.bytes = bytes;
    }

    int u8(long offset) {
        check(offset, 1);
        return bytes[(int) offset] & 0xFF;
    }

    int u16(long offset) {
        return u8(offset) | u8(offset + 1) << 8;
    }

    int i32(long offset) {
        return u16(offset) | u16(offset + 2) << 16;
    }

    long u32(long offset) {
        return i32(offset) & 0xFFFF_FFFFL;
    }

    long i64(long offset) {
        return u32(offset) | (long) i32(offset + 4) << 32;
    }

    byte[] slice(long offset, long length) {
        check(offset, length);
        byte[] out = new byte[(int) length];
        System.arraycopy(bytes, (int) offset, out, 0, (int) length);
        return out;
    }

    /** A NUL-terminated (or {@code max}-byte) string. */
    String cString(long offset, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < max && offset + i < bytes.length; i++) {
            int c = u8(offset + i);
            if (c == 0) {
                break;
            }
            out.append((char) c);
        }
        return new String(out.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private void check(long offset, long length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new ObjectFormatException("truncated object file (reading " + length + " bytes at 0x"
                    + Long.toHexString(offset) + " of " + bytes.length + ")");
        }
    }
}
