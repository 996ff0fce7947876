package dev.bytecodedsl.grammar.ast;

import java.util.List;

/** One parsed DSL source file: its definitions in source order. */
public record DslFile(String name, List<Definition> definitions) {

    public DslFile {
        definitions = List.copyOf(definitions);
    }
}
