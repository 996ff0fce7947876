package dev.bytecodedsl.stencils.objfile;

/** What a relocation refers to: an undefined (external) symbol, or a place in a section of the object. */
public sealed interface RelocationTarget {

    /** An external symbol, by its C name (Mach-O's leading underscore removed). */
    record External(String name) implements RelocationTarget {}

    /** An offset in section {@code section} (an index into {@link ObjectFile#sections()}). */
    record InSection(int section, long offset) implements RelocationTarget {}
}
