package dev.bytecodedsl.tests;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPython's result for a program in the corpus format (tests/corpus/README.md): {@code NAME.out}
 * holds stdout, {@code NAME.expected} the exit status and the last stderr line.
 */
record ExpectedResult(String out, int exit, String error) {
    /** One in-process {@code pyvm run} of a program. */
    record Run(Vm.Result result, String out, String err) {
        static Run of(Path program, VmOptions options) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Vm.Result result;
            try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                result = Vm.execute(SourceFile.read(program), options, o, e);
                o.flush();
            }
            return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        String lastErrLine() {
            String[] lines = err.split("\n");
            return err.isEmpty() ? "" : lines[lines.length - 1];
        }
    }

    /** The expected result of {@code program} ({@code NAME.py}), read next to it. */
    static ExpectedResult of(Path program) throws IOException {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - ".py".length());
        Path dir = program.toAbsolutePath().getParent();
        List<String> expected = Files.readAllLines(dir.resolve(base + ".expected"));
        return new ExpectedResult(Files.readString(dir.resolve(base + ".out")),
                Integer.parseInt(value(expected, "exit=")), value(expected, "error="));
    }

    /** What differs between {@code run} and this result (stdout, exit status, last stderr line), if anything. */
    Optional<String> difference(Run run) {
        if (!out.equals(run.out())) {
            return Optional.of("stdout differs; expected:\n" + out + "got:\n" + run.out() + "stderr:\n" + run.err());
        }
        if (exit != run.result().exitStatus()) {
            return Optional.of("exit status " + run.result().exitStatus() + ", expected " + exit + "; stderr:\n" + run.err());
        }
        if (!error.equals(run.lastErrLine())) {
            return Optional.of("last stderr line '" + run.lastErrLine() + "', expected '" + error + "'");
        }
        return Optional.empty();
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key)).findFirst().orElseThrow().substring(key.length());
    }
}
