package dev.bytecodedsl.stencils.lower;

/** Collects indented C lines (four spaces per level, {@code \n} line ends). */
public final class CWriter {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    public CWriter line(String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
        return this;
    }

    /** {@code text {} and one level deeper. */
    public CWriter open(String text) {
        line(text.isEmpty() ? "{" : text + " {");
        depth++;
        return this;
    }

    public CWriter close() {
        return close("}");
    }

    /** One level shallower, then {@code text} (e.g. {@code "} else {"}). */
    public CWriter close(String text) {
        depth--;
        line(text);
        return this;
    }

    public CWriter reopen(String text) {
        depth--;
        line(text);
        depth++;
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
