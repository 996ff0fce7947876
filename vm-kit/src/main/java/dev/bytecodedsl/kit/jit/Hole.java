package dev.bytecodedsl.kit.jit;

/**
 * One patch site: the bytes at {@code offset} (in the code or in the data) get {@code kind}'s
 * encoding of {@code value}'s address plus {@code addend} (minus the hole's own address for
 * PC-relative kinds). {@code symbol} names the helper of a {@link HoleValue#HELPER} hole; the
 * extractor leaves it empty for the other values (hand-made stencils may name their {@code _JIT_*}
 * symbol).
 */
public record Hole(int offset, HoleKind kind, HoleValue value, String symbol, long addend) {
    public Hole {
        if (offset < 0) {
            throw new IllegalArgumentException("negative hole offset " + offset);
        }
        if (value == HoleValue.HELPER && symbol.isEmpty()) {
            throw new IllegalArgumentException("a HELPER hole without the helper's name at offset " + offset);
        }
    }
}
