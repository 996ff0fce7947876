package dev.bytecodedsl.cases.generate;

/**
 * One output of the generators: its path relative to the output root (forward slashes, e.g.
 * {@code src/main/java/dev/bytecodedsl/generated/Opcodes.java}) and its complete text.
 */
public record GeneratedFile(String relativePath, String content) {

    public GeneratedFile {
        if (relativePath.startsWith("/") || relativePath.contains("\\") || relativePath.contains("..")) {
            throw new IllegalArgumentException("output path must be relative and normalized: " + relativePath);
        }
    }
}
