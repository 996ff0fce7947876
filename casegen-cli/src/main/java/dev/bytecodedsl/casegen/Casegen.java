package dev.bytecodedsl.casegen;

import dev.bytecodedsl.cases.Pipeline;
import dev.bytecodedsl.cases.generate.DriftText;
import dev.bytecodedsl.cases.generate.GeneratedFile;
import dev.bytecodedsl.cases.generate.Generator;
import dev.bytecodedsl.cases.generate.LockFile;
import dev.bytecodedsl.cases.generate.OutputLock;
import dev.bytecodedsl.cases.generate.OutputSettings;
import dev.bytecodedsl.cases.generate.OutputTree;
import dev.bytecodedsl.cases.generate.Outputs;
import dev.bytecodedsl.cases.generate.SkippedOutput;
import dev.bytecodedsl.diagnostics.DslException;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * The command line: {@code casegen generate|check [--def FILE]... [--out DIR] [--lock FILE] [--package NAME]
 * [--generators LIST]}.
 *
 * <p>Exit codes: 0 success; 1 DSL errors or (check) generated files out of date; 2 usage or I/O
 * errors; 3 internal errors (bugs), the only case that prints a stack trace; 4 input too large
 * (a source file past {@link SourceFile#MAX_BYTES}) or out of memory.
 */
public final class Casegen {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_OR_IO_ERROR = 2;
    public static final int INTERNAL_ERROR = 3;
    /** A resource limit, not a bug: the input is larger than casegen accepts or the heap holds. */
    public static final int TOO_LARGE = 4;

    static final String DEFAULT_DEF = "bytecodes.def";
    /** The optimizer's overrides file, next to bytecodes.def: part of the default input. */
    static final String DEFAULT_OVERRIDES = "optimizer.def";
    static final String DEFAULT_OUT = "generated";
    /** The command that regenerates the repository's own {@code generated/} directory. */
    public static final String FIX_COMMAND = "./casegen generate";

    static final String USAGE =
            """
            usage: casegen generate|check [--def FILE]... [--out DIR] [--lock FILE] [--package NAME] [--generators LIST]

              generate     regenerate the output directory from the DSL (writes only changed files,
                           deletes only files it wrote that are no longer produced, and refuses to
                           overwrite a file it did not write) and update the number lock; runs on
                           one output directory take turns (DIR/.bytecodedsl.lock)
              check        compare the output directory and the number lock with what would be
                           generated; exit 1 on drift

              --def FILE          a DSL source file (repeatable; default: bytecodes.def optimizer.def);
                                  a file with `override` ops is an optimizer overrides file
              --out DIR           the output directory (default: generated): Java under DIR/src/main/java,
                                  documents under DIR/docs, the list of written files in
                                  DIR/bytecodedsl.manifest
              --lock FILE         the number lock that keeps opcode and uop numbers stable
                                  (default: bytecodes.lock next to the first --def)
              --package NAME      the Java package of the generated classes (default: dev.bytecodedsl.generated)
              --generators LIST   comma-separated generators to run (default: all of %s)
              -h, --help          print this help

            exit codes: 0 ok, 1 DSL errors or drift, 2 usage or I/O error, 3 internal error,
                        4 input too large (a --def file over 8 MB) or out of memory
            """;

    private Casegen() {}

    public static void main(String[] args) {
        exit(run(args, System.out, System.err));
    }

    /** Flushes both streams and exits with {@code code} (shared with other entry points). */
    public static void exit(int code) {
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** Runs one command; never throws. Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, List.of());
    }

    /** Like {@link #run(String[], PrintStream, PrintStream)} with more generators (the stencil extractor's). */
    public static int run(String[] args, PrintStream out, PrintStream err, List<Generator> extraGenerators) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("casegen: " + e.getMessage() + " (try --help)");
            return USAGE_OR_IO_ERROR;
        }
        if (options.help()) {
            out.printf(USAGE, String.join(", ", Pipeline.generatorNames(extraGenerators)));
            return OK;
        }
        var badSelection = Pipeline.invalidSelection(options.generators(), extraGenerators);
        if (badSelection.isPresent()) {
            err.println("casegen: " + badSelection.get() + " (try --help)");
            return USAGE_OR_IO_ERROR;
        }
        try {
            return execute(options, out, err, extraGenerators);
        } catch (UncheckedIOException e) {
            err.println("casegen: " + describe(e.getCause()));
            return USAGE_OR_IO_ERROR;
        } catch (OutOfMemoryError e) {
            // Reported, not traced: the heap's size is the user's to choose (CASEGEN_JAVA_OPTS=-Xmx...).
            err.println("casegen: out of memory (" + e.getMessage() + "); the input is too large for the heap,"
                    + " raise it with -Xmx in CASEGEN_JAVA_OPTS");
            return TOO_LARGE;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("internal error: " + e + " (this is a bug in casegen)");
            e.printStackTrace(err);
            return INTERNAL_ERROR;
        }
    }

    private static int execute(Options options, PrintStream out, PrintStream err, List<Generator> extraGenerators) {
        List<SourceFile> sources = new ArrayList<>();
        for (String def : options.defs()) {
            try {
                sources.add(SourceFile.read(Path.of(def)));
            } catch (SourceFile.InvalidUtf8Exception e) {
                err.println(e.pos().file() + ":" + e.pos().line() + ":" + e.pos().column() + ": error: " + e.getMessage());
                return USAGE_OR_IO_ERROR;
            } catch (CharacterCodingException e) {
                err.println("casegen: cannot read " + def + ": not valid UTF-8 text");
                return USAGE_OR_IO_ERROR;
            } catch (SourceFile.TooLargeException e) {
                err.println("casegen: cannot read " + e.getMessage());
                return TOO_LARGE;
            } catch (IOException e) {
                err.println("casegen: cannot read " + def + ": " + describe(e));
                return USAGE_OR_IO_ERROR;
            }
        }

        LockFile lock;
        try {
            lock = LockFile.read(options.lockPath());
        } catch (IOException e) {
            err.println("casegen: cannot read " + options.lockPath() + ": " + describe(e));
            return USAGE_OR_IO_ERROR;
        }

        Outputs outputs;
        String lockText;
        String fix = fixCommand(options);
        try {
            // Headers name the plain command: options with paths would make output depend on the machine.
            Pipeline.Result result = Pipeline.run(sources, lock.current(),
                    new Pipeline.Options(options.packageName(), FIX_COMMAND, options.generators()), extraGenerators);
            outputs = result.outputs();
            lockText = result.lockText();
        } catch (DslException e) {
            err.print(e.diagnostics().render());
            return FAILED;
        }
        List<GeneratedFile> files = outputs.files();
        List<SkippedOutput> skipped = outputs.skipped();

        OutputTree tree = OutputTree.checkedIn(Path.of(options.out()));
        String label = options.out().endsWith("/") ? options.out() : options.out() + "/";
        try {
            if (options.command().equals("generate")) {
                OutputTree.WriteReport report;
                boolean lockWritten;
                // Concurrent runs take turns: the tree and the number lock come from one run.
                try (OutputLock held = tree.lock()) {
                    report = tree.write(outputs);
                    lockWritten = lock.update(lockText);
                }
                report.written().forEach(p -> out.println("  wrote   " + p));
                report.deleted().forEach(p -> out.println("  deleted " + p));
                if (lockWritten) {
                    out.println("  wrote   " + lock.path());
                }
                skipped.forEach(s -> err.println("warning: not regenerated " + tree.display(s.relativePath()) + ": "
                        + s.reason()));
                out.println(label.substring(0, label.length() - 1) + ": " + report.written().size() + " written, "
                        + report.unchanged().size() + " unchanged, " + report.deleted().size() + " deleted");
                return OK;
            }
            OutputTree.DriftReport drift = tree.check(outputs);
            String lockDrift = lock.drift(lockText);
            if (drift.upToDate() && lockDrift.isEmpty()) {
                out.println(label + " is up to date (" + files.size() + (files.size() == 1 ? " file" : " files")
                        + (skipped.isEmpty() ? ")" : "; " + skipped.size() + " not verified, see the warnings)"));
                err.print(DriftText.notVerified(drift));
                return OK;
            }
            err.print(lockDrift);
            if (drift.upToDate()) {
                err.print(DriftText.notVerified(drift));
                err.println("fix: run " + fix);
            } else {
                err.print(DriftText.describe(label, drift, fix));
            }
            return FAILED;
        } catch (OutputTree.ForeignFilesException e) {
            err.println("casegen: " + e.getMessage());
            err.println("casegen: nothing was written; move those files away (or delete them if they are stale"
                    + " generated files from before " + OutputTree.MANIFEST_NAME + " existed) and run again");
            return USAGE_OR_IO_ERROR;
        } catch (IOException e) {
            err.println("casegen: cannot " + (options.command().equals("generate") ? "write " : "check ") + label
                    + ": " + describe(e));
            return USAGE_OR_IO_ERROR;
        }
    }

    /**
     * Whether this is the repository's standard layout: the DSL files {@code bytecodes.def} and
     * {@code optimizer.def} side by side and the output directory {@code generated} next to them, so
     * {@link #FIX_COMMAND} alone fixes drift.
     */
    public static boolean isStandardLayout(List<Path> defs, Path out) {
        if (defs.size() != 2) {
            return false;
        }
        Path def = defs.getFirst().toAbsolutePath().normalize();
        Path overrides = defs.get(1).toAbsolutePath().normalize();
        Path outDir = out.toAbsolutePath().normalize();
        return def.getFileName().toString().equals(DEFAULT_DEF) && overrides.equals(def.resolveSibling(DEFAULT_OVERRIDES))
                && outDir.equals(def.resolveSibling(DEFAULT_OUT));
    }

    /**
     * {@code ./casegen generate}, plus the options when they are not the standard layout
     * ({@code <repo>/bytecodes.def} with output {@code <repo>/generated}, however spelled).
     */
    static String fixCommand(Options options) {
        StringBuilder command = new StringBuilder(FIX_COMMAND);
        if (!isStandardLayout(options.defs().stream().map(Path::of).toList(), Path.of(options.out()))) {
            for (String def : options.defs()) {
                command.append(" --def ").append(shellQuote(def));
            }
            command.append(" --out ").append(shellQuote(options.out()));
        }
        if (options.lock() != null) {
            command.append(" --lock ").append(shellQuote(options.lock()));
        }
        if (!options.packageName().equals(OutputSettings.DEFAULT_PACKAGE)) {
            command.append(" --package ").append(options.packageName());
        }
        if (!options.generators().isEmpty()) {
            command.append(" --generators ").append(String.join(",", new java.util.TreeSet<>(options.generators())));
        }
        return command.toString();
    }

    private static String shellQuote(String word) {
        return word.matches("[A-Za-z0-9_./=:@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A one-line description of a file-system error, naming the file. */
    static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException f -> "no such file or directory: " + f.getFile();
            case AccessDeniedException f -> "permission denied: " + f.getFile();
            case NotDirectoryException f -> "not a directory: " + f.getFile();
            case CharacterCodingException c -> "not valid UTF-8 text";
            case FileSystemException f -> f.getMessage();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }

    /** Parsed command line. */
    /** @param lock the {@code --lock} value, null for the default ({@link #lockPath}) */
    record Options(String command, List<String> defs, String out, String lock, String packageName,
            Set<String> generators, boolean help) {

        Path lockPath() {
            return lock != null ? Path.of(lock) : LockFile.defaultPath(defs.getFirst());
        }

        static Options parse(String[] args) throws UsageException {
            String command = null;
            List<String> defs = new ArrayList<>();
            String out = null;
            String lock = null;
            String packageName = null;
            Set<String> generators = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String value = null;
                String name = arg;
                if (arg.startsWith("--") && arg.contains("=")) {
                    name = arg.substring(0, arg.indexOf('='));
                    value = arg.substring(arg.indexOf('=') + 1);
                }
                switch (name) {
                    case "-h", "--help" -> {
                        return new Options(command, defs, out, lock, OutputSettings.DEFAULT_PACKAGE, Set.of(), true);
                    }
                    case "--def", "--out", "--lock", "--package", "--generators" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new UsageException(name + " needs a value");
                            }
                            value = args[++i];
                        }
                        if (value.isEmpty()) {
                            throw new UsageException(name + " needs a non-empty value");
                        }
                        switch (name) {
                            case "--def" -> defs.add(value);
                            case "--out" -> out = once(name, out, value);
                            case "--lock" -> lock = once(name, lock, value);
                            case "--package" -> {
                                packageName = once(name, packageName, value);
                                var problem = OutputSettings.invalidPackage(value);
                                if (problem.isPresent()) {
                                    throw new UsageException("--package: " + problem.get());
                                }
                            }
                            default -> {
                                if (generators != null) {
                                    throw new UsageException(name + " given twice");
                                }
                                generators = new LinkedHashSet<>(Arrays.asList(value.split(",")));
                                generators.removeIf(String::isBlank);
                            }
                        }
                    }
                    case "generate", "check" -> {
                        if (command != null) {
                            throw new UsageException("more than one command: " + command + ", " + arg);
                        }
                        command = arg;
                    }
                    default -> throw new UsageException(arg.startsWith("-")
                            ? "unknown option: " + arg
                            : "unknown command: " + arg + " (expected generate or check)");
                }
            }
            if (command == null) {
                throw new UsageException("missing command: generate or check");
            }
            return new Options(command, defs.isEmpty() ? List.of(DEFAULT_DEF, DEFAULT_OVERRIDES) : List.copyOf(defs),
                    out == null ? DEFAULT_OUT : out, lock, packageName == null ? OutputSettings.DEFAULT_PACKAGE : packageName,
                    generators == null ? Set.of() : Set.copyOf(generators), false);
        }

        private static String once(String name, String previous, String value) throws UsageException {
            if (previous != null) {
                throw new UsageException(name + " given twice");
            }
            return value;
        }
    }

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
