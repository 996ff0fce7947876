package dev.bytecodedsl.grammar.ast;

import dev.bytecodedsl.diagnostics.SourcePos;

/**
 * A written type: {@code int}, {@code double}, {@code bool}, {@code void} or a declared value type,
 * optionally as an array ({@code Value[]}, only for helper parameters and stack arrays).
 */
public record TypeRef(SourcePos pos, String name, boolean array) {

    @Override
    public String toString() {
        return array ? name + "[]" : name;
    }
}
