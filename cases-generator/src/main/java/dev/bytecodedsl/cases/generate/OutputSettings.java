package dev.bytecodedsl.cases.generate;

import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * Choices that hold for every file of one generation run: the Java package of the generated
 * classes, the DSL file named in each header, and the command the header tells a reader to run to
 * regenerate (a consumer project runs its own build, not this repository's {@code ./casegen}).
 *
 * <p>The pipeline binds the run's settings in {@link #CURRENT} around the generators. A scoped
 * value instead of a parameter because the package is a property of the whole run that dozens of
 * small type-name helpers read; threading it through each of them would add noise, not meaning.
 */
public record OutputSettings(String packageName, String sourceName, String regenerateCommand) {

    public static final String DEFAULT_PACKAGE = "dev.bytecodedsl.generated";
    /** This repository's own settings, and what generators see outside a pipeline run (unit tests). */
    public static final OutputSettings DEFAULTS = new OutputSettings(DEFAULT_PACKAGE, "bytecodes.def", "./casegen generate");

    /**
     * Every generated file's header contains this, so a file the generators wrote (e.g. checked in
     * and cloned, without the manifest) is recognized as theirs and may be overwritten.
     */
    public static final String MARKER = "by the cases generator (";

    static final ScopedValue<OutputSettings> CURRENT = ScopedValue.newInstance();

    public OutputSettings {
        invalidPackage(packageName).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (sourceName.isBlank() || regenerateCommand.isBlank() || regenerateCommand.contains("\n")) {
            throw new IllegalArgumentException("source name and regenerate command must be one non-empty line each");
        }
    }

    /** Why {@code name} cannot be the generated code's package, or empty when it can. */
    public static Optional<String> invalidPackage(String name) {
        if (name == null || name.isEmpty() || !SourceVersion.isName(name, SourceVersion.latestSupported())) {
            return Optional.of("not a valid Java package name: '" + name + "' (dot-separated identifiers, no keywords)");
        }
        return Optional.empty();
    }

    /** The settings of the run in progress, or {@link #DEFAULTS} outside one. */
    public static OutputSettings current() {
        return CURRENT.isBound() ? CURRENT.get() : DEFAULTS;
    }

    /** Runs {@code action} with these settings as {@link #current()}. */
    public <T, X extends Exception> T apply(ScopedValue.CallableOp<T, X> action) throws X {
        return ScopedValue.where(CURRENT, this).call(action);
    }

    /** The header of a generated file (without comment markers), naming the generator. */
    public String header(String generatorName) {
        return "Generated from " + sourceName + " " + MARKER + generatorName + "). Do not edit.\n"
                + "To change it, edit " + sourceName + " and run: " + regenerateCommand;
    }

    /** The Java package of the generated classes in a subpackage, e.g. {@code jit}. */
    public String subpackage(String name) {
        return packageName + "." + name;
    }

    /** The output path of a generated Java type, e.g. {@code src/main/java/dev/x/Opcodes.java}. */
    public static String javaPath(String packageName, String typeName) {
        return OutputLayout.JAVA + "/" + packageName.replace('.', '/') + "/" + typeName + ".java";
    }
}
