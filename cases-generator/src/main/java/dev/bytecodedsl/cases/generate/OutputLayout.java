package dev.bytecodedsl.cases.generate;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where each kind of output goes on disk. Generators name their files by a logical path whose
 * first part is the kind ({@code src/main/java/dev/x/Opcodes.java}, {@code docs/instructions.md});
 * the layout maps the kind to a directory. A Maven build puts Java under
 * {@code target/generated-sources/bytecodedsl}; a project that checks its output in (this
 * repository's {@code generated/}) maps the kinds into a directory of its own.
 */
public record OutputLayout(Path javaDirectory, Path docsDirectory) {

    /** The logical prefix of generated Java sources (the rest is the package path). */
    public static final String JAVA = "src/main/java";
    /** The logical prefix of generated documents. */
    public static final String DOCS = "docs";

    /** The checked-in layout: {@code DIR/src/main/java} and {@code DIR/docs}. */
    public static OutputLayout under(Path directory) {
        return new OutputLayout(directory.resolve(JAVA), directory.resolve(DOCS));
    }

    /** The file a logical path names. */
    public Path resolve(String logicalPath) {
        for (Map.Entry<String, Path> root : Map.of(JAVA, javaDirectory, DOCS, docsDirectory).entrySet()) {
            if (logicalPath.startsWith(root.getKey() + "/")) {
                String rest = logicalPath.substring(root.getKey().length() + 1);
                return root.getValue().resolve(rest.replace('/', root.getValue().getFileSystem().getSeparator().charAt(0)));
            }
        }
        throw new IllegalArgumentException("generated file " + logicalPath + " is neither under " + JAVA + "/ nor under " + DOCS + "/");
    }
}
