package dev.bytecodedsl.cases.generate.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeSpec;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.OutputSettings;
import java.util.ArrayList;
import java.util.List;

/** Where generated Java goes and how it is formatted, shared by every Java generator. */
public final class JavaOutput {

    /**
     * The runtime kit's classes that lowered bodies call by simple name (fixed code, not
     * generated): the arithmetic with the DSL's defined semantics, and the native words of stack
     * slots and heap objects.
     */
    private static final List<String> KIT_CLASSES = List.of("dev.bytecodedsl.kit.DslMath", "dev.bytecodedsl.kit.NativeWords");

    private JavaOutput() {}

    /** The package of the generated classes in the run in progress (a user's choice). */
    public static String packageName() {
        return OutputSettings.current().packageName();
    }

    /** A generated class of the run's package, e.g. {@code Opcodes}. */
    public static ClassName className(String simpleName) {
        return ClassName.get(packageName(), simpleName);
    }

    /** The file header naming the generator and the command that regenerates. */
    public static String header(String generatorName) {
        return OutputSettings.current().header(generatorName);
    }

    /** A type in the run's package. */
    public static GeneratedFile file(TypeSpec type, String generatorName) {
        return file(packageName(), type, generatorName);
    }

    /** A type in {@code packageName} (the run's package or a subpackage of it). */
    public static GeneratedFile file(String packageName, TypeSpec type, String generatorName) {
        JavaFile javaFile = JavaFile.builder(packageName, type)
                .addFileComment("$L", header(generatorName))
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(OutputSettings.javaPath(packageName, type.name), withKitImports(javaFile.toString()));
    }

    /**
     * Lowered bodies reach JavaPoet as text (JavaExpressions, JavaIntrinsics and BodyLowering call
     * {@code DslMath.div(...)}, {@code NativeWords.slot(...)} and the like, through every statement
     * kind), and JavaPoet imports only the types it is handed as {@code $T}; so a file whose code
     * calls one of the {@link #KIT_CLASSES} gets its import here, sorted into JavaPoet's block of
     * ordinary imports (or as that block).
     */
    static String withKitImports(String text) {
        String result = text;
        for (String kitClass : KIT_CLASSES) {
            String simpleName = kitClass.substring(kitClass.lastIndexOf('.') + 1);
            if (result.contains(simpleName + ".")) {
                result = withImport(result, kitClass);
            }
        }
        return result;
    }

    private static String withImport(String text, String qualifiedName) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        String line = "import " + qualifiedName + ";";
        int first = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("import ") && !l.startsWith("import static ")) {
                first = first < 0 ? i : first;
                end = i + 1;
            }
        }
        if (first < 0) {
            int anchor = lastIndexStartingWith(lines, "import static ");
            anchor = anchor >= 0 ? anchor : lastIndexStartingWith(lines, "package ");
            lines.addAll(anchor + 1, List.of("", line));
        } else {
            int at = first;
            while (at < end && lines.get(at).compareTo(line) < 0) {
                at++;
            }
            lines.add(at, line);
        }
        return String.join("\n", lines) + (text.endsWith("\n") ? "\n" : "");
    }

    private static int lastIndexStartingWith(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
