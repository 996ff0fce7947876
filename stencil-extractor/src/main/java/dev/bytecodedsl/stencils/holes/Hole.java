package dev.bytecodedsl.stencils.holes;

/**
 * One patch site: the bytes at {@code offset} (in the code or in the data) get {@code kind}'s
 * encoding of {@code value}'s address plus {@code addend}. {@code symbol} names the helper for
 * {@link HoleValue#HELPER} and is empty otherwise.
 */
public record Hole(int offset, HoleKind kind, HoleValue value, String symbol, long addend) {

    public Hole {
        if (offset < 0) {
            throw new IllegalArgumentException("negative hole offset " + offset);
        }
        if ((value == HoleValue.HELPER) == symbol.isEmpty()) {
            throw new IllegalArgumentException("a symbol exactly for HELPER holes: " + value + " " + symbol);
        }
    }
}
