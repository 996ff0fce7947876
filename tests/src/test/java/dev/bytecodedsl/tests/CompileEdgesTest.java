package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Programs the front end refuses, reported as CPython 3.11 reports them (exit status 1, the last
 * stderr line measured with python3): deep nesting is never a StackOverflowError, syntax errors
 * never quote the parser generator.
 */
class CompileEdgesTest {
    /** The command line's Java stack (the pyvm script's -Xss16m), where the front end runs. */
    private static final long CLI_STACK_BYTES = 16L << 20;

    private static String source(String shape) {
        return switch (shape) {
            case "parens 10000" -> "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\nprint(x)\n";
            case "parens 150" -> "x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\nprint(x)\n";
            case "lists 5000" -> "x = " + "[".repeat(5_000) + "]".repeat(5_000) + "\nprint(len(x))\n";
            case "plus 100000" -> "x = " + "1 + ".repeat(99_999) + "1\nprint(x)\n";
            case "plus 2900" -> "x = " + "1 + ".repeat(2_899) + "1\nprint(x)\n";
            case "minus 5000" -> "x = " + "-".repeat(5_000) + "1\nprint(x)\n";
            case "minus 100000" -> "x = " + "-".repeat(100_000) + "1\nprint(x)\n";
            case "unclosed" -> "x = (1\ny = 2 +\n";
            case "bad token" -> "x = 1 +* 2\n";
            default -> throw new IllegalArgumentException(shape);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "parens 10000 | 1 | SyntaxError: too many nested parentheses",
            "parens 150   | 0 | ''",
            "lists 5000   | 1 | SyntaxError: too many nested parentheses",
            "plus 100000  | 1 | RecursionError: maximum recursion depth exceeded during compilation",
            "plus 2900    | 0 | ''",
            "minus 5000   | 1 | RecursionError: maximum recursion depth exceeded during compilation",
            "minus 100000 | 1 | MemoryError",
            "unclosed     | 1 | SyntaxError: '(' was never closed",
            "bad token    | 1 | SyntaxError: invalid syntax",
    })
    void reportedAsCPython(String shape, int status, String lastLine) {
        String program = source(shape);
        AtomicReference<Integer> exit = new AtomicReference<>();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Thread thread = new Thread(null, () -> {
                try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8);
                     PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                    exit.set(Vm.execute(new SourceFile("prog.py", program), VmOptions.defaults(), o, e).exitStatus());
                }
            }, "front end", CLI_STACK_BYTES);
            thread.start();
            thread.join();
        });
        String stderr = err.toString(StandardCharsets.UTF_8);
        String[] lines = stderr.split("\n");
        assertEquals(lastLine, stderr.isEmpty() ? "" : lines[lines.length - 1], stderr);
        assertEquals(status, exit.get(), stderr);
    }
}
