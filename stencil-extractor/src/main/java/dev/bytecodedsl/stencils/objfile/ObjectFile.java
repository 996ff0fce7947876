package dev.bytecodedsl.stencils.objfile;

import java.util.List;
import java.util.Optional;

/** The parts of a relocatable object file a stencil is made of. */
public record ObjectFile(List<Section> sections, List<Symbol> symbols) {

    /** What a section holds, as far as a stencil is concerned. */
    public enum SectionKind { CODE, READ_ONLY_DATA, WRITABLE_DATA, OTHER }

    /** An allocated section with its bytes (zeros for BSS-like sections) and relocations. */
    public record Section(String name, SectionKind kind, byte[] bytes, long alignment, List<Relocation> relocations) {
        public Section {
            relocations = List.copyOf(relocations);
        }
    }

    /** A defined symbol: its section index and offset there. */
    public record Symbol(String name, int section, long value) {}

    public ObjectFile {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
    }

    public Optional<Symbol> symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
