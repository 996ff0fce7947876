package dev.bytecodedsl.stencils.objfile;

/**
 * A relocation in format-independent terms: where ({@code offset} in its section), how ({@code
 * kind}, with the native type name for messages), against what, and the addend (explicit in ELF
 * RELA, read from the patched bytes or a paired entry in Mach-O and COFF).
 */
public record Relocation(long offset, RelocationKind kind, String nativeType, RelocationTarget target, long addend) {}
