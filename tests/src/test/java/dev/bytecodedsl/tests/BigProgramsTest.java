package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bytecodedsl.runtime.VmOptions;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Programs past the 8-bit oparg (which CPython runs): their tables and displays use EXTENDED_ARG,
 * and they run alike on tier 1, tier 2 at threshold 1 and the JIT. Expected outputs are CPython's.
 */
class BigProgramsTest {
    static Stream<Arguments> modes() {
        return Stream.of(
                Arguments.of("tier 1", VmOptions.defaults()),
                Arguments.of("tier 2", VmOptions.defaults().withTier2(true).withHotThreshold(1)),
                Arguments.of("JIT", VmOptions.defaults().withJit(true).withJitAll(true).withHotThreshold(1)));
    }

    private static String lines(int n, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, n).mapToObj(line).collect(Collectors.joining());
    }

    /** 300 print statements: 300 constants in the module (before: "too many constants (limit 256)"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void threeHundredConstants(String mode, VmOptions options) {
        String out = ProgramRun.of(lines(300, i -> "print(\"line " + i + "\")\n"), options).out();
        assertEquals(lines(300, i -> "line " + i + "\n"), out);
    }

    /** A function calling 140 distinct globals, in a loop (before: "too many names (limit 128)"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void oneHundredFortyGlobals(String mode, VmOptions options) {
        String program = lines(140, i -> "def g" + i + "():\n    return " + i + "\n")
                + "def f():\n    t = 0\n    for _ in range(20):\n        t = t + "
                + IntStream.range(0, 140).mapToObj(i -> "g" + i + "()").collect(Collectors.joining(" + "))
                + "\n    return t\nprint(f())\n";
        assertEquals("194600\n", ProgramRun.of(program, options).out());
    }

    /** 300 locals read in a hot loop, a 400-entry dict display and a 400-element tuple display. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void threeHundredLocalsAndWideDisplays(String mode, VmOptions options) {
        String program = "def f(n):\n" + lines(300, i -> "    v" + i + " = " + i + "\n")
                + "    t = 0\n    for i in range(n):\n        t = t + v299 + v1 + i\n    return t\nprint(f(1000))\n"
                + "d = {" + IntStream.range(0, 400).mapToObj(i -> "\"k" + i + "\": " + i).collect(Collectors.joining(", "))
                + "}\nprint(len(d), d[\"k399\"])\n"
                + "t = (" + IntStream.range(0, 400).mapToObj(i -> "\"s" + i + "\"").collect(Collectors.joining(", "))
                + ")\nprint(len(t), t[399])\n";
        assertEquals("799500\n400 399\n400 s399\n", ProgramRun.of(program, options).out());
    }

    /** A 300,000-element list literal (before: "too many elements in list display (limit 255)"). */
    @Test
    void longListDisplay() {
        String program = "x = [" + IntStream.range(0, 300_000).mapToObj(i -> Integer.toString(i * 7))
                .collect(Collectors.joining(", ")) + "]\nprint(len(x), sum(x), x[-1])\n";
        assertEquals("300000 314998950000 2099993\n", ProgramRun.of(program, VmOptions.defaults()).out());
    }

    /** A function with 70,000 locals compiles and runs in seconds (before: over a minute, then an error). */
    @Test
    void seventyThousandLocals() {
        String program = "def f():\n" + lines(70_000, i -> "    v" + i + " = " + i + "\n")
                + "    return v0 + v69999\nprint(f())\n";
        String out = assertTimeoutPreemptively(Duration.ofSeconds(45),
                () -> ProgramRun.of(program, VmOptions.defaults()).out());
        assertEquals("69999\n", out);
    }
}
