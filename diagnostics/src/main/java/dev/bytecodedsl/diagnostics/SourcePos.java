package dev.bytecodedsl.diagnostics;

/**
 * A position in a DSL source file. Lines and columns are 1-based, as editors and compilers print them.
 */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {

    /** Used for things the toolchain itself defines (built-in intrinsics), which have no source. */
    public static final SourcePos BUILTIN = new SourcePos("<builtin>", 0, 0);

    @Override
    public int compareTo(SourcePos other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
