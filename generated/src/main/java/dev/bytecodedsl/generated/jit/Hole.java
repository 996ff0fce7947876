// Generated from bytecodes.def by the cases generator (stencils). Do not edit.
// To change it, edit bytecodes.def and run: ./casegen generate
package dev.bytecodedsl.generated.jit;

/**
 * One patch site: the bytes at {@code offset} get {@code kind}'s encoding of {@code value}'s
 * address plus {@code addend} (minus the hole's own address for PC-relative kinds).
 * {@code symbol} names the helper of a {@link HoleValue#HELPER} hole and is empty otherwise.
 */
public record Hole(int offset, HoleKind kind, HoleValue value, String symbol, long addend) {
}
