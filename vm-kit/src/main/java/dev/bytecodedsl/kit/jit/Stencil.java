package dev.bytecodedsl.kit.jit;

/**
 * One uop's machine code as a generated stencil table holds it: copy {@code code} and {@code data},
 * then patch every hole of {@code codeHoles} in the code copy and of {@code dataHoles} in the data
 * copy. Holes are sorted by offset. The arrays are shared: never modify them.
 */
public record Stencil(byte[] code, Hole[] codeHoles, byte[] data, Hole[] dataHoles) {
}
